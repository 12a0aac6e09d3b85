// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// Host keys against a real sshd: T1 unknown, T2 changed (re-created VM) and
// replace, T3 key type switch, T4 "StrictHostKeyChecking no" and ~/.ssh/config.
#include "sshtestutil.h"

#include <QFile>

using namespace Clusterwright;
using namespace Clusterwright::Test;
using namespace Qt::StringLiterals;

class TestSshHostKeys : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { CW_REQUIRE_SSHD(false); }
    void init();
    void cleanup();
    void unknownKeyIsTheCallersDecision();
    void changedKeyIsRefusedOnceThenReplaced();
    void keyTypeSwitchIsRefused();
    void configCannotDisableChecking();
    void configAliasesAreHonoured();
    void configProxyJumpIsRefused();

private:
    void writeConfig(const QString &text);

    std::unique_ptr<SshdFixture> m_sshd;
    std::unique_ptr<SshClientSide> m_client;
};

void TestSshHostKeys::init()
{
    m_client = std::make_unique<SshClientSide>();
    QVERIFY(m_client->isValid());
    m_sshd = std::make_unique<SshdFixture>();
    QVERIFY2(m_sshd->start(), qPrintable(m_sshd->errorString()));
    QVERIFY(m_sshd->authorize(m_client->key() + u".pub"_s));
}

void TestSshHostKeys::cleanup()
{
    m_sshd.reset();
    m_client.reset();
}

void TestSshHostKeys::writeConfig(const QString &text)
{
    QFile config(m_client->sshDir() + u"/config"_s);
    QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
    config.write(text.toUtf8());
}

void TestSshHostKeys::unknownKeyIsTheCallersDecision()
{
    const QString expected = m_sshd->hostKeyFingerprint();
    QVERIFY(expected.startsWith(u"SHA256:"_s));
    HostKeyDecision decision = HostKeyDecision::Reject;
    QList<HostKeyPrompt> prompts;
    SshCallbacks callbacks;
    callbacks.hostKey = [&](const HostKeyPrompt &prompt) {
        prompts.append(prompt);
        return decision;
    };

    // No callback at all (a CLI without accept-new): refused.
    SshConnection bare(targetOf(*m_sshd), m_client->settings());
    std::optional<SshError> failure = bare.connect();
    QVERIFY(failure && failure->kind == SshError::Kind::HostKeyUnknown);
    QCOMPARE(failure->presentedKey->fingerprint(), expected);

    SshConnection c(targetOf(*m_sshd), m_client->settings(), callbacks);
    failure = c.connect();
    QVERIFY(failure && failure->kind == SshError::Kind::HostKeyUnknown);
    QVERIFY(failure->message().contains(expected));
    QCOMPARE(prompts.size(), 1);
    QCOMPARE(prompts.first().key.fingerprint(), expected);
    QCOMPARE(prompts.first().endpoint, u"root@127.0.0.1:%1"_s.arg(m_sshd->port()));
    QVERIFY(!QFile::exists(m_client->appKnownHosts()));
    QVERIFY(!QFile::exists(m_client->userKnownHosts()));

    decision = HostKeyDecision::AcceptOnce;
    QVERIFY(!c.connect());
    QVERIFY(c.exec(u"true"_s).ok());
    QVERIFY(!QFile::exists(m_client->appKnownHosts()));

    decision = HostKeyDecision::AcceptAndSave;
    QVERIFY(!c.connect());
    QCOMPARE(prompts.size(), 3);
    QFile saved(m_client->appKnownHosts());
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(
        saved.readAll().startsWith(u"[127.0.0.1]:%1 ssh-ed25519 "_s.arg(m_sshd->port()).toUtf8()));
    QVERIFY(!c.connect());
    QCOMPARE(prompts.size(), 3); // known now: no more questions
}

