// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "cli/reportformats.h"

#include "validation/rule.h"

#include <QCryptographicHash>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QUrl>

namespace Clusterwright {

using namespace Qt::StringLiterals;

namespace {

QString kindName(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Host:
        return u"host"_s;
    case ObjectKind::Network:
        return u"network"_s;
    case ObjectKind::Node:
        return u"node"_s;
    case ObjectKind::Vip:
        return u"vip"_s;
    case ObjectKind::Storage:
        return u"storage"_s;
    }
    return {};
}

QString sarifLevel(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return u"error"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Info:
        return u"note"_s;
    }
    return {};
}

QString diagnosticSeverity(const Diagnostic &d)
{
    return d.severity == Diagnostic::Severity::Error ? u"error"_s : u"warning"_s;
}

QString where(const QString &path, const SourceLocation &location)
{
    if (!location.isValid())
        return path;
    // Multi-arg: a file named "a%1.cw.yaml" must stay as it is.
    if (location.column <= 0)
        return QStringLiteral("%1:%2").arg(path, QString::number(location.line));
    return QStringLiteral("%1:%2:%3")
        .arg(path, QString::number(location.line), QString::number(location.column));
}

QString toleranceCell(int value)
{
    return value < 0 ? u"-"_s : QString::number(value);
}

QJsonValue locationJson(const SourceLocation &location)
{
    if (!location.isValid())
        return QJsonValue::Null;
    return QJsonObject{{u"line"_s, location.line}, {u"column"_s, location.column}};
}

QJsonObject findingJson(const Finding &finding)
{
    QJsonArray objects;
    for (const ObjectRef &ref : finding.objects) {
        objects.append(QJsonObject{
            {u"kind"_s, kindName(ref.kind)}, {u"name"_s, ref.name}, {u"index"_s, ref.index}});
    }
    QJsonArray fix;
    for (const FieldEdit &edit : finding.fix)
        fix.append(QJsonObject{{u"path"_s, edit.path}, {u"value"_s, edit.value}});
    return QJsonObject{
        {u"ruleId"_s, finding.ruleId},   {u"severity"_s, toString(finding.severity)},
        {u"message"_s, finding.message}, {u"suggestion"_s, finding.suggestion},
        {u"path"_s, finding.path},       {u"location"_s, locationJson(finding.location)},
        {u"objects"_s, objects},         {u"fix"_s, fix},
    };
}

QJsonObject faultToleranceJson(const FaultToleranceSummary &summary)
{
    QJsonArray components;
    for (const Tolerance &t : summary.components) {
        components.append(QJsonObject{
            {u"component"_s, t.component},
            {u"detail"_s, t.detail},
            {u"nodeFailures"_s, t.nodeFailures},
            {u"hostFailures"_s, t.hostFailures},
            {u"singlePointsOfFailure"_s, QJsonArray::fromStringList(t.singlePointsOfFailure)},
        });
    }
    return QJsonObject{{u"etcdMembers"_s, summary.etcdMembers},
                       {u"etcdQuorum"_s, summary.etcdQuorum},
                       {u"components"_s, components}};
}

// A SARIF artifact location is a URI: relative paths stay relative to the
// checkout (%SRCROOT%); absolute ones become file URIs with no base.
QJsonObject artifactLocation(const QString &path)
{
    const QString clean = QDir::fromNativeSeparators(path);
    if (QDir::isAbsolutePath(clean))
        return {{u"uri"_s, QString::fromUtf8(QUrl::fromLocalFile(clean).toEncoded())}};
    return {{u"uri"_s, QString::fromLatin1(QUrl::toPercentEncoding(clean, "/"))},
            {u"uriBaseId"_s, u"%SRCROOT%"_s}};
}

QJsonObject physicalLocation(const QString &path, const SourceLocation &location)
{
    QJsonObject physical{{u"artifactLocation"_s, artifactLocation(path)}};
    if (location.isValid()) {
        QJsonObject region{{u"startLine"_s, location.line}};
        if (location.column > 0)
            region.insert(u"startColumn"_s, location.column);
        physical.insert(u"region"_s, region);
    }
    return physical;
}

