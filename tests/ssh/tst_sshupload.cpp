// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// Uploads against a real sshd: T19 (10 MB in <= 32 KiB chunks, replace,
// read-only dir, disk full: the target is never truncated), T8 (sshd killed
// mid-upload), T13 (cancel mid-upload), sudo with the password on stdin.
#include "sshtestutil.h"

#include <QFileInfo>

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>

using namespace Clusterwright;
using namespace Clusterwright::Test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

QByteArray randomBytes(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator(42);
    generator.fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    return data;
}

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestSshUpload : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tenMegabytesInSmallChunks();
    void replacesAnExistingTarget();
    void readOnlyDirectoryNeverTruncates();
    void diskFullNeverTruncates();
    void killedDuringUploadKeepsTheTarget();
    void cancelDuringUploadIsPrompt();
    void sudoPasswordGoesToStdin();
    void sha256OfAMissingFileFails();
    void removesStaleTempDirsOfEarlierUploads();
    void createsMissingParentDirectories();

private:
    std::unique_ptr<SshConnection> connect(SshdFixture &sshd, SshSettings settings = {});
    QString remoteText(SshConnection &c, const QString &command);

    SshdFixture m_sshd;
    SshClientSide m_client;
    QString m_roDir;
    QString m_tmp; // the server's TMPDIR, where uploads stage
    QString m_fullDir;
};

// A cancelled upload leaves its temp dir; the next one cleans up old ones.
void TestSshUpload::removesStaleTempDirsOfEarlierUploads()
{
    auto c = connect(m_sshd);
    QVERIFY(c);
    const QString stale = m_tmp + u"/cw-upload.staletest1"_s,
                  fresh = m_tmp + u"/cw-upload.freshtest1"_s;
    QVERIFY(QDir().mkpath(stale) && QDir().mkpath(fresh));
    QVERIFY(c->exec(QStringList{u"touch"_s, u"-d"_s, u"-2 hours"_s, stale}).ok());
    const std::optional<SshError> failure
        = c->upload("x", UploadSpec{m_sshd.dir() + u"/stale-test.txt"_s, 0644, {}, {}, true, {}});
    QVERIFY2(!failure, failure ? qPrintable(failure->message()) : "");
    QVERIFY(!QFileInfo::exists(stale));
    QVERIFY(QFileInfo::exists(fresh)); // could belong to an upload in progress
    QDir(fresh).removeRecursively();
}

void TestSshUpload::createsMissingParentDirectories()
{
    auto c = connect(m_sshd);
    QVERIFY(c);
    const QString target = m_sshd.dir() + u"/fresh/etc/clusterwright/hosts"_s;
    const std::optional<SshError> failure
        = c->upload("127.0.0.1 cp-1\n", UploadSpec{target, 0644, {}, {}, true, {}});
    QVERIFY2(!failure, failure ? qPrintable(failure->message()) : "");
    QCOMPARE(remoteText(*c, u"cat "_s + target), u"127.0.0.1 cp-1"_s);
    QCOMPARE(remoteText(*c, u"stat -c %a "_s + m_sshd.dir() + u"/fresh/etc/clusterwright"_s),
             u"755"_s);
}

void TestSshUpload::initTestCase()
{
    CW_REQUIRE_SSHD(false);
    QVERIFY(m_client.isValid());
    m_roDir = m_sshd.dir() + u"/readonly"_s;
    m_fullDir = m_sshd.dir() + u"/full"_s;
    QVERIFY(QDir().mkpath(m_roDir) && QDir().mkpath(m_fullDir));
    QFile original(m_roDir + u"/target"_s);
    QVERIFY(original.open(QIODevice::WriteOnly));
    original.write("original\n");
    original.close();
    // Only sshd's private mount namespace sees these mounts. A TMPDIR of its
    // own: tests running beside this one upload into /tmp too.
    m_tmp = m_sshd.dir() + u"/tmp"_s;
    QVERIFY(QDir().mkpath(m_tmp));
    SshdFixture::Options options;
    options.extraConfig = {u"SetEnv TMPDIR=%1"_s.arg(m_tmp)};
    options.privateMountSetup
        = {u"mount --bind %1 %1"_s.arg(m_roDir), u"mount -o remount,bind,ro %1"_s.arg(m_roDir),
           u"mount -t tmpfs -o size=1m cwfull %1"_s.arg(m_fullDir)};
    QVERIFY2(m_sshd.start(options), qPrintable(m_sshd.errorString()));
    QVERIFY(m_sshd.authorize(m_client.key() + u".pub"_s));
}

