// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "format/diagnostic.h"
#include "validation/validator.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QTextStream;

namespace Clusterwright {

// One file given to `validate`: its load diagnostics and, when it loaded, the report.
struct FileValidation
{
    QString path; // as given on the command line
    bool loaded = false;
    QList<Diagnostic> diagnostics;
    ValidationReport report;
};

// Compiler-style finding lines, then the fault-tolerance table and the counts.
void writeTextReport(QTextStream &out, const FileValidation &file);
void writeFaultToleranceText(QTextStream &out, const FaultToleranceSummary &summary);

// docs/validate-json.md describes this document ("schemaVersion": 1).
QByteArray jsonReport(const QList<FileValidation> &files, Severity threshold, int exitCode);

// SARIF 2.1.0, one run, every rule of allRules() in the driver, for code scanning in CI.
QByteArray sarifReport(const QList<FileValidation> &files);

} // namespace Clusterwright
