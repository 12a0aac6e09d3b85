// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// Authentication against a real sshd: T5 wrong key (one clear error, no
// retry), T6 encrypted keys through the callback, T7 agent, password auth,
// and no secret in logs or files (T28 for this layer).
#include "sshtestutil.h"

#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>

using namespace Clusterwright;
using namespace Clusterwright::Test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

QMutex logMutex;
QStringList logLines;

void captureMessages(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker lock(&logMutex);
    logLines.append(message);
}

const QString kPassphrase = u"correct horse battery"_s;
const QString kPassword = u"s3cret-Pa55word"_s;

} // namespace

class TestSshAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void wrongKeyFailsOnceWithAClearError();
    void encryptedKeyAsksThroughCallback_data();
    void encryptedKeyAsksThroughCallback();
    void declinedPassphraseFailsFast();
    void agentIsUsedFirstAndItsAbsenceDegrades();
    void passwordThroughCallback();
    void secretsNeverLogged();

private:
    SshdFixture m_sshd;
    SshClientSide m_client;
    QtMessageHandler m_previousHandler = nullptr;
};

void TestSshAuth::initTestCase()
{
    CW_REQUIRE_SSHD(false);
    QVERIFY(m_client.isValid());
    QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
    QVERIFY(m_sshd.authorize(m_client.key() + u".pub"_s));
    QLoggingCategory::setFilterRules(u"clusterwright.ssh.debug=true"_s);
    m_previousHandler = qInstallMessageHandler(captureMessages);
}

void TestSshAuth::cleanupTestCase()
{
    qInstallMessageHandler(m_previousHandler);
}

void TestSshAuth::wrongKeyFailsOnceWithAClearError()
{
    SshClientSide stranger; // its key is not authorized
    QVERIFY(stranger.isValid());
    SshSettings settings = stranger.settings();
    settings.connectAttempts = 3;
    const qsizetype connectionsBefore = m_sshd.log().count(u"Connection from"_s);
    SshConnection c(targetOf(m_sshd), settings, stranger.trusting());
    QElapsedTimer timer;
    timer.start();
    const std::optional<SshError> failure = c.connect();
    QVERIFY(failure);
    QVERIFY2(failure->kind == SshError::Kind::AuthFailed, qPrintable(failure->message()));
    const QString message = failure->message();
    QVERIFY2(message.contains(u"root@127.0.0.1:%1"_s.arg(m_sshd.port())), qPrintable(message));
    QVERIFY2(message.contains(u"key %1 (not accepted)"_s.arg(stranger.key())), qPrintable(message));
    QVERIFY2(message.contains(u"the server accepts: publickey"_s), qPrintable(message));
    QCOMPARE(c.connectAttempts(), 1);
    QCOMPARE(m_sshd.log().count(u"Connection from"_s), connectionsBefore + 1);
    QVERIFY(timer.elapsed() < 3000);
}

void TestSshAuth::encryptedKeyAsksThroughCallback_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("pem");
    QTest::newRow("openssh ed25519") << u"ed25519"_s << false;
    QTest::newRow("legacy PEM rsa") << u"rsa"_s << true; // OpenSSL would prompt on the tty
}

void TestSshAuth::encryptedKeyAsksThroughCallback()
{
    QFETCH(QString, type);
    QFETCH(bool, pem);
    SshClientSide client;
    QVERIFY(makeKey(client.key(), type, kPassphrase, pem));
    QVERIFY(m_sshd.authorize(client.key() + u".pub"_s));
    QList<SecretPrompt> prompts;
    SshCallbacks callbacks = client.trusting();
    callbacks.secret = [&](const SecretPrompt &prompt) -> std::optional<QString> {
        prompts.append(prompt);
        return prompt.attempt == 1 ? u"wrong"_s : kPassphrase;
    };
    SshConnection c(targetOf(m_sshd), client.settings(), callbacks);
    const std::optional<SshError> failure = c.connect();
    QVERIFY2(!failure, failure ? qPrintable(failure->message()) : "");
    QCOMPARE(prompts.size(), 2);
    QVERIFY(prompts.at(0).kind == SecretKind::KeyPassphrase);
    QCOMPARE(prompts.at(0).keyFile, client.key());
    QCOMPARE(prompts.at(1).attempt, 2);
    QVERIFY(c.exec(u"true"_s).ok());
}

