// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// ReviewPage's words: the title block, the tables and the summaries, from the topology
// and its validation report.
#include "export/reviewpage.h"

#include "validation/faulttolerance.h"
#include "validation/validator.h"

#include <QFileInfo>
#include <QGuiApplication>

namespace Clusterwright {

using namespace Qt::StringLiterals;

namespace {

// More than this many addresses on one network are summarised: the table is for reading.
constexpr int MaxListedAddresses = 12;
constexpr qsizetype MaxDescriptionLength = 360;

QFont tableFont()
{
    QFont font = QGuiApplication::font();
    font.setPointSizeF(font.pointSizeF() * 0.95);
    return font;
}

QString failuresCell(int value)
{
    return value < 0 ? u"—"_s : QString::number(value);
}

} // namespace

void ReviewPage::collectTexts(const Topology &t, const QString &filePath, const QDateTime &when,
                              const ValidationReport &report)
{
    const QString name = t.metadata.name.isEmpty() ? tr("Untitled design") : t.metadata.name;
    const QString file = filePath.isEmpty() ? tr("not saved") : QFileInfo(filePath).fileName();
    const QString date = when.toString(u"yyyy-MM-dd HH:mm t"_s);
    const QString version
        = t.cluster.kubernetesVersion.isEmpty() ? tr("(no version)") : t.cluster.kubernetesVersion;
    m_heading = name;
    m_title = tr("%1 — design review").arg(name);
    m_summary = tr("Design review of %1 (%2), Kubernetes %3, exported %4.")
                    .arg(name, file, version, date);
    m_subtitle
        = QStringList{tr("Design file: %1").arg(file),
                      tr("Kubernetes %1").arg(version),
                      t.nodes.size() == 1 ? tr("1 node") : tr("%n nodes", "", int(t.nodes.size())),
                      t.networks.size() == 1 ? tr("1 network")
                                             : tr("%n networks", "", int(t.networks.size())),
                      t.hosts.size() == 1 ? tr("1 physical host")
                                          : tr("%n physical hosts", "", int(t.hosts.size())),
                      tr("Date: %1").arg(date)}
              .join(u"  ·  "_s);
    m_description = t.metadata.description.simplified();
    if (m_description.size() > MaxDescriptionLength)
        m_description = m_description.left(MaxDescriptionLength - 1).trimmed() + u'…';
    m_emptyDiagram = tr("This design has no objects yet.");
    m_footer = tr("Exported by Clusterwright %1 on %2 from %3")
                   .arg(QStringLiteral(CW_VERSION), date, file);

    m_networks.emplace(QStringList{tr("Network"), tr("CIDR"), tr("VLAN"), tr("Gateway"),
                                   tr("Nodes"), tr("Addresses")},
                       tableFont());
    for (const Network &network : t.networks) {
        QStringList addresses;
        int attached = 0;
        for (const Node &node : t.nodes) {
            bool counted = false;
            for (const Interface &iface : node.interfaces) {
                if (iface.network != network.name)
                    continue;
                if (!counted)
                    ++attached;
                counted = true;
                addresses << node.name + u' ' + (iface.address.isEmpty() ? u"?"_s : iface.address);
            }
        }
        for (const Vip &vip : t.vips) {
            if (vip.network != network.name)
                continue;
            const QString where = vip.purpose == VipPurpose::ApiEndpoint ? vip.address : vip.range;
            addresses << (vip.purpose == VipPurpose::ApiEndpoint ? tr("%1 (API VIP) %2")
                                                                 : tr("%1 (LoadBalancer) %2"))
                             .arg(vip.name, where);
        }
        const qsizetype total = addresses.size();
        if (total > MaxListedAddresses) {
            addresses = addresses.mid(0, MaxListedAddresses - 1);
            addresses << tr("… and %n more", "", int(total - addresses.size()));
        }
        m_networks->addRow({network.name, network.cidr,
                            network.vlan ? QString::number(*network.vlan) : tr("none"),
                            network.gateway.isEmpty() ? tr("none") : network.gateway,
                            QString::number(attached), addresses.join(u", "_s)});
    }

    const FaultToleranceSummary &ft = report.faultTolerance;
    if (ft.etcdMembers > 0) {
        const int n = ft.etcdMembers;
        const int survives = etcdFailureTolerance(n);
        m_etcdLine = tr("etcd: %1, quorum %2: %3")
                         .arg(n == 1 ? tr("1 member") : tr("%n members", "", n))
                         .arg(ft.etcdQuorum)
                         .arg(survives == 0   ? tr("no member may fail.")
                              : survives == 1 ? tr("survives 1 failed member.")
                                              : tr("survives %n failed members.", "", survives));
    } else {
        m_etcdLine = tr("etcd: no etcd members in this design.");
    }
    m_tolerance.emplace(QStringList{tr("Component"), tr("Node failures survived"),
                                    tr("Host failures survived"), tr("Detail")},
                        tableFont());
    QStringList singlePoints;
    for (const Tolerance &c : ft.components) {
        QList<int> weak;
        if (c.nodeFailures == 0)
            weak << 1;
        if (c.hostFailures == 0)
            weak << 2;
        m_tolerance->addRow(
            {c.component, failuresCell(c.nodeFailures), failuresCell(c.hostFailures), c.detail},
            weak);
        if (!c.singlePointsOfFailure.isEmpty())
            singlePoints << tr("%1: %2").arg(c.component, c.singlePointsOfFailure.join(u", "_s));
    }
    m_singlePoints = singlePoints.isEmpty()
                         ? tr("No single point of failure: no one node or host breaks anything "
                              "on its own.")
                         : tr("Single points of failure — %1").arg(singlePoints.join(u"; "_s));

    m_counts = {report.count(Severity::Info), report.count(Severity::Warning),
                report.count(Severity::Error)};
    m_countLabels
        = {m_counts[0] == 1 ? tr("1 info finding") : tr("%n info findings", "", m_counts[0]),
           m_counts[1] == 1 ? tr("1 warning") : tr("%n warnings", "", m_counts[1]),
           m_counts[2] == 1 ? tr("1 error") : tr("%n errors", "", m_counts[2])};
}

} // namespace Clusterwright
