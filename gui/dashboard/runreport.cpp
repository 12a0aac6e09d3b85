// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "dashboard/runreport.h"

#include "dashboard/runcharts.h"
#include "dashboard/runmodel.h"
#include "model/topology.h"
#include "validation/faulttolerance.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Clusterwright {
namespace {

// Text::tr() for free functions, under one context for lupdate.
struct RunReport
{
    Q_DECLARE_TR_FUNCTIONS(Clusterwright::RunReport)
};
using Text = RunReport;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString failures(int value)
{
    return value < 0 ? Text::tr("n/a") : QString::number(value);
}

// Wide enough to read, narrow enough for A4 portrait inside QTextDocument's 2 cm margins.
constexpr int MaxDiagramWidth = 600;

// The diagram as an <img> with the PNG inline. QTextDocument (Qt 6.4) decodes data: URLs
// itself, so the PDF printed from the same HTML shows the picture too.
QString diagramHtml(const QImage &diagram, const QString &designName)
{
    QByteArray png;
    QBuffer buffer(&png);
    if (!buffer.open(QIODevice::WriteOnly) || !diagram.save(&buffer, "PNG"))
        return {};
    const int width = std::min(MaxDiagramWidth, qRound(diagram.deviceIndependentSize().width()));
    return u"<h2>%1</h2><p><img src=\"data:image/png;base64,%2\" alt=\"%3\" width=\"%4\" "
           "style=\"max-width:100%;height:auto\"></p>"_s.arg(
               esc(Text::tr("Design")), QString::fromLatin1(png.toBase64()),
               esc(Text::tr("Diagram of %1").arg(designName)), QString::number(width));
}

} // namespace

QString runReportHtml(const RunModel &model, const Topology *topology, const QString &designName,
                      const QImage &diagram)
{
    QString h;
    const QString kind
        = model.isRehearsal() ? Text::tr("Rehearsal (simulated machines)") : Text::tr("Deploy");
    h += u"<html><head><meta charset=\"utf-8\"><title>%1</title>"
         "<style>body{font-family:sans-serif} table{border-collapse:collapse} "
         "td,th{border:1px solid #999;padding:3px 8px;text-align:left}</style></head><body>"_s.arg(
             esc(Text::tr("Clusterwright run report")));
    h += u"<h1>%1</h1>"_s.arg(esc(Text::tr("%1 of %2").arg(kind, designName)));
    const auto &result = model.result();
    const QString outcome = result ? toString(result->outcome) : Text::tr("still running");
    h += u"<table>"_s;
    const auto row = [&h](const QString &key, const QString &value) {
        h += u"<tr><th>%1</th><td>%2</td></tr>"_s.arg(esc(key), esc(value));
    };
    row(Text::tr("Run"), model.run().runId);
    row(Text::tr("Outcome"), outcome);
    row(Text::tr("Steps"), Text::tr("%1 of %2 finished, %3 failed")
                               .arg(model.finishedSteps())
                               .arg(model.totalSteps())
                               .arg(model.failedCount()));
    row(Text::tr("Duration"), formatDuration(model.elapsedMs()));
    row(Text::tr("Journal"), model.run().journalPath);
    h += u"</table>"_s;
    if (result && !result->summary.isEmpty())
        h += u"<pre>%1</pre>"_s.arg(esc(result->summary));
    if (!diagram.isNull())
        h += diagramHtml(diagram, designName);

    h += u"<h2>%1</h2><table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>"_s
             .arg(esc(Text::tr("Per-node timings")), esc(Text::tr("Node")), esc(Text::tr("State")),
                  esc(Text::tr("Steps done")), esc(Text::tr("Busy")), esc(Text::tr("Finished at")));
    for (const NodeRecord &n : model.nodes()) {
        qint64 busy = 0;
        for (const StepRecord &s : model.steps()) {
            if (s.node == n.name)
                busy += s.durationMs;
        }
        h += u"<tr><td>%1</td><td>%2</td><td>%3 / %4</td><td>%5</td><td>%6</td></tr>"_s
                 .arg(esc(n.name), esc(toString(n.status)))
                 .arg(n.done)
                 .arg(n.total)
                 .arg(esc(formatDuration(busy)),
                      esc(n.lastEndMs < 0 ? Text::tr("-") : formatDuration(n.lastEndMs)));
    }
    h += u"</table>"_s;

    const QStringList failed = model.failedSteps();
    if (!failed.isEmpty()) {
        h += u"<h2>%1</h2><ul>"_s.arg(esc(Text::tr("Failed steps")));
        for (const QString &id : failed) {
            const StepRecord *s = model.step(id);
            h += u"<li><b>%1</b>: %2</li>"_s.arg(esc(id), esc(s ? s->message : QString()));
        }
        h += u"</ul>"_s;
    }

    if (topology) {
        const FaultToleranceSummary ft = analyzeFaultTolerance(*topology);
        h += u"<h2>%1</h2><table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>"_s
                 .arg(esc(Text::tr("Fault tolerance")), esc(Text::tr("Component")),
                      esc(Text::tr("Detail")), esc(Text::tr("Node failures survived")),
                      esc(Text::tr("Host failures survived")),
                      esc(Text::tr("Single points of failure")));
        for (const Tolerance &t : ft.components) {
            h += u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>"_s.arg(
                esc(t.component), esc(t.detail), failures(t.nodeFailures), failures(t.hostFailures),
                esc(t.singlePointsOfFailure.isEmpty() ? Text::tr("none")
                                                      : t.singlePointsOfFailure.join(u", "_s)));
        }
        h += u"</table>"_s;
    }
    h += u"</body></html>"_s;
    return h;
}

bool writeRunReportHtml(const QString &path, const QString &html, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(html.toUtf8()) < 0 || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool writeRunReportPdf(const QString &path, const QString &html, QString *error)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setTitle(Text::tr("Clusterwright run report"));
    writer.setCreator(u"Clusterwright"_s);
    QTextDocument document;
    document.setHtml(html);
    document.print(&writer);
    QFile check(path);
    if (!check.exists() || check.size() == 0) {
        *error = Text::tr("Cannot write %1").arg(path);
        return false;
    }
    return true;
}

} // namespace Clusterwright
