// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// Native jump hosts (T17). The target sshd lives in a network namespace of
// its own, so it is reachable only through the bastion sshd, which shares
// that namespace and is bridged to the host's loopback by socat + nsenter.
#include "sshtestutil.h"

#include "ssh/sshjumphost.h"

#include <QCryptographicHash>

using namespace Clusterwright;
using namespace Clusterwright::Test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {
constexpr int kBastionPortInside = 2222;
}

class TestSshJump : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void targetIsOnlyReachableThroughTheBastion();
    void oneBastionServesTargetsInSeveralThreads();
    void targetErrorsAreTargetErrors();
    void bastionAuthFailureIsABastionError();
    void bastionDownIsABastionError();
    void refusedTunnelIsABastionError();
    void bastionDroppedMidCommand();
    void bastionHostKeyChangedIsABastionError();

private:
    SshTarget bastionTarget() const { return {u"127.0.0.1"_s, m_bridge.port(), u"root"_s, {}}; }
    SshTarget innerTarget() const { return {u"127.0.0.1"_s, m_targetPort, u"root"_s, {}}; }
    std::shared_ptr<SshJumpHost> connectedJumpHost(std::optional<SshError> *failure = nullptr);

    SshClientSide m_client;
    SshdFixture m_target;
    SshdFixture m_bastion;
    NetnsBridge m_bridge;
    int m_targetPort = 0;
};

void TestSshJump::initTestCase()
{
    CW_REQUIRE_SSHD(true);
    QVERIFY(m_client.isValid());
    m_targetPort = freeLoopbackPort(); // free on the host, so "unreachable" means something
    SshdFixture::Options target;
    target.network = SshdFixture::Network::NewNamespace;
    target.port = m_targetPort;
    QVERIFY2(m_target.start(target), qPrintable(m_target.errorString()));
    SshdFixture::Options bastion;
    bastion.network = SshdFixture::Network::JoinNamespace;
    bastion.namespacePid = m_target.pid();
    bastion.port = kBastionPortInside;
    QVERIFY2(m_bastion.start(bastion), qPrintable(m_bastion.errorString()));
    QVERIFY(m_bridge.start(m_target.pid(), kBastionPortInside, m_bastion.dir()));
    QVERIFY(m_target.authorize(m_client.key() + u".pub"_s));
    QVERIFY(m_bastion.authorize(m_client.key() + u".pub"_s));
}

std::shared_ptr<SshJumpHost> TestSshJump::connectedJumpHost(std::optional<SshError> *failure)
{
    auto jump
        = std::make_shared<SshJumpHost>(bastionTarget(), m_client.settings(), m_client.trusting());
    std::optional<SshError> result = jump->connect();
    if (failure)
        *failure = result;
    else if (result)
        qWarning("bastion: %s", qPrintable(result->message()));
    return result ? nullptr : jump;
}

void TestSshJump::targetIsOnlyReachableThroughTheBastion()
{
    SshConnection direct(innerTarget(), m_client.settings(), m_client.trusting());
    const std::optional<SshError> refused = direct.connect();
    QVERIFY(refused && refused->kind == SshError::Kind::ConnectFailed);

    auto jump = connectedJumpHost();
    QVERIFY(jump);
    SshConnection c(innerTarget(), m_client.settings(), m_client.trusting(), jump);
    const std::optional<SshError> failure = c.connect();
    QVERIFY2(!failure, failure ? qPrintable(failure->message()) : "");
    QCOMPARE(jump->tunnelCount(), 1);
    const ExecResult r = c.exec(u"echo through the bastion"_s);
    QVERIFY2(r.ok(), qPrintable(r.describe()));
    QCOMPARE(r.stdOut, QByteArray("through the bastion\n"));
    // Both host keys were verified by us, each under its own name.
    const KnownHosts known(m_client.userKnownHosts(), m_client.appKnownHosts());
    QCOMPARE(known.find(KnownHosts::hostName(u"127.0.0.1"_s, m_bridge.port())).size(), 1);
    QCOMPARE(known.find(KnownHosts::hostName(u"127.0.0.1"_s, m_targetPort)).size(), 1);
    c.disconnect();
    QTRY_COMPARE_WITH_TIMEOUT(jump->tunnelCount(), 0, 2000);
}

void TestSshJump::oneBastionServesTargetsInSeveralThreads()
{
    const qsizetype bastionLogins = m_bastion.log().count(u"Accepted publickey"_s);
    auto jump = connectedJumpHost();
    QVERIFY(jump);
    QByteArray payload(1024 * 1024, 'x');
    const QString digest = QString::fromLatin1(
        QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex());
    std::atomic_int succeeded{0};
    std::atomic_int peakTunnels{0};
    auto worker = [&](int index) {
        // Each connection lives and dies in its own worker thread.
        SshConnection c(innerTarget(), m_client.settings(), m_client.trusting(), jump);
        if (c.connect())
            return;
        peakTunnels = std::max(peakTunnels.load(), jump->tunnelCount());
        for (int i = 0; i < 10; ++i) {
            if (c.exec(u"echo %1"_s.arg(i)).stdOut != QByteArray::number(i) + '\n')
                return;
        }
        const QString path = m_target.dir() + u"/parallel-%1"_s.arg(index);
        if (c.upload(payload, {path, 0644, {}, {}, true, {}}) || c.sha256(path) != digest)
            return;
        ++succeeded;
    };
    std::thread first(worker, 1), second(worker, 2), third(worker, 3);
    first.join();
    second.join();
    third.join();
    QCOMPARE(succeeded.load(), 3);
    QVERIFY(peakTunnels.load() >= 2);
    QCOMPARE(m_bastion.log().count(u"Accepted publickey"_s), bastionLogins + 1);
}