void TestSshHostKeys::changedKeyIsRefusedOnceThenReplaced()
{
    const QString oldFingerprint = m_sshd->hostKeyFingerprint();
    SshConnection first(targetOf(*m_sshd), m_client->settings(), m_client->trusting());
    QVERIFY(!first.connect());
    first.disconnect();
    // The user's own known_hosts knows the old key too, hashed (Debian's default).
    QVERIFY(QFile::copy(m_client->appKnownHosts(), m_client->userKnownHosts()));
    QVERIFY(runTool(u"ssh-keygen"_s, {u"-H"_s, u"-f"_s, m_client->userKnownHosts()}).ok());

    QVERIFY(m_sshd->regenerateHostKeys({u"ed25519"_s}));
    QVERIFY(m_sshd->restart());
    const QString newFingerprint = m_sshd->hostKeyFingerprint();
    QVERIFY(newFingerprint != oldFingerprint);

    SshSettings settings = m_client->settings();
    settings.connectAttempts = 3;
    const int promptsBefore = m_client->hostKeyPrompts;
    SshConnection c(targetOf(*m_sshd), settings, m_client->trusting());
    const std::optional<SshError> failure = c.connect();
    QVERIFY(failure);
    QVERIFY2(failure->kind == SshError::Kind::HostKeyChanged, qPrintable(failure->message()));
    QCOMPARE(c.connectAttempts(), 1);                  // never retried
    QCOMPARE(m_client->hostKeyPrompts, promptsBefore); // never offered as "unknown"
    QVERIFY(failure->message().contains(oldFingerprint));
    QVERIFY(failure->message().contains(newFingerprint));
    QCOMPARE(failure->presentedKey->fingerprint(), newFingerprint);
    QCOMPARE(failure->knownFingerprints, QStringList{oldFingerprint});

    // "This machine was re-created": drop the stale lines, trust the new key.
    QString why;
    QVERIFY2(failure->knownHosts->replace(*failure->presentedKey, &why), qPrintable(why));
    const QString name = failure->presentedKey->hostName;
    const ToolResult inUser
        = runTool(u"ssh-keygen"_s, {u"-F"_s, name, u"-f"_s, m_client->userKnownHosts()});
    QCOMPARE(inUser.exitCode, 1); // valid file, stale hashed line gone
    const ToolResult inApp
        = runTool(u"ssh-keygen"_s, {u"-F"_s, name, u"-f"_s, m_client->appKnownHosts()});
    QVERIFY(inApp.ok());
    QVERIFY(inApp.out.contains(failure->presentedKey->base64.toLatin1()));
    QVERIFY2(!c.connect(), "the replaced key must be trusted");
    QCOMPARE(m_client->hostKeyPrompts, promptsBefore);
}

void TestSshHostKeys::keyTypeSwitchIsRefused()
{
    SshConnection first(targetOf(*m_sshd), m_client->settings(), m_client->trusting());
    QVERIFY(!first.connect());
    first.disconnect();
    QVERIFY(m_sshd->regenerateHostKeys({u"rsa"_s}));
    QVERIFY(m_sshd->restart());
    SshConnection c(targetOf(*m_sshd), m_client->settings(), m_client->trusting());
    const std::optional<SshError> failure = c.connect();
    QVERIFY(failure);
    QVERIFY2(failure->kind == SshError::Kind::HostKeyChanged, qPrintable(failure->message()));
    QVERIFY(failure->message().contains(u"other key types"_s));
    QCOMPARE(failure->presentedKey->type, u"ssh-rsa"_s);
    QCOMPARE(failure->presentedKey->fingerprint(), m_sshd->hostKeyFingerprint(u"rsa"_s));
    QCOMPARE(c.connectAttempts(), 1);
}

void TestSshHostKeys::configCannotDisableChecking()
{
    writeConfig(u"Host *\n    StrictHostKeyChecking no\n    UserKnownHostsFile /dev/null\n"_s);
    int prompts = 0;
    SshCallbacks callbacks;
    callbacks.hostKey = [&](const HostKeyPrompt &) {
        ++prompts;
        return HostKeyDecision::Reject;
    };
    SshConnection c(targetOf(*m_sshd), m_client->settings(), callbacks);
    const std::optional<SshError> failure = c.connect();
    QVERIFY(failure && failure->kind == SshError::Kind::HostKeyUnknown);
    QCOMPARE(prompts, 1);
}

void TestSshHostKeys::configAliasesAreHonoured()
{
    const QString key = m_client->path(u"other_key"_s);
    QVERIFY(makeKey(key));
    QVERIFY(m_sshd->authorize(key + u".pub"_s));
    QVERIFY(QFile::remove(m_client->key()));
    writeConfig(
        u"Host mybox\n    HostName 127.0.0.1\n    Port %1\n    User root\n    IdentityFile %2\n"_s
            .arg(m_sshd->port())
            .arg(key));
    SshConnection c({u"mybox"_s, 0, {}, {}}, m_client->settings(), m_client->trusting());
    const std::optional<SshError> failure = c.connect();
    QVERIFY2(!failure, failure ? qPrintable(failure->message()) : "");
    QCOMPARE(c.endpoint(), u"root@127.0.0.1:%1"_s.arg(m_sshd->port()));
    QCOMPARE(m_client->lastPrompt.key.hostName, u"[127.0.0.1]:%1"_s.arg(m_sshd->port()));
    QVERIFY(c.exec(u"true"_s).ok());
}

void TestSshHostKeys::configProxyJumpIsRefused()
{
    writeConfig(u"Host jumpy\n    HostName 127.0.0.1\n    ProxyJump root@127.0.0.1:%1\n"_s.arg(
        m_sshd->port()));
    SshConnection c({u"jumpy"_s, m_sshd->port(), u"root"_s, {}}, m_client->settings(),
                    m_client->trusting());
    const std::optional<SshError> failure = c.connect();
    QVERIFY(failure && failure->kind == SshError::Kind::Config);
    QVERIFY(failure->message().contains(u"bastion"_s));
}

QTEST_GUILESS_MAIN(TestSshHostKeys)
#include "tst_sshhostkeys.moc"
