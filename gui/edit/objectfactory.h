// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "edit/objectvalue.h"

namespace Clusterwright {

// What the palette offers. Each entry creates one object with sensible defaults.
enum class PaletteItemKind {
    ControlPlaneNode,
    WorkerNode,
    EtcdNode,
    Bastion,
    Network,
    ApiVip,
    LoadBalancerPool,
    NfsStorage,
    CephStorage,
    PhysicalHost,
};

inline constexpr PaletteItemKind AllPaletteItemKinds[] = {
    PaletteItemKind::ControlPlaneNode, PaletteItemKind::WorkerNode, PaletteItemKind::EtcdNode,
    PaletteItemKind::Bastion,          PaletteItemKind::Network,    PaletteItemKind::ApiVip,
    PaletteItemKind::LoadBalancerPool, PaletteItemKind::NfsStorage, PaletteItemKind::CephStorage,
    PaletteItemKind::PhysicalHost,
};

ObjectKind objectKindOf(PaletteItemKind kind);
// A stable spelling for drag-and-drop payloads and settings ("control-plane-node").
QString paletteKey(PaletteItemKind kind);
std::optional<PaletteItemKind> paletteKindFromKey(const QString &key);

// "cp-" for cp-1, "bastion-" for bastion: the stem a copy's or a new object's name grows from.
QString nameStem(const QString &name);
// stem + the smallest N >= 1 that no name in `taken` uses; `taken` may hold other kinds' names.
QString nextFreeName(const QStringList &taken, const QString &stem);

// A new object of `kind` for `topology`, named with the next free name. `network` (may be
// empty) is where a VIP, pool or NFS share goes and gets its address from.
ObjectValue makeObject(PaletteItemKind kind, const Topology &topology, const QString &network);

} // namespace Clusterwright
