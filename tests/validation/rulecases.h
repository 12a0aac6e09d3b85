// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "model/topology.h"

#include <QList>
#include <QString>

#include <functional>

// Test topologies for the rule tests: one clean baseline and, per rule, edits
// that trigger it and near misses that must not.
namespace Clusterwright::RuleCases {

using Mutation = std::function<void(Topology &)>;

struct Case
{
    QString name; // row name
    QString ruleId;
    QString path; // trigger rows: where the finding must point; empty = anywhere
    Mutation mutate;
};

// Three Proxmox hosts; networks lan 192.168.10.0/24 (index 0) and storage
// 192.168.20.0/24 (1); nodes cp-1..3 (0-2) and wk-1..3 (3-5, also storage)
// with lan .11-.13/.21-.23 and storage .20.x of the same numbers, bastion (6)
// on lan .5; VIPs api (0, keepalived, .100) and lb (1, metallb,
// .200-.250); storage nas (0, nfs on storage .20.50) and ceph (1, wk-1..3,
// 3 replicas). Validates without findings of the rules in this folder.
Topology baseline();

Node makeNode(const QString &name, const QList<Role> &roles, const QString &host,
              const QList<Interface> &interfaces);

// Per area, appends trigger rows and near-miss rows.
void addNameCases(QList<Case> &triggers, QList<Case> &nearMisses);
void addNetworkCases(QList<Case> &triggers, QList<Case> &nearMisses);
void addAddressUsageCases(QList<Case> &triggers, QList<Case> &nearMisses);
void addClusterCases(QList<Case> &triggers, QList<Case> &nearMisses);
void addServiceCases(QList<Case> &triggers, QList<Case> &nearMisses); // LB, storage, SSH

} // namespace Clusterwright::RuleCases
