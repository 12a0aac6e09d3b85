// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// KnownHosts against OpenSSH's own tools: fingerprints equal `ssh-keygen -lf`,
// hashed lines are matched and removed, and the file stays valid for `-F`.
#include "ssh/knownhosts.h"
#include "sshdfixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Clusterwright;
using namespace Clusterwright::Test;
using namespace Qt::StringLiterals;

class TestKnownHosts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fingerprintMatchesSshKeygen_data();
    void fingerprintMatchesSshKeygen();
    void hostNames();
    void checkStatuses();
    void hashedPatternsAndMarkers();
    void removeKeepsOtherLines();
    void replaceTrustsTheNewKey();

private:
    HostKey key(const QString &name, const QString &host) const;
    void write(const QString &path, const QStringList &lines) const;
    QString file(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

HostKey TestKnownHosts::key(const QString &name, const QString &host) const
{
    QFile pub(file(name + u".pub"_s));
    if (!pub.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> fields = pub.readAll().trimmed().split(' ');
    return {host, QString::fromLatin1(fields.at(0)), QString::fromLatin1(fields.at(1))};
}

void TestKnownHosts::write(const QString &path, const QStringList &lines) const
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write((lines.join(u'\n') + u'\n').toUtf8());
}

void TestKnownHosts::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(makeKey(file(u"a"_s)));
    QVERIFY(makeKey(file(u"b"_s)));
    QVERIFY(makeKey(file(u"r"_s), u"rsa"_s));
    QVERIFY(makeKey(file(u"e"_s), u"ecdsa"_s));
}

void TestKnownHosts::fingerprintMatchesSshKeygen_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("ed25519") << u"a"_s;
    QTest::newRow("rsa") << u"r"_s;
    QTest::newRow("ecdsa") << u"e"_s;
}

void TestKnownHosts::fingerprintMatchesSshKeygen()
{
    QFETCH(QString, name);
    const QString expected = keygenFingerprint(file(name + u".pub"_s));
    QVERIFY(expected.startsWith(u"SHA256:"_s));
    QCOMPARE(key(name, u"h"_s).fingerprint(), expected);
}

void TestKnownHosts::hostNames()
{
    QCOMPARE(KnownHosts::hostName(u"10.0.0.1"_s, 22), u"10.0.0.1"_s);
    QCOMPARE(KnownHosts::hostName(u"10.0.0.1"_s, 0), u"10.0.0.1"_s);
    QCOMPARE(KnownHosts::hostName(u"127.0.0.1"_s, 2222), u"[127.0.0.1]:2222"_s);
}

void TestKnownHosts::checkStatuses()
{
    const QString user = file(u"check_user"_s), app = file(u"check_app"_s);
    KnownHosts store(user, app, file(u"absent_global"_s));
    const HostKey a = key(u"a"_s, u"[127.0.0.1]:2200"_s);
    QVERIFY(store.check(a).status == KnownHosts::Status::Unknown);
    QVERIFY(store.add(a));
    QVERIFY(store.check(a).status == KnownHosts::Status::Known);
    QVERIFY(QFile::exists(app) && !QFile::exists(user));

    const HostKey b = key(u"b"_s, a.hostName);
    const KnownHosts::Check changed = store.check(b);
    QVERIFY(changed.status == KnownHosts::Status::Changed);
    QCOMPARE(changed.knownFingerprints(), QStringList{a.fingerprint()});
    QVERIFY(store.check(key(u"r"_s, a.hostName)).status == KnownHosts::Status::TypeChanged);
    // Another port is another host.
    QVERIFY(store.check(key(u"b"_s, u"[127.0.0.1]:2201"_s)).status == KnownHosts::Status::Unknown);
}