std::unique_ptr<SshConnection> TestSshUpload::connect(SshdFixture &sshd, SshSettings settings)
{
    if (settings.sshDir.isEmpty())
        settings = m_client.settings();
    auto c = std::make_unique<SshConnection>(targetOf(sshd), settings, m_client.trusting());
    const std::optional<SshError> failure = c->connect();
    if (failure)
        qWarning("connect: %s", qPrintable(failure->message()));
    return failure ? nullptr : std::move(c);
}

QString TestSshUpload::remoteText(SshConnection &c, const QString &command)
{
    const ExecResult r = c.exec(command);
    return r.ok() ? QString::fromUtf8(r.stdOut).trimmed() : u"<%1>"_s.arg(r.describe());
}

void TestSshUpload::tenMegabytesInSmallChunks()
{
    auto c = connect(m_sshd);
    QVERIFY(c);
    const QByteArray data = randomBytes(10 * 1024 * 1024);
    const QString target = m_sshd.dir() + u"/up/ten.bin"_s;
    QVERIFY(c->exec(QStringList{u"mkdir"_s, u"-p"_s, u"--"_s, m_sshd.dir() + u"/up"_s}).ok());
    const QString countDirs = u"ls -d %1/cw-upload.* 2>/dev/null | wc -l"_s.arg(m_tmp);
    const QString countFiles = u"find %1 -maxdepth 2 -path '%1/cw-upload.*/*' | wc -l"_s.arg(m_tmp);
    const QString tempsBefore = remoteText(*c, countDirs);
    const QString filesBefore = remoteText(*c, countFiles);
    qint64 last = 0;
    int chunks = 0;
    bool small = true;
    UploadSpec spec{target, 0640, u"nobody"_s, u"nogroup"_s, true, {}};
    spec.onProgress = [&](qint64 sent, qint64 total) {
        small = small && sent - last <= SshConnection::kSftpChunkSize && total == data.size();
        last = sent;
        ++chunks;
    };
    const std::optional<SshError> failure = c->upload(data, spec);
    QVERIFY2(!failure, failure ? qPrintable(failure->message()) : "");
    QVERIFY(small);
    QCOMPARE(chunks, 320);
    QCOMPARE(last, data.size());
    SshError error;
    QCOMPARE(c->sha256(target, &error).value_or(error.message()), sha256Hex(data));
    QCOMPARE(remoteText(*c, u"stat -c '%a %U %G' "_s + target), u"640 nobody nogroup"_s);
    QCOMPARE(remoteText(*c, u"ls -A "_s + m_sshd.dir() + u"/up"_s), u"ten.bin"_s);
    // The uploaded copy is gone at once; the connection's temp dir on disconnect.
    QCOMPARE(remoteText(*c, countFiles), filesBefore);
    c->disconnect();
    auto again = connect(m_sshd);
    QVERIFY(again);
    QCOMPARE(remoteText(*again, countDirs), tempsBefore);
}

void TestSshUpload::replacesAnExistingTarget()
{
    auto c = connect(m_sshd);
    QVERIFY(c);
    const QString target = m_sshd.dir() + u"/replace.conf"_s;
    QVERIFY(c->exec(u"umask 077; echo old > "_s + target).ok());
    QVERIFY(!c->upload("new\n", {target, 0644, {}, {}, true, {}}));
    QCOMPARE(remoteText(*c, u"cat "_s + target), u"new"_s);
    QCOMPARE(remoteText(*c, u"stat -c '%a %U' "_s + target), u"644 root"_s);
}

void TestSshUpload::readOnlyDirectoryNeverTruncates()
{
    auto c = connect(m_sshd);
    QVERIFY(c);
    const QString target = m_roDir + u"/target"_s;
    const std::optional<SshError> failure
        = c->upload(randomBytes(4096), {target, 0644, {}, {}, true, {}});
    QVERIFY(failure);
    QVERIFY(failure->kind == SshError::Kind::Remote);
    QVERIFY2(failure->message().contains(u"Read-only file system"_s),
             qPrintable(failure->message()));
    QCOMPARE(remoteText(*c, u"cat "_s + target), u"original"_s);
}

void TestSshUpload::diskFullNeverTruncates()
{
    auto c = connect(m_sshd);
    QVERIFY(c);
    const QString target = m_fullDir + u"/target"_s;
    QVERIFY(c->exec(u"echo original > "_s + target).ok());
    const std::optional<SshError> failure
        = c->upload(randomBytes(2 * 1024 * 1024), {target, 0644, {}, {}, true, {}});
    QVERIFY(failure);
    QVERIFY2(failure->message().contains(u"No space left"_s), qPrintable(failure->message()));
    QCOMPARE(remoteText(*c, u"cat "_s + target), u"original"_s);
    QCOMPARE(remoteText(*c, u"ls -A "_s + m_fullDir), u"target"_s); // no staging file left
}

