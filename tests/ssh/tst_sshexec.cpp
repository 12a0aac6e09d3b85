// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// Commands over a real sshd: T8 (drop mid-command), T9 (refused, blackhole),
// T12 (exit codes, signals, 10 MB on both streams), T13 (cancel), streaming.
#include "sshtestutil.h"

#include "ssh/shellquote.h"

#include <QFile>

using namespace Clusterwright;
using namespace Clusterwright::Test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestSshExec : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exitCodes();
    void killedBySignal();
    void streamsLines();
    void bothStreamsTenMegabytes();
    void stdinAndQuotingOverSsh();
    void timeoutAndWatchdog();
    void cancelLongCommand();
    void channelsAreMultiplexed();
    void droppedConnectionFailsCommand();
    void refusedFailsFastWithBackoff();
    void blackholeTimesOut();
    void cancelConnectToBlackhole();

private:
    std::unique_ptr<SshConnection> connect();

    SshdFixture m_sshd;
    SshClientSide m_client;
};

void TestSshExec::initTestCase()
{
    CW_REQUIRE_SSHD(false);
    QVERIFY(m_client.isValid());
    QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
    QVERIFY(m_sshd.authorize(m_client.key() + u".pub"_s));
}

std::unique_ptr<SshConnection> TestSshExec::connect()
{
    auto connection = std::make_unique<SshConnection>(targetOf(m_sshd), m_client.settings(),
                                                      m_client.trusting());
    const std::optional<SshError> failure = connection->connect();
    if (failure)
        qWarning("connect: %s", qPrintable(failure->message()));
    return failure ? nullptr : std::move(connection);
}

void TestSshExec::exitCodes()
{
    auto c = connect();
    QVERIFY(c);
    ExecResult r = c->exec(u"exit 3"_s);
    QVERIFY2(!r.error, qPrintable(r.describe()));
    QCOMPARE(r.exitCode, 3);
    QVERIFY(!r.ok());
    QCOMPARE(r.describe(), u"exit code 3"_s);
    r = c->exec(u"echo hello; echo oops >&2"_s);
    QVERIFY(r.ok());
    QCOMPARE(r.stdOut, QByteArray("hello\n"));
    QCOMPARE(r.stdErr, QByteArray("oops\n"));
}

void TestSshExec::killedBySignal()
{
    auto c = connect();
    QVERIFY(c);
    const ExecResult r = c->exec(u"echo before; kill -9 $$"_s);
    QVERIFY2(!r.error, qPrintable(r.describe()));
    QCOMPARE(r.exitSignal, u"KILL"_s);
    QCOMPARE(r.exitCode, -1);
    QVERIFY(!r.ok());
    QCOMPARE(r.describe(), u"killed by signal KILL"_s);
    QCOMPARE(r.stdOut, QByteArray("before\n"));
}