void TestKnownHosts::hashedPatternsAndMarkers()
{
    const QString user = file(u"hashed_user"_s);
    const HostKey a = key(u"a"_s, u"[127.0.0.1]:2300"_s);
    write(user, {a.knownHostsLine()});
    QVERIFY(runTool(u"ssh-keygen"_s, {u"-H"_s, u"-f"_s, user}).ok());
    QFile hashed(user);
    QVERIFY(hashed.open(QIODevice::ReadOnly));
    QVERIFY(hashed.readAll().startsWith("|1|"));
    KnownHosts store(user, {});
    QVERIFY(store.check(a).status == KnownHosts::Status::Known);
    QVERIFY(store.find(a.hostName).first().hashed);

    const QString patterns = file(u"patterns"_s);
    const HostKey b = key(u"b"_s, u"node1.example.com"_s);
    write(patterns,
          {u"# comment"_s, u"*.example.com,!bad.example.com "_s + b.type + u' ' + b.base64,
           u"@cert-authority * "_s + a.type + u' ' + a.base64});
    KnownHosts patternStore(patterns, {});
    QVERIFY(patternStore.check(b).status == KnownHosts::Status::Known);
    QVERIFY(patternStore.find(b.hostName).first().byPattern);
    QVERIFY(patternStore.check(key(u"b"_s, u"bad.example.com"_s)).status
            == KnownHosts::Status::Unknown);
    QVERIFY(patternStore.check(key(u"a"_s, u"x.example.org"_s)).status
            == KnownHosts::Status::Unknown);

    write(patterns, {b.knownHostsLine(), u"@revoked * "_s + b.type + u' ' + b.base64});
    QVERIFY(patternStore.check(b).status == KnownHosts::Status::Revoked);
}

void TestKnownHosts::removeKeepsOtherLines()
{
    const QString user = file(u"remove_user"_s), app = file(u"remove_app"_s);
    const HostKey a = key(u"a"_s, u"[127.0.0.1]:2400"_s);
    const HostKey other = key(u"b"_s, u"other.example.com"_s);
    write(user, {a.knownHostsLine(), other.knownHostsLine()});
    QVERIFY(runTool(u"ssh-keygen"_s, {u"-H"_s, u"-f"_s, user}).ok());
    write(app, {u"# kept"_s, a.knownHostsLine(), u"*.example.com "_s + a.type + u' ' + a.base64});
    KnownHosts store(user, app);
    QCOMPARE(store.remove(a.hostName), 2);
    QVERIFY(store.check(a).status == KnownHosts::Status::Unknown);
    // Both files still parse for OpenSSH, and the other host is intact.
    QVERIFY(runTool(u"ssh-keygen"_s, {u"-F"_s, other.hostName, u"-f"_s, user}).ok());
    QVERIFY(!runTool(u"ssh-keygen"_s, {u"-F"_s, a.hostName, u"-f"_s, user}).ok());
    QVERIFY(runTool(u"ssh-keygen"_s, {u"-F"_s, u"x.example.com"_s, u"-f"_s, app}).ok());
    QFile kept(app);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QVERIFY(kept.readAll().startsWith("# kept\n"));
}

void TestKnownHosts::replaceTrustsTheNewKey()
{
    const QString user = file(u"replace_user"_s), app = file(u"replace_app"_s);
    const HostKey oldKey = key(u"a"_s, u"[127.0.0.1]:2500"_s);
    const HostKey newKey = key(u"b"_s, oldKey.hostName);
    write(user, {oldKey.knownHostsLine()});
    QVERIFY(runTool(u"ssh-keygen"_s, {u"-H"_s, u"-f"_s, user}).ok());
    write(app, {oldKey.knownHostsLine()});
    KnownHosts store(user, app);
    QVERIFY(store.check(newKey).status == KnownHosts::Status::Changed);
    QString error;
    QVERIFY2(store.replace(newKey, &error), qPrintable(error));
    QVERIFY(store.check(newKey).status == KnownHosts::Status::Known);
    QCOMPARE(store.find(newKey.hostName).size(), 1);
    const ToolResult found = runTool(u"ssh-keygen"_s, {u"-F"_s, newKey.hostName, u"-f"_s, app});
    QVERIFY(found.ok());
    QVERIFY(found.out.contains(newKey.base64.toLatin1()));
}

QTEST_GUILESS_MAIN(TestKnownHosts)
#include "tst_knownhosts.moc"