void TestSshUpload::killedDuringUploadKeepsTheTarget()
{
    SshdFixture sshd;
    QVERIFY(sshd.start());
    QVERIFY(sshd.authorize(m_client.key() + u".pub"_s));
    auto c = connect(sshd);
    QVERIFY(c);
    const QString target = sshd.dir() + u"/kept"_s;
    QVERIFY(c->exec(u"echo original > "_s + target).ok());
    bool killed = false;
    UploadSpec spec{target, 0644, {}, {}, true, {}};
    spec.onProgress = [&](qint64 sent, qint64) {
        if (!killed && sent >= 4 * 1024 * 1024) {
            killed = true;
            sshd.killSessions();
        }
    };
    QElapsedTimer timer;
    timer.start();
    const std::optional<SshError> failure = c->upload(randomBytes(32 * 1024 * 1024), spec);
    QVERIFY(killed);
    QVERIFY(failure);
    QVERIFY2(failure->kind == SshError::Kind::Transport, qPrintable(failure->message()));
    QVERIFY(timer.elapsed() < 10000);
    QVERIFY(!c->connect());
    QCOMPARE(remoteText(*c, u"cat "_s + target), u"original"_s);
}

void TestSshUpload::cancelDuringUploadIsPrompt()
{
    auto c = connect(m_sshd);
    QVERIFY(c);
    const QString target = m_sshd.dir() + u"/cancelled"_s;
    QVERIFY(c->exec(u"echo original > "_s + target).ok());
    QElapsedTimer sinceCancel;
    std::unique_ptr<std::thread> canceller;
    UploadSpec spec{target, 0644, {}, {}, true, {}};
    spec.onProgress = [&](qint64 sent, qint64) {
        if (!canceller && sent >= 4 * 1024 * 1024) {
            sinceCancel.start();
            canceller = std::make_unique<std::thread>([&] { c->cancel(); });
        }
    };
    const std::optional<SshError> failure = c->upload(randomBytes(64 * 1024 * 1024), spec);
    QVERIFY(canceller);
    canceller->join();
    QVERIFY(failure);
    QVERIFY2(failure->kind == SshError::Kind::Cancelled, qPrintable(failure->message()));
    QVERIFY2(sinceCancel.elapsed() < 1000, qPrintable(QString::number(sinceCancel.elapsed())));
    c->resetCancel();
    QCOMPARE(remoteText(*c, u"cat "_s + target), u"original"_s);
}

void TestSshUpload::sudoPasswordGoesToStdin()
{
    SshdFixture sshd; // a stand-in sudo wanting "sudo-pw" on stdin, logging to sudo.log
    QVERIFY2(sshd.startWithFakeSudo(u"sudo-pw"_s), qPrintable(sshd.errorString()));
    QVERIFY(sshd.authorize(m_client.key() + u".pub"_s));

    SshSettings settings = m_client.settings();
    settings.sudo = SudoMode::Always;
    int asked = 0;
    SshCallbacks callbacks = m_client.trusting();
    callbacks.secret = [&](const SecretPrompt &prompt) -> std::optional<QString> {
        ++asked;
        if (prompt.kind != SecretKind::SudoPassword)
            return std::nullopt;
        return prompt.attempt == 1 ? u"typo"_s : u"sudo-pw"_s;
    };
    SshConnection c(targetOf(sshd), settings, callbacks);
    QVERIFY(!c.connect());
    const QString target = sshd.dir() + u"/via-sudo"_s;
    const std::optional<SshError> failure = c.upload("sudo\n", {target, 0600, {}, {}, true, {}});
    QVERIFY2(!failure, failure ? qPrintable(failure->message()) : "");
    ExecOptions asRoot;
    asRoot.asRoot = true;
    asRoot.stdinData = "piped\n";
    const ExecResult r = c.exec(u"cat; cat "_s + target, asRoot);
    QVERIFY2(r.ok(), qPrintable(r.describe()));
    QCOMPARE(r.stdOut, QByteArray("piped\nsudo\n")); // the password never reaches the command
    QCOMPARE(asked, 2);                              // once wrong, once right, then remembered
    QFile log(sshd.dir() + u"/sudo.log"_s);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray calls = log.readAll();
    QVERIFY2(calls.contains("-S -p  -k -- /bin/sh -c"), calls.constData());
    QVERIFY(!calls.contains("sudo-pw") && !calls.contains("typo"));
}

void TestSshUpload::sha256OfAMissingFileFails()
{
    auto c = connect(m_sshd);
    QVERIFY(c);
    SshError error;
    QVERIFY(!c->sha256(m_sshd.dir() + u"/missing"_s, &error));
    QVERIFY(error.kind == SshError::Kind::Remote);
    QVERIFY2(error.message().contains(u"No such file"_s), qPrintable(error.message()));
}

QTEST_GUILESS_MAIN(TestSshUpload)
#include "tst_sshupload.moc"
