// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "model/topology.h"
#include "net/iprange.h"
#include "validation/finding.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Clusterwright {

// Who uses which address of a network: the data behind the address map, worked out from
// the topology alone (no widgets), so it can be tested and reused by an export.
struct AddressMark
{
    enum class Kind { Gateway, Node, Vip, LoadBalancer, Storage, Host };

    Kind kind = Kind::Node;
    IpRange range;      // one address, or a LoadBalancer pool
    QString label;      // the object's name ("cp-1"), or "gateway"
    ObjectRef object;   // what a click selects (a gateway selects its network)
    QStringList issues; // clashes and misplacements, as sentences

    bool isRange() const { return range.first() != range.last(); }
};

struct NetworkAddressMap
{
    int index = -1; // in Topology::networks
    QString name;
    QString cidr;                   // as written
    std::optional<IpPrefix> prefix; // normalized; empty when the CIDR does not parse
    QString error;                  // why it does not
    QList<AddressMark> marks;       // by first address

    int issueCount() const;
};

// One entry per network, in document order.
QList<NetworkAddressMap> buildAddressMap(const Topology &topology);

// The legend: a letter (drawn in the mark) and a name per kind, so marks never rely on
// colour alone.
QChar markLetter(AddressMark::Kind kind);
QString markKindName(AddressMark::Kind kind);

} // namespace Clusterwright
