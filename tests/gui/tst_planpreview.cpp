// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// The plan preview's connection page tells how secrets typed during a deploy are kept.
#include "deploy/planpreviewdialog.h"
#include "format/topologyformat.h"

#include <QLabel>
#include <QTabWidget>
#include <QTest>

using namespace Clusterwright;
using namespace Qt::StringLiterals;

class tst_PlanPreview : public QObject
{
    Q_OBJECT

private slots:
    void connectionPageNotesSecrets();
};

void tst_PlanPreview::connectionPageNotesSecrets()
{
    const LoadResult loaded
        = loadTopologyFile(QStringLiteral(CW_EXAMPLES_DIR "/seichi-onp-k8s.cw.yaml"));
    QVERIFY(loaded.ok());
    const PlanResult planned = buildPlan(*loaded.topology);
    QVERIFY(planned.ok());
    PlanPreviewDialog preview(*planned.plan, *loaded.topology, DeployController::Mode::Deploy);
    auto *note = preview.findChild<QLabel *>(u"secretsNote"_s);
    QVERIFY(note);
    QVERIFY(note->text().contains(u"sudo passwords"_s));
    QVERIFY(note->text().contains(u"in memory for this run only"_s));
    QVERIFY(note->text().contains(u"keychain is not available"_s));
    // On the Connection tab, and shown when that tab is.
    auto *tabs = preview.findChild<QTabWidget *>();
    QVERIFY(tabs);
    int connection = -1;
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->tabText(i) == u"Connection"_s)
            connection = i;
    }
    QVERIFY(connection >= 0);
    QVERIFY(tabs->widget(connection)->isAncestorOf(note));
    tabs->setCurrentIndex(connection);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    QVERIFY(note->isVisible());
}

QTEST_MAIN(tst_PlanPreview)
#include "tst_planpreview.moc"