void TestSshAuth::declinedPassphraseFailsFast()
{
    SshClientSide client;
    QVERIFY(makeKey(client.key(), u"rsa"_s, kPassphrase, true));
    QVERIFY(m_sshd.authorize(client.key() + u".pub"_s));
    // No secret callback at all: the key is skipped, nothing reads the tty.
    SshConnection c(targetOf(m_sshd), client.settings(), client.trusting());
    QElapsedTimer timer;
    timer.start();
    const std::optional<SshError> failure = c.connect();
    QVERIFY(failure && failure->kind == SshError::Kind::AuthFailed);
    QVERIFY2(failure->message().contains(u"no passphrase given"_s), qPrintable(failure->message()));
    QVERIFY(timer.elapsed() < 3000);
}

void TestSshAuth::agentIsUsedFirstAndItsAbsenceDegrades()
{
    SshClientSide client;
    const QString agentKey = client.path(u"agent_key"_s);
    QVERIFY(makeKey(agentKey));
    QVERIFY(m_sshd.authorize(agentKey + u".pub"_s));
    QVERIFY(QFile::remove(client.key())); // only the agent can log in
    QVERIFY(QFile::remove(client.key() + u".pub"_s));
    SshAgent agent;
    QVERIFY(agent.start(client.path(QString())));
    QVERIFY(agent.add(agentKey));
    SshSettings settings = client.settings();
    settings.useAgent = true;
    settings.agentSocket = agent.socket();
    SshConnection c(targetOf(m_sshd), settings, client.trusting());
    std::optional<SshError> failure = c.connect();
    QVERIFY2(!failure, failure ? qPrintable(failure->message()) : "");
    QVERIFY(c.exec(u"true"_s).ok());
    c.disconnect();

    // No agent any more: the key file in ~/.ssh is used instead.
    agent.stop();
    QVERIFY(QFile::copy(agentKey, client.key()));
    QVERIFY(QFile::copy(agentKey + u".pub"_s, client.key() + u".pub"_s));
    failure = c.connect();
    QVERIFY2(!failure, failure ? qPrintable(failure->message()) : "");
}

void TestSshAuth::passwordThroughCallback()
{
    SshdFixture sshd; // root's test password in a private /etc/shadow
    QVERIFY2(sshd.startWithRootPassword(kPassword), qPrintable(sshd.errorString()));

    SshClientSide client;
    QVERIFY(QFile::remove(client.key()));
    int asked = 0;
    QString answer = u"wrong"_s;
    SshCallbacks callbacks = client.trusting();
    callbacks.secret = [&](const SecretPrompt &prompt) -> std::optional<QString> {
        ++asked;
        if (prompt.kind != SecretKind::Password)
            return std::nullopt;
        return answer;
    };
    SshSettings settings = client.settings();
    settings.connectAttempts = 3;
    SshConnection c(targetOf(sshd), settings, callbacks);
    std::optional<SshError> failure = c.connect();
    QVERIFY(failure && failure->kind == SshError::Kind::AuthFailed);
    QVERIFY2(failure->message().contains(u"tried: password"_s), qPrintable(failure->message()));
    QCOMPARE(asked, 1); // a rejected password is not retried behind the user's back
    QCOMPARE(c.connectAttempts(), 1);
    answer = kPassword;
    failure = c.connect();
    QVERIFY2(!failure, failure ? qPrintable(failure->message()) : "");
    QVERIFY(c.exec(u"true"_s).ok());
}

void TestSshAuth::secretsNeverLogged()
{
    QMutexLocker lock(&logMutex);
    QVERIFY(!logLines.isEmpty()); // debug output was on the whole time
    for (const QString &line : std::as_const(logLines)) {
        QVERIFY(!line.contains(kPassphrase));
        QVERIFY(!line.contains(kPassword));
    }
    // Nor in any file the client side wrote (known_hosts ...).
    QDirIterator files(m_client.path(QString()), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(!content.contains(kPassphrase.toUtf8()));
        QVERIFY(!content.contains(kPassword.toUtf8()));
    }
}

QTEST_GUILESS_MAIN(TestSshAuth)
#include "tst_sshauth.moc"