QJsonObject sarifRule(const RuleInfo &rule)
{
    const QString help = QStringLiteral("%1\n\nWhy it matters: %2\n\nHow to fix: %3")
                             .arg(rule.checks, rule.why, rule.fix);
    const QString markdown = QStringLiteral("**%1** %2\n\n%3\n\n**Why it matters:** %4\n\n"
                                            "**How to fix:** %5")
                                 .arg(rule.id, rule.title, rule.checks, rule.why, rule.fix);
    return QJsonObject{
        {u"id"_s, rule.id},
        {u"shortDescription"_s, QJsonObject{{u"text"_s, rule.title}}},
        {u"fullDescription"_s, QJsonObject{{u"text"_s, rule.checks}}},
        {u"help"_s, QJsonObject{{u"text"_s, help}, {u"markdown"_s, markdown}}},
        {u"defaultConfiguration"_s, QJsonObject{{u"level"_s, sarifLevel(rule.severity)}}},
    };
}

// Stable across line moves, so code scanning keeps one alert per problem.
QString fingerprint(const QString &path, const Finding &finding)
{
    QStringList parts{path, finding.ruleId, finding.path};
    for (const ObjectRef &ref : finding.objects)
        parts << kindName(ref.kind) + u':' + ref.name;
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(u'\n').toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(32));
}

} // namespace

void writeFaultToleranceText(QTextStream &out, const FaultToleranceSummary &summary)
{
    qsizetype width = 9; // "component"
    for (const Tolerance &t : summary.components)
        width = std::max(width, t.component.size());
    out << "fault tolerance (failures survived, worst case):\n"
        << "  " << u"component"_s.leftJustified(width) << "  nodes  hosts  detail\n";
    QStringList singlePoints;
    for (const Tolerance &t : summary.components) {
        out << "  " << t.component.leftJustified(width) << "  "
            << toleranceCell(t.nodeFailures).rightJustified(5) << "  "
            << toleranceCell(t.hostFailures).rightJustified(5) << "  " << t.detail << '\n';
        if (!t.singlePointsOfFailure.isEmpty())
            singlePoints << t.component + u": "_s + t.singlePointsOfFailure.join(u", ");
    }
    if (singlePoints.isEmpty()) {
        out << "no single point of failure\n";
    } else {
        out << "single points of failure:\n";
        for (const QString &line : std::as_const(singlePoints))
            out << "  " << line << '\n';
    }
}

void writeTextReport(QTextStream &out, const FileValidation &file)
{
    for (const Finding &finding : file.report.findings) {
        out << where(file.path, finding.location) << ": " << toString(finding.severity) << ' '
            << finding.ruleId << ": " << finding.message << '\n';
        if (!finding.suggestion.isEmpty())
            out << "  suggestion: " << finding.suggestion << '\n';
    }
    out << file.path << ": ";
    writeFaultToleranceText(out, file.report.faultTolerance);
    const int errors = file.report.count(Severity::Error);
    const int warnings = file.report.count(Severity::Warning);
    out << file.path << ": " << errors << (errors == 1 ? " error, " : " errors, ") << warnings
        << (warnings == 1 ? " warning, " : " warnings, ") << file.report.count(Severity::Info)
        << " info\n";
}

