// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// `clusterwright deploy` end to end: the real executable, run inside a
// loopback-only network namespace with its own HOME, against fake cluster
// hosts its ~/.ssh/config leads it to (tests/support/fakecluster.h). The
// design file is never changed; its addresses cannot be reached from there.
#include "fakecluster.h"
#include "sshtestutil.h"

#include "format/topologyformat.h"
#include "model/topology.h"

#include <QCryptographicHash>
#include <QDirIterator>

using namespace Clusterwright;
using namespace Clusterwright::Test;
using namespace Qt::StringLiterals;

namespace {

QString designPath(const QString &name)
{
    if (name.endsWith(u"-valid"_s))
        return QStringLiteral(CW_TEST_DATA_DIR "/deploy/") + name + u".cw.yaml"_s;
    return QStringLiteral(CW_EXAMPLES_DIR "/") + name + u".cw.yaml"_s;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A copy of a design in a directory of its own (the CLI writes
// <design>.deploy/ beside it), its fake cluster and a HOME for the CLI.
struct Stage
{
    QTemporaryDir dir;
    FakeCluster cluster;
    QString design;
    QByteArray original;

    QString home() const { return dir.filePath(u"home"_s); }
    QString outputDir() const
    {
        return design.chopped(QByteArrayView(FileSuffix).size()) + u".deploy"_s;
    }
};

QString outputOf(const HeadlessRun &run)
{
    return run.out + run.err;
}

} // namespace

class TstDeployCliE2e : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seedDeploysThroughTheBastion();
    void unknownHostKeyIsRefusedUnlessAccepted();
    void changedHostKeyIsRefusedWithBothFingerprints();
    void wrongKeyIsAClearAuthError();

private:
    bool stage(Stage *s, const QString &name, const QString &key);
    HeadlessRun deploy(Stage &s, const QStringList &extra = {});
    void checkNoSecrets(Stage &s, const HeadlessRun &run);

    SshClientSide m_client;
    Stage m_gentoo; // shared by the host key tests, in order
};

void TstDeployCliE2e::initTestCase()
{
    CW_REQUIRE_SSHD(true);
    QVERIFY(m_client.isValid());
    QVERIFY(QFile::exists(QStringLiteral(CW_BINARY_DIR "/gui/clusterwright")));
}

bool TstDeployCliE2e::stage(Stage *s, const QString &name, const QString &key)
{
    const LoadResult loaded = loadTopologyFile(designPath(name));
    if (!loaded.ok())
        return false;
    s->design = s->dir.filePath(name + u".cw.yaml"_s);
    s->original = fileBytes(designPath(name));
    QFile copy(s->design);
    if (!copy.open(QIODevice::WriteOnly) || copy.write(s->original) != s->original.size())
        return false;
    copy.close();
    if (!s->cluster.start(*loaded.topology, m_client.key() + u".pub"_s)) {
        qWarning("%s", qPrintable(s->cluster.errorString()));
        return false;
    }
    return s->cluster.prepareHome(s->home(), key);
}

HeadlessRun TstDeployCliE2e::deploy(Stage &s, const QStringList &extra)
{
    return s.cluster.runClusterwright(QStringList{u"deploy"_s, s.design, u"--yes"_s} + extra,
                                      s.dir.path(), s.home(), 90000);
}

void TstDeployCliE2e::checkNoSecrets(Stage &s, const HeadlessRun &run)
{
    const QStringList secrets = s.cluster.secrets();
    QVERIFY(!secrets.isEmpty());
    for (const QString &secret : secrets)
        QVERIFY2(!outputOf(run).contains(secret), "the CLI printed a secret");
    QDirIterator files(s.outputDir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int checked = 0;
    while (files.hasNext()) {
        const QString path = files.next();
        if (path.endsWith(u"/admin.kubeconfig"_s))
            continue;
        const QByteArray content = fileBytes(path);
        for (const QString &secret : secrets)
            QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(path + u" leaks a secret"_s));
        ++checked;
    }
    QVERIFY(checked > 0);
}

void TstDeployCliE2e::seedDeploysThroughTheBastion()
{
    Stage s;
    QVERIFY(stage(&s, u"seichi-onp-k8s"_s, m_client.key()));
    const HeadlessRun run = deploy(s, {u"--accept-new-host-keys"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(outputOf(run)));
    QCOMPARE(fileBytes(s.design), s.original);
    // Plain lines when not on a terminal: no carriage-return progress bar.
    QVERIFY(!run.out.contains(u'\r'));
    QCOMPARE(s.cluster.kubeadmInits(u"cp-1"_s).size(), 1);
    QCOMPARE(s.cluster.registeredNodes().size(), 6);
    QCOMPARE(s.cluster.etcdMembers().size(), 3);
    const QStringList journals = QDir(s.outputDir()).entryList({u"journal-*.jsonl"_s}, QDir::Files);
    QCOMPARE(journals.size(), 1);
    QFile kubeconfig(s.outputDir() + u"/admin.kubeconfig"_s);
    QVERIFY(kubeconfig.exists());
    const QFileDevice::Permissions everyone = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                              | QFile::ReadGroup | QFile::WriteGroup
                                              | QFile::ExeGroup | QFile::ReadOther
                                              | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(kubeconfig.permissions() & everyone, QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(fileBytes(kubeconfig.fileName()),
             s.cluster.readOnHost(u"cp-1"_s, u"/etc/kubernetes/admin.conf"_s));
    checkNoSecrets(s, run);
    // Only the bastion was connected to directly (its own steps' session and
    // the one carrying the tunnels); the others live in a namespace only the
    // bastion reaches, so their steps ran through its tunnels.
    QCOMPARE(s.cluster.sshd(u"bastion"_s).log().count(u"Accepted publickey for admin"_s), 2);

    // A second run finds everything done and changes nothing.
    const HeadlessRun again = deploy(s, {u"--resume"_s});
    QVERIFY2(again.exitCode == 0, qPrintable(outputOf(again)));
    QCOMPARE(s.cluster.kubeadmInits().size(), 1);
    QCOMPARE(s.cluster.started(u"kubeadm"_s, u"join"_s).size(), 5);
}

void TstDeployCliE2e::unknownHostKeyIsRefusedUnlessAccepted()
{
    QVERIFY(stage(&m_gentoo, u"gentoo-keepalived-valid"_s, m_client.key()));
    const HeadlessRun refused = deploy(m_gentoo);
    QVERIFY(refused.exitCode != 0);
    QVERIFY2(refused.exitCode > 0, "did not finish in time or crashed");
    const QString text = outputOf(refused);
    QVERIFY2(text.contains(u"k8s-1"_s) || text.contains(u"10.118.12."_s), qPrintable(text));
    QVERIFY2(text.contains(u"accept-new-host-keys"_s)
                 || text.contains(u"unknown"_s, Qt::CaseInsensitive),
             qPrintable(text));
    // Refused before anything ran on any host.
    QCOMPARE(m_gentoo.cluster.calls().size(), 0);

    const HeadlessRun accepted = deploy(m_gentoo, {u"--accept-new-host-keys"_s});
    QVERIFY2(accepted.exitCode == 0, qPrintable(outputOf(accepted)));
    QCOMPARE(m_gentoo.cluster.registeredNodes().size(), 3);
    QCOMPARE(fileBytes(m_gentoo.design), m_gentoo.original);
    checkNoSecrets(m_gentoo, accepted);
}

void TstDeployCliE2e::changedHostKeyIsRefusedWithBothFingerprints()
{
    if (m_gentoo.cluster.nodes().isEmpty())
        QSKIP("needs the cluster deployed by the previous test");
    SshdFixture &sshd = m_gentoo.cluster.sshd(u"k8s-2"_s);
    const QString before = sshd.hostKeyFingerprint();
    QVERIFY(sshd.regenerateHostKeys({u"ed25519"_s})); // the VM was re-created
    QVERIFY(sshd.restart());
    const QString after = sshd.hostKeyFingerprint();
    QVERIFY(before != after);
    const qsizetype callsBefore = m_gentoo.cluster.calls().size();
    // Even with --accept-new-host-keys: a changed key is never accepted.
    const HeadlessRun refused = deploy(m_gentoo, {u"--accept-new-host-keys"_s, u"--resume"_s});
    QVERIFY(refused.exitCode > 0);
    const QString text = outputOf(refused);
    QVERIFY2(text.contains(before) && text.contains(after), qPrintable(text));
    QVERIFY2(text.contains(u"k8s-2"_s) || text.contains(u"10.118.12."_s), qPrintable(text));
    // Nothing ran on the re-created machine.
    for (const FakeCall &call : m_gentoo.cluster.calls().mid(callsBefore))
        QVERIFY2(call.host != u"k8s-2"_s, qPrintable(call.tool));

    // "This machine was re-created, replace the key": then the deploy goes on.
    const HeadlessRun replaced
        = deploy(m_gentoo, {u"--replace-host-key"_s, u"k8s-2"_s, u"--resume"_s});
    QVERIFY2(replaced.exitCode == 0, qPrintable(outputOf(replaced)));
    QCOMPARE(m_gentoo.cluster.kubeadmInits().size(), 1);
}

void TstDeployCliE2e::wrongKeyIsAClearAuthError()
{
    if (m_gentoo.cluster.nodes().isEmpty())
        QSKIP("needs the cluster of the previous tests");
    const QString stranger = m_gentoo.dir.filePath(u"stranger_ed25519"_s);
    QVERIFY(makeKey(stranger));
    const QString home = m_gentoo.dir.filePath(u"stranger-home"_s);
    QVERIFY(m_gentoo.cluster.prepareHome(home, stranger));
    const qsizetype callsBefore = m_gentoo.cluster.calls().size();
    const HeadlessRun run = m_gentoo.cluster.runClusterwright(
        {u"deploy"_s, m_gentoo.design, u"--yes"_s, u"--accept-new-host-keys"_s},
        m_gentoo.dir.path(), home, 90000);
    QVERIFY(run.exitCode > 0);
    const QString text = outputOf(run);
    QVERIFY2(text.contains(u"auth"_s, Qt::CaseInsensitive), qPrintable(text));
    QVERIFY2(text.contains(u"root@"_s), qPrintable(text));
    QCOMPARE(m_gentoo.cluster.calls().size(), callsBefore);
}

QTEST_GUILESS_MAIN(TstDeployCliE2e)
#include "tst_deploycli_e2e.moc"
