// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "fakecluster.h"

namespace Clusterwright::Test {

// One fake machine: its sshd, its bridge to this machine's loopback (absent
// behind a bastion) and its directory (overlay uppers, stand-ins, state).
struct FakeCluster::Host
{
    QString node;
    QString user;
    QString jump;          // the bastion node, or empty
    QString sshAddress;    // designed: ssh.address or the first interface
    int port = 22;         // designed
    QString inner;         // 127.0.1.N in the cluster's namespace
    QStringList addresses; // "ens18 192.168.8.11 20" for the stand-in ip
    int devices = 0;
    QString dir;
    SshdFixture sshd;
    NetnsBridge bridge;
};

} // namespace Clusterwright::Test
