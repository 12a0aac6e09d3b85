// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include <QString>

namespace Clusterwright {

class RunModel;
struct Topology;

// The hand-out after a run: summary, per-node timings, fault tolerance.
QString runReportHtml(const RunModel &model, const Topology *topology, const QString &designName);
bool writeRunReportHtml(const QString &path, const QString &html, QString *error);
bool writeRunReportPdf(const QString &path, const QString &html, QString *error);

} // namespace Clusterwright