void TestSshExec::streamsLines()
{
    auto c = connect();
    QVERIFY(c);
    QStringList out, err;
    ExecOptions options;
    options.onLine = [&](OutputStream stream, const QString &line) {
        (stream == OutputStream::StdOut ? out : err).append(line);
    };
    const ExecResult r = c->exec(u"printf 'a\\nb\\r\\nc'; printf 'e1\\ne2\\n' >&2"_s, options);
    QVERIFY2(r.ok(), qPrintable(r.describe()));
    QCOMPARE(out, (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    QCOMPARE(err, (QStringList{u"e1"_s, u"e2"_s}));
}

void TestSshExec::bothStreamsTenMegabytes()
{
    auto c = connect();
    QVERIFY(c);
    constexpr qint64 size = 10 * 1024 * 1024;
    qint64 lines = 0;
    ExecOptions options;
    options.timeout = 60s;
    options.captureLimit = 1024;
    options.onLine = [&](OutputStream, const QString &) { ++lines; };
    // Both streams full at once: a reader that drains only one would stall.
    const ExecResult r
        = c->exec(u"(yes 0123456789abcdefghijklmnopqrstuvwxyz | head -c %1 >&2) & "
                  "yes 0123456789abcdefghijklmnopqrstuvwxyz | head -c %1; wait"_s.arg(size),
                  options);
    QVERIFY2(r.ok(), qPrintable(r.describe()));
    QCOMPARE(r.stdOutBytes, size);
    QCOMPARE(r.stdErrBytes, size);
    QCOMPARE(r.stdOut.size(), 1024);
    QCOMPARE(lines, 2 * ((size + 36) / 37));
}

void TestSshExec::stdinAndQuotingOverSsh()
{
    auto c = connect();
    QVERIFY(c);
    QByteArray input;
    for (int i = 0; i < 300000; ++i)
        input += char('a' + i % 26);
    ExecOptions options;
    options.stdinData = input;
    ExecResult r = c->exec(u"cat"_s, options);
    QVERIFY2(r.ok(), qPrintable(r.describe()));
    QCOMPARE(r.stdOut, input);

    const QString marker = m_sshd.dir() + u"/marker"_s;
    const QStringList hostile{u"a;touch %1"_s.arg(marker), u"$(touch %1)"_s.arg(marker),
                              u"`touch %1`"_s.arg(marker), u"'"_s,
                              u"-oProxyCommand=x"_s,       u"ünï ✓"_s,
                              QString(300, u'\'')};
    for (const QString &argument : hostile) {
        r = c->exec(QStringList{u"printf"_s, u"%s"_s, argument});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QCOMPARE(r.stdOut, argument.toUtf8());
    }
    QVERIFY(!QFile::exists(marker));
}

void TestSshExec::timeoutAndWatchdog()
{
    auto c = connect();
    QVERIFY(c);
    int notices = 0;
    ExecOptions options;
    options.timeout = 1200ms;
    options.watchdog = 300ms;
    options.onSilence = [&](std::chrono::milliseconds silent) {
        ++notices;
        QVERIFY(silent >= 300ms);
    };
    QElapsedTimer timer;
    timer.start();
    ExecResult r = c->exec(u"sleep 5"_s, options);
    QVERIFY(r.timedOut());
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(notices >= 2 && notices <= 4);
    r = c->exec(u"echo still usable"_s);
    QVERIFY2(r.ok(), qPrintable(r.describe()));
}

void TestSshExec::cancelLongCommand()
{
    auto c = connect();
    QVERIFY(c);
    QElapsedTimer timer;
    timer.start();
    ExecResult r;
    {
        Later cancel(300ms, [&] { c->cancel(); });
        r = c->exec(u"sleep 31.25"_s);
    }
    QVERIFY(r.cancelled());
    QVERIFY2(timer.elapsed() < 1300, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(c->exec(u"true"_s).cancelled()); // stays cancelled until reset
    c->resetCancel();
    QTest::qWait(300);
    // We asked sshd to deliver TERM to the remote command.
    r = c->exec(u"pgrep -f 'sleep 31[.]25'"_s);
    QVERIFY2(!r.error, qPrintable(r.describe()));
    QCOMPARE(r.exitCode, 1);
}

void TestSshExec::channelsAreMultiplexed()
{
    const qsizetype before = m_sshd.log().count(u"Accepted publickey"_s);
    auto c = connect();
    QVERIFY(c);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 20; ++i)
        QVERIFY(c->exec(u"true"_s).ok());
    qInfo("20 commands on one connection: %lld ms", timer.elapsed());
    QCOMPARE(m_sshd.log().count(u"Accepted publickey"_s), before + 1);
}

void TestSshExec::droppedConnectionFailsCommand()
{
    auto c = connect();
    QVERIFY(c);
    QElapsedTimer timer;
    timer.start();
    ExecResult r;
    int lines = 0;
    ExecOptions options;
    options.timeout = 20s;
    options.onLine = [&](OutputStream, const QString &) { ++lines; };
    {
        Later kill(600ms, [&] { m_sshd.killSessions(); });
        r = c->exec(u"for i in $(seq 1 200); do echo $i; sleep 0.1; done"_s, options);
    }
    QVERIFY(r.error);
    QVERIFY2(r.error->kind == SshError::Kind::Transport, qPrintable(r.describe()));
    QVERIFY(r.error->message().contains(u"root@127.0.0.1"_s));
    QVERIFY(lines > 0);
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!c->isConnected());
    QVERIFY(c->exec(u"true"_s).error->kind == SshError::Kind::Transport);
    QVERIFY(!c->connect()); // sshd still listens: a new connection works
    QVERIFY(c->exec(u"true"_s).ok());
}

void TestSshExec::refusedFailsFastWithBackoff()
{
    SshSettings settings = m_client.settings();
    settings.connectAttempts = 3;
    settings.retryBackoff = 100ms;
    SshConnection c({u"127.0.0.1"_s, freeLoopbackPort(), u"root"_s, {}}, settings);
    QElapsedTimer timer;
    timer.start();
    const std::optional<SshError> failure = c.connect();
    QVERIFY(failure);
    QVERIFY(failure->kind == SshError::Kind::ConnectFailed);
    QVERIFY2(failure->message().contains(u"refused"_s), qPrintable(failure->message()));
    QCOMPARE(c.connectAttempts(), 3);
    QVERIFY(timer.elapsed() >= 300); // 100 + 200 ms of backoff
    QVERIFY(timer.elapsed() < 2000);
}

void TestSshExec::blackholeTimesOut()
{
    BlackholeListener blackhole;
    QVERIFY(blackhole.start());
    SshSettings settings = m_client.settings();
    settings.connectTimeout = 1s;
    SshConnection c({u"127.0.0.1"_s, blackhole.port(), u"root"_s, {}}, settings);
    QElapsedTimer timer;
    timer.start();
    const std::optional<SshError> failure = c.connect();
    QVERIFY(failure);
    QVERIFY2(failure->kind == SshError::Kind::Timeout, qPrintable(failure->message()));
    QVERIFY(timer.elapsed() >= 900 && timer.elapsed() < 2500);
}

void TestSshExec::cancelConnectToBlackhole()
{
    BlackholeListener blackhole;
    QVERIFY(blackhole.start());
    SshSettings settings = m_client.settings();
    settings.connectTimeout = 10s;
    settings.connectAttempts = 3;
    SshConnection c({u"127.0.0.1"_s, blackhole.port(), u"root"_s, {}}, settings);
    QElapsedTimer timer;
    timer.start();
    std::optional<SshError> failure;
    {
        Later cancel(300ms, [&] { c.cancel(); });
        failure = c.connect();
    }
    QVERIFY(failure);
    QVERIFY2(failure->kind == SshError::Kind::Cancelled, qPrintable(failure->message()));
    QVERIFY2(timer.elapsed() < 1300, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(c.connectAttempts(), 1);
}

QTEST_GUILESS_MAIN(TestSshExec)
#include "tst_sshexec.moc"
