// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "validation/finding.h"
#include "validation/rule.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Clusterwright;
using namespace Qt::StringLiterals;

namespace {

const QString kBegin = u"<!-- rules:begin -->"_s;
const QString kEnd = u"<!-- rules:end -->"_s;

QString docsPath()
{
    return QStringLiteral(CW_SOURCE_DIR) + u"/docs/rules.md"_s;
}

// The generated part of docs/rules.md, from the RuleInfo texts.
QString generatedRulesSection()
{
    QString out = kBegin + u"\n\n| Rule | Severity | Title |\n|---|---|---|\n"_s;
    for (const RuleInfo &r : allRules())
        out += u"| [%1](#%2) | %3 | %4 |\n"_s.arg(r.id, r.id.toLower(), toString(r.severity),
                                                  r.title);
    for (const RuleInfo &r : allRules()) {
        out += u"\n### %1\n\n**%2** (%3)\n\n- **Checks:** %4\n- **Why:** %5\n- **Fix:** %6\n"_s.arg(
            r.id, r.title, toString(r.severity), r.checks, r.why, r.fix);
    }
    return out + u"\n"_s + kEnd;
}

} // namespace

class TstRuleRegistry : public QObject
{
    Q_OBJECT

private slots:
    void idsAreSortedUniqueAndDocumented();
    void findRuleFindsEveryRule();
    void severitySpellings_data();
    void severitySpellings();
    void docsListEveryRule();
};

void TstRuleRegistry::idsAreSortedUniqueAndDocumented()
{
    const QList<RuleInfo> &rules = allRules();
    QVERIFY(rules.size() >= 50);
    static const QRegularExpression idShape(u"^(NAME|NET|ETCD|CP|LB|STOR|SSH|FD)\\d{3}$"_s);
    QSet<QString> seen;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const RuleInfo &r = rules[i];
        QVERIFY2(idShape.match(r.id).hasMatch(), qPrintable(r.id));
        QVERIFY2(!seen.contains(r.id), qPrintable(u"duplicate "_s + r.id));
        seen.insert(r.id);
        if (i > 0)
            QVERIFY(rules[i - 1].id < r.id);
        for (const QString *text : {&r.title, &r.checks, &r.why, &r.fix})
            QVERIFY2(!text->trimmed().isEmpty(), qPrintable(r.id));
        QVERIFY2(!r.title.endsWith(u'.'), qPrintable(r.id + u": a title is not a sentence"_s));
        for (const QString *text : {&r.checks, &r.why, &r.fix})
            QVERIFY2(text->endsWith(u'.') || text->endsWith(u')'),
                     qPrintable(r.id + u": "_s + *text));
    }
}

void TstRuleRegistry::findRuleFindsEveryRule()
{
    for (const RuleInfo &r : allRules()) {
        const RuleInfo *found = findRule(r.id);
        QVERIFY(found);
        QCOMPARE(found->id, r.id);
    }
    QVERIFY(!findRule(u"NET999"_s));
    QVERIFY(!findRule(QString()));
}

void TstRuleRegistry::severitySpellings_data()
{
    QTest::addColumn<int>("severity");
    QTest::addColumn<QString>("text");
    QTest::newRow("info") << int(Severity::Info) << u"info"_s;
    QTest::newRow("warning") << int(Severity::Warning) << u"warning"_s;
    QTest::newRow("error") << int(Severity::Error) << u"error"_s;
}

void TstRuleRegistry::severitySpellings()
{
    QFETCH(int, severity);
    QFETCH(QString, text);
    QCOMPARE(toString(Severity(severity)), text);
    QVERIFY(severityFromString(text) == Severity(severity));
    QVERIFY(!severityFromString(text.toUpper()));
    QVERIFY(!severityFromString(u"fatal"_s));
}

// Set CW_UPDATE_RULES_DOC=1 to rewrite the generated part after editing a rule text.
void TstRuleRegistry::docsListEveryRule()
{
    QFile file(docsPath());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(docsPath()));
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    qsizetype begin = text.indexOf(kBegin);
    qsizetype end = text.indexOf(kEnd);
    QVERIFY2(begin >= 0 && end > begin, "docs/rules.md lost its generated-section markers");
    const QString generated = generatedRulesSection();
    if (qEnvironmentVariableIsSet("CW_UPDATE_RULES_DOC")) {
        text.replace(begin, end + kEnd.size() - begin, generated);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.toUtf8());
        file.close();
        end = text.indexOf(kEnd);
    }
    for (const RuleInfo &r : allRules())
        QVERIFY2(text.contains(u"\n### "_s + r.id + u'\n'),
                 qPrintable(r.id + u" is not in docs/rules.md"_s));
    QVERIFY2(text.mid(begin, end + kEnd.size() - begin) == generated,
             "docs/rules.md is out of date: run tst_ruleregistry with CW_UPDATE_RULES_DOC=1");
}

QTEST_GUILESS_MAIN(TstRuleRegistry)
#include "tst_ruleregistry.moc"