void TestSshJump::targetErrorsAreTargetErrors()
{
    auto jump = connectedJumpHost();
    QVERIFY(jump);
    SshClientSide other; // knows neither key; trusts the bastion, refuses the target
    int prompts = 0;
    SshCallbacks callbacks;
    callbacks.hostKey = [&](const HostKeyPrompt &prompt) {
        ++prompts;
        return prompt.bastion ? HostKeyDecision::AcceptOnce : HostKeyDecision::Reject;
    };
    SshConnection c(innerTarget(), other.settings(), callbacks, jump);
    const std::optional<SshError> failure = c.connect();
    QVERIFY(failure && failure->kind == SshError::Kind::HostKeyUnknown);
    QVERIFY(!failure->bastion);
    QVERIFY2(failure->message().startsWith(u"root@127.0.0.1:%1: "_s.arg(m_targetPort)),
             qPrintable(failure->message()));
}

void TestSshJump::bastionAuthFailureIsABastionError()
{
    SshClientSide stranger;
    QVERIFY(stranger.isValid());
    SshJumpHost jump(bastionTarget(), stranger.settings(), stranger.trusting());
    const std::optional<SshError> failure = jump.connect();
    QVERIFY(failure && failure->kind == SshError::Kind::AuthFailed);
    QVERIFY(failure->bastion);
    QVERIFY2(failure->message().startsWith(
                 u"bastion root@127.0.0.1:%1: authentication failed"_s.arg(m_bridge.port())),
             qPrintable(failure->message()));
    QCOMPARE(jump.connectAttempts(), 1);
    // A target behind a bastion that never connected fails as a bastion error.
    SshConnection c(innerTarget(), stranger.settings(), stranger.trusting(),
                    std::shared_ptr<SshJumpHost>(&jump, [](SshJumpHost *) {}));
    const std::optional<SshError> behind = c.connect();
    QVERIFY(behind && behind->bastion);
}

void TestSshJump::bastionDownIsABastionError()
{
    SshSettings settings = m_client.settings();
    settings.connectAttempts = 2;
    settings.retryBackoff = 50ms;
    SshJumpHost jump({u"127.0.0.1"_s, freeLoopbackPort(), u"admin"_s, {}}, settings);
    const std::optional<SshError> failure = jump.connect();
    QVERIFY(failure && failure->kind == SshError::Kind::ConnectFailed);
    QVERIFY(failure->bastion);
    QVERIFY2(failure->message().startsWith(u"bastion admin@127.0.0.1:"_s),
             qPrintable(failure->message()));
    QVERIFY(failure->message().contains(u"refused"_s));
    QCOMPARE(jump.connectAttempts(), 2);
}

void TestSshJump::refusedTunnelIsABastionError()
{
    auto jump = connectedJumpHost();
    QVERIFY(jump);
    SshConnection c({u"127.0.0.1"_s, 2999, u"root"_s, {}}, m_client.settings(), m_client.trusting(),
                    jump);
    const std::optional<SshError> failure = c.connect();
    QVERIFY(failure);
    QVERIFY2(failure->kind == SshError::Kind::Tunnel, qPrintable(failure->message()));
    QVERIFY(failure->bastion);
    QVERIFY2(failure->message().contains(u"cannot open a tunnel to 127.0.0.1:2999"_s),
             qPrintable(failure->message()));
    QVERIFY(jump->isConnected()); // the bastion itself is fine
}

void TestSshJump::bastionDroppedMidCommand()
{
    auto jump = connectedJumpHost();
    QVERIFY(jump);
    SshConnection c(innerTarget(), m_client.settings(), m_client.trusting(), jump);
    QVERIFY(!c.connect());
    QElapsedTimer timer;
    timer.start();
    ExecResult r;
    {
        Later kill(500ms, [&] { m_bastion.killSessions(); });
        ExecOptions options;
        options.timeout = 20s;
        r = c.exec(u"for i in $(seq 1 100); do echo $i; sleep 0.1; done"_s, options);
    }
    QVERIFY(r.error);
    QVERIFY2(r.error->bastion, qPrintable(r.describe()));
    QVERIFY(r.error->kind == SshError::Kind::Transport);
    QVERIFY2(r.describe().startsWith(u"bastion root@127.0.0.1:%1: "_s.arg(m_bridge.port())),
             qPrintable(r.describe()));
    QVERIFY(timer.elapsed() < 3000);
    QVERIFY(!jump->isConnected());
}

void TestSshJump::bastionHostKeyChangedIsABastionError()
{
    QVERIFY(connectedJumpHost()); // known and saved
    QVERIFY(m_bastion.regenerateHostKeys({u"ed25519"_s}));
    QVERIFY(m_bastion.restart());
    SshSettings settings = m_client.settings();
    settings.connectAttempts = 3;
    SshJumpHost jump(bastionTarget(), settings, m_client.trusting());
    const std::optional<SshError> failure = jump.connect();
    QVERIFY(failure && failure->kind == SshError::Kind::HostKeyChanged);
    QVERIFY2(failure->message().startsWith(
                 u"bastion root@127.0.0.1:%1: host key changed"_s.arg(m_bridge.port())),
             qPrintable(failure->message()));
    QVERIFY(failure->message().contains(m_bastion.hostKeyFingerprint()));
    QCOMPARE(jump.connectAttempts(), 1);
    QVERIFY(failure->knownHosts->replace(*failure->presentedKey));
    QVERIFY(!jump.connect());
}

QTEST_GUILESS_MAIN(TestSshJump)
#include "tst_sshjump.moc"
