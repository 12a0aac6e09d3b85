// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include <QImage>
#include <QString>

namespace Clusterwright {

class RunModel;
struct Topology;

// The hand-out after a run: summary, the design's diagram, per-node timings, fault
// tolerance. A non-null `diagram` is embedded as a data: URI PNG, so the one .html file
// is self-contained; a null one leaves the picture out.
QString runReportHtml(const RunModel &model, const Topology *topology, const QString &designName,
                      const QImage &diagram = {});
bool writeRunReportHtml(const QString &path, const QString &html, QString *error);
bool writeRunReportPdf(const QString &path, const QString &html, QString *error);

} // namespace Clusterwright
