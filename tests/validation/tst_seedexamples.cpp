// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "format/topologyformat.h"
#include "validation/validator.h"

#include <QDir>
#include <QTest>

using namespace Clusterwright;
using namespace Qt::StringLiterals;

// The seed examples are drawn as their seeds built them, flaws included; this
// pins which rule findings each one deserves (docs/rules.md, "The seed examples").
class TstSeedExamples : public QObject
{
    Q_OBJECT

private slots:
    void everyExampleIsListed();
    void findings_data();
    void findings();
};

namespace {

struct Expected
{
    const char *file;
    QStringList findings; // "RULE path", sorted as the validator sorts
};

const QList<Expected> &expectations()
{
    static const QList<Expected> list{
        // Seed 000: three control planes on three Proxmox hosts, API VIP and NAS on the
        // storage network every node has a leg on. Nothing for these rules.
        {"seichi-onp-k8s.cw.yaml", {}},
        // Seed 001: the internal network's gateway is the wan router, outside its own
        // /24 (as the seed routes it); the keepalived external VIPs sit on wan,
        // where no node has an interface in the design.
        {"gentoo-keepalived.cw.yaml",
         {u"LB001 vips[1].network"_s, u"NET007 networks[2].gateway"_s}},
        // Seed 002: one machine that is control plane, worker and external etcd.
        {"coreos-flannel.cw.yaml", {}},
        // Seed 003: one controller, three workers holding an EC 2+1 pool.
        {"k0s-ceph-homelab.cw.yaml", {}},
    };
    return list;
}

} // namespace

void TstSeedExamples::everyExampleIsListed()
{
    const QStringList files = QDir(QStringLiteral(CW_EXAMPLES_DIR))
                                  .entryList({u"*.cw.yaml"_s}, QDir::Files, QDir::Name);
    QStringList listed;
    for (const Expected &e : expectations())
        listed << QString::fromLatin1(e.file);
    listed.sort();
    QCOMPARE(files, listed);
}

void TstSeedExamples::findings_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected");
    for (const Expected &e : expectations())
        QTest::newRow(e.file) << QString::fromLatin1(e.file) << e.findings;
}

void TstSeedExamples::findings()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    const LoadResult loaded = loadTopologyFile(QStringLiteral(CW_EXAMPLES_DIR) + u'/' + file);
    QVERIFY2(loaded.ok(), qPrintable(file));
    const ValidationReport report = validateTopology(*loaded.topology, &loaded.sourceMap);
    QStringList actual;
    QStringList details;
    for (const Finding &f : report.findings) {
        if (f.ruleId.startsWith(u"FD"_s))
            continue; // failure domains are pinned by tst_faulttolerance
        actual << f.ruleId + u' ' + f.path;
        details << u"%1 %2 line %3: %4 [%5]"_s.arg(f.ruleId, f.path)
                       .arg(f.location.line)
                       .arg(f.message, f.suggestion);
        QVERIFY2(f.location.isValid(), qPrintable(f.path + u" has no location"_s));
    }
    QVERIFY2(actual == expected, qPrintable(u"\n"_s + details.join(u'\n')));
}

QTEST_GUILESS_MAIN(TstSeedExamples)
#include "tst_seedexamples.moc"
