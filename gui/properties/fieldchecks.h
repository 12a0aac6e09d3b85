// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "model/topology.h"

#include <QCoreApplication>

namespace Clusterwright {

// Why a typed value cannot be accepted, in words for the person typing it; empty when it
// can. The property editor refuses a value with a reason instead of storing text the
// validator would only complain about later.
class FieldChecks
{
    Q_DECLARE_TR_FUNCTIONS(Clusterwright::FieldChecks)

public:
    static QString address(const QString &text, bool required = true);
    // An address that must also lie in the named network's CIDR (when that CIDR parses).
    static QString addressIn(const QString &text, const Topology &topology, const QString &network,
                             bool required = true);
    static QString addressList(const QString &text);
    static QString cidr(const QString &text);
    // One CIDR, or two of different families for dual-stack.
    static QString cidrList(const QString &text);
    static QString range(const QString &text);
    static QString kubernetesVersion(const QString &text);
    static QString dnsDomain(const QString &text);
    static QString nodeList(const QString &text, const Topology &topology);

    // "a, b c" -> {"a", "b", "c"}.
    static QStringList splitList(const QString &text);
};

} // namespace Clusterwright
