// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// `clusterwright plan`, `render -o` and deploy's refusals through the real executable,
// headless. Deploy runs themselves are in tst_deployrun (fake cluster hosts).
#include "headlessrun.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Clusterwright;
using namespace Qt::StringLiterals;

namespace {

QString example(const char *name)
{
    return QStringLiteral(CW_EXAMPLES_DIR "/") + QString::fromLatin1(name);
}

} // namespace

class TstDeployCli : public QObject
{
    Q_OBJECT

private slots:
    void planPrintsStepsInOrder();
    void planRefusesWithFindings();
    void renderWritesFilesPerNode();
    void renderNeedsOutputDirectory();
    // `deploy` refusals: each exits before any connection is attempted.
    void deployAsksForConfirmationWithoutTerminal();
    void deployRefusesWithFindings();
    void deployResumeNeedsAJournal();
    void deployRejectsBadParallelism();
};

void TstDeployCli::planPrintsStepsInOrder()
{
    const HeadlessRun run = runClusterwright({u"plan"_s, example("seichi-onp-k8s.cw.yaml")});
    QCOMPARE(run.exitCode, 0);
    const qsizetype init = run.out.indexOf(u"[init] cp-1/init on cp-1"_s);
    const qsizetype join2 = run.out.indexOf(u"[join] cp-2/join on cp-2"_s);
    const qsizetype join3 = run.out.indexOf(u"[join] cp-3/join on cp-3"_s);
    const qsizetype verify = run.out.indexOf(u"[verify] cp-1/verify"_s);
    QVERIFY2(init > 0 && init < join2 && join2 < join3 && join3 < verify, qPrintable(run.out));
    QVERIFY(run.out.contains(u"# 'kubeadm' 'init' '--config=/etc/kubernetes/clusterwright/"
                             "kubeadm-init.yaml' '--upload-certs' "
                             "'--skip-phases=addon/kube-proxy'"_s));
    QVERIFY(run.out.contains(u"(through jump host bastion)"_s));
}

void TstDeployCli::planRefusesWithFindings()
{
    const HeadlessRun run = runClusterwright({u"plan"_s, example("gentoo-keepalived.cw.yaml")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(u"not deployable"_s), qPrintable(run.err));
    QVERIFY(run.err.contains(u"error LB001"_s));
    QVERIFY(run.err.contains(u"error NET007"_s));
}

void TstDeployCli::renderWritesFilesPerNode()
{
    QTemporaryDir dir;
    const HeadlessRun run
        = runClusterwright({u"render"_s, example("seichi-onp-k8s.cw.yaml"), u"-o"_s, dir.path()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(u"wrote "_s));
    for (const char *file :
         {"plan.txt", "cp-1/etc/kubernetes/clusterwright/kubeadm-init.yaml",
          "cp-2/etc/kubernetes/clusterwright/kubeadm-join.yaml",
          "cp-3/etc/keepalived/keepalived.conf",
          "cp-1/etc/kubernetes/clusterwright/metallb-pools.yaml",
          "cp-1/etc/kubernetes/clusterwright/nfs-storageclasses.yaml", "wk-1/steps/01-connect.sh"})
        QVERIFY2(QFileInfo::exists(dir.filePath(QString::fromLatin1(file))), file);
}

void TstDeployCli::renderNeedsOutputDirectory()
{
    const HeadlessRun run = runClusterwright({u"render"_s, example("seichi-onp-k8s.cw.yaml")});
    QCOMPARE(run.exitCode, 64);
    QVERIFY(run.err.contains(u"-o DIR"_s));
}

void TstDeployCli::deployAsksForConfirmationWithoutTerminal()
{
    const HeadlessRun run = runClusterwright({u"deploy"_s, example("seichi-onp-k8s.cw.yaml")});
    QCOMPARE(run.exitCode, 64);
    QVERIFY2(run.err.contains(u"pass --yes to confirm"_s), qPrintable(run.err));
    QVERIFY(!run.out.contains(u"Deploying"_s));
}

void TstDeployCli::deployRefusesWithFindings()
{
    const HeadlessRun run
        = runClusterwright({u"deploy"_s, example("gentoo-keepalived.cw.yaml"), u"--yes"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"not deployable"_s), qPrintable(run.err));
    QVERIFY(run.err.contains(u"error NET007"_s));
}

void TstDeployCli::deployResumeNeedsAJournal()
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"cluster.cw.yaml"_s);
    QVERIFY(QFile::copy(example("seichi-onp-k8s.cw.yaml"), copy));
    const HeadlessRun run = runClusterwright({u"deploy"_s, copy, u"--resume"_s, u"--yes"_s});
    QCOMPARE(run.exitCode, 64);
    QVERIFY2(run.err.contains(u"nothing to resume: no journal in "_s
                              + dir.filePath(u"cluster.deploy"_s)),
             qPrintable(run.err));
}

void TstDeployCli::deployRejectsBadParallelism()
{
    for (const QString &value : {u"0"_s, u"many"_s, u"1001"_s}) {
        const HeadlessRun run = runClusterwright(
            {u"deploy"_s, example("seichi-onp-k8s.cw.yaml"), u"--parallel"_s, value, u"--yes"_s});
        QCOMPARE(run.exitCode, 64);
        QVERIFY2(run.err.contains(u"--parallel needs a number from 1 to 1000"_s),
                 qPrintable(run.err));
    }
}

QTEST_GUILESS_MAIN(TstDeployCli)
#include "tst_deploycli.moc"