QByteArray jsonReport(const QList<FileValidation> &files, Severity threshold, int exitCode)
{
    QJsonArray fileArray;
    for (const FileValidation &file : files) {
        QJsonArray diagnostics;
        for (const Diagnostic &d : file.diagnostics) {
            QJsonObject entry{{u"severity"_s, diagnosticSeverity(d)}, {u"message"_s, d.message}};
            entry.insert(u"location"_s, locationJson(d.location));
            diagnostics.append(entry);
        }
        QJsonObject entry{{u"path"_s, file.path},
                          {u"status"_s, file.loaded ? u"validated"_s : u"unreadable"_s},
                          {u"diagnostics"_s, diagnostics}};
        if (file.loaded) {
            QJsonArray findings;
            for (const Finding &finding : file.report.findings)
                findings.append(findingJson(finding));
            entry.insert(u"counts"_s,
                         QJsonObject{{u"error"_s, file.report.count(Severity::Error)},
                                     {u"warning"_s, file.report.count(Severity::Warning)},
                                     {u"info"_s, file.report.count(Severity::Info)}});
            entry.insert(u"findings"_s, findings);
            entry.insert(u"faultTolerance"_s, faultToleranceJson(file.report.faultTolerance));
        } else {
            entry.insert(u"counts"_s, QJsonValue::Null);
            entry.insert(u"findings"_s, QJsonArray());
            entry.insert(u"faultTolerance"_s, QJsonValue::Null);
        }
        fileArray.append(entry);
    }
    const QJsonObject root{
        {u"schemaVersion"_s, 1},
        {u"tool"_s,
         QJsonObject{{u"name"_s, u"clusterwright"_s}, {u"version"_s, QStringLiteral(CW_VERSION)}}},
        {u"severityThreshold"_s, toString(threshold)},
        {u"exitCode"_s, exitCode},
        {u"files"_s, fileArray},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray sarifReport(const QList<FileValidation> &files)
{
    const QList<RuleInfo> &rules = allRules();
    QJsonArray ruleArray;
    QHash<QString, int> ruleIndex;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        ruleArray.append(sarifRule(rules[i]));
        ruleIndex.insert(rules[i].id, int(i));
    }

    QJsonArray results;
    QJsonArray notifications;
    bool allLoaded = true;
    for (const FileValidation &file : files) {
        allLoaded = allLoaded && file.loaded;
        for (const Diagnostic &d : file.diagnostics) {
            notifications.append(QJsonObject{
                {u"level"_s, diagnosticSeverity(d)},
                {u"message"_s, QJsonObject{{u"text"_s, d.message}}},
                {u"locations"_s,
                 QJsonArray{QJsonObject{
                     {u"physicalLocation"_s, physicalLocation(file.path, d.location)}}}},
            });
        }
        for (const Finding &finding : file.report.findings) {
            QString text = finding.message;
            if (!finding.suggestion.isEmpty())
                text += u"\nSuggestion: "_s + finding.suggestion;
            QJsonObject result{
                {u"ruleId"_s, finding.ruleId},
                {u"level"_s, sarifLevel(finding.severity)},
                {u"message"_s, QJsonObject{{u"text"_s, text}}},
                {u"locations"_s,
                 QJsonArray{QJsonObject{
                     {u"physicalLocation"_s, physicalLocation(file.path, finding.location)}}}},
                {u"partialFingerprints"_s,
                 QJsonObject{{u"clusterwrightFinding/v1"_s, fingerprint(file.path, finding)}}},
            };
            if (ruleIndex.contains(finding.ruleId))
                result.insert(u"ruleIndex"_s, ruleIndex.value(finding.ruleId));
            if (!finding.path.isEmpty())
                result.insert(u"properties"_s, QJsonObject{{u"path"_s, finding.path}});
            results.append(result);
        }
    }

    const QJsonObject driver{
        {u"name"_s, u"clusterwright"_s},
        {u"version"_s, QStringLiteral(CW_VERSION)},
        {u"semanticVersion"_s, QStringLiteral(CW_VERSION)},
        {u"rules"_s, ruleArray},
    };
    const QJsonObject run{
        {u"tool"_s, QJsonObject{{u"driver"_s, driver}}},
        {u"invocations"_s,
         QJsonArray{QJsonObject{{u"executionSuccessful"_s, allLoaded},
                                {u"toolExecutionNotifications"_s, notifications}}}},
        {u"results"_s, results},
    };
    const QJsonObject root{
        {u"$schema"_s, u"https://json.schemastore.org/sarif-2.1.0.json"_s},
        {u"version"_s, u"2.1.0"_s},
        {u"runs"_s, QJsonArray{run}},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace Clusterwright
