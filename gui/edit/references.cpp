// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "edit/references.h"

#include "edit/objectvalue.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Clusterwright {

Topology renamedObject(const Topology &topology, ObjectKind kind, int index, const QString &name)
{
    Topology t = topology;
    ObjectValue object = objectAt(t, kind, index);
    const QString old = nameOf(object);
    if (old == name)
        return t;
    setNameOf(object, name);
    replaceObject(t, index, object);

    switch (kind) {
    case ObjectKind::Host:
        for (Node &node : t.nodes) {
            if (node.host == old)
                node.host = name;
        }
        break;
    case ObjectKind::Network:
        for (Node &node : t.nodes) {
            for (Interface &interface : node.interfaces) {
                if (interface.network == old)
                    interface.network = name;
            }
        }
        for (Vip &vip : t.vips) {
            if (vip.network == old)
                vip.network = name;
        }
        for (Storage &storage : t.storage) {
            if (storage.network == old)
                storage.network = name;
        }
        break;
    case ObjectKind::Node:
        for (Node &node : t.nodes) {
            if (node.ssh.jump == old)
                node.ssh.jump = name;
        }
        for (Storage &storage : t.storage) {
            for (QString &member : storage.nodes) {
                if (member == old)
                    member = name;
            }
        }
        if (const auto it = t.layout.constFind(old); it != t.layout.cend()) {
            const QPointF position = *it;
            t.layout.remove(old);
            t.layout.insert(name, position);
        }
        break;
    case ObjectKind::Vip:
        if (t.cluster.controlPlaneEndpoint == old)
            t.cluster.controlPlaneEndpoint = name;
        break;
    case ObjectKind::Storage:
        break;
    }
    return t;
}

Topology withoutReferences(const Topology &topology, ObjectKind kind, const QSet<QString> &names)
{
    Topology t = topology;
    switch (kind) {
    case ObjectKind::Host:
        for (Node &node : t.nodes) {
            if (names.contains(node.host))
                node.host.clear();
        }
        break;
    case ObjectKind::Network:
        for (Node &node : t.nodes) {
            node.interfaces.removeIf(
                [&names](const Interface &i) { return names.contains(i.network); });
        }
        break;
    case ObjectKind::Node:
        for (Node &node : t.nodes) {
            if (names.contains(node.ssh.jump))
                node.ssh.jump.clear();
        }
        for (Storage &storage : t.storage)
            storage.nodes.removeIf([&names](const QString &n) { return names.contains(n); });
        break;
    case ObjectKind::Vip:
        if (names.contains(t.cluster.controlPlaneEndpoint))
            t.cluster.controlPlaneEndpoint.clear();
        break;
    case ObjectKind::Storage:
        break;
    }
    return t;
}

QString nameProblem(const Topology &topology, ObjectKind kind, int index, const QString &name)
{
    static const QRegularExpression label(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"));
    if (name.isEmpty())
        return QCoreApplication::translate("Clusterwright::References", "A name is required.");
    if (name.size() > 63)
        return QCoreApplication::translate("Clusterwright::References",
                                           "A name has at most 63 characters.");
    if (!label.match(name).hasMatch())
        return QCoreApplication::translate(
            "Clusterwright::References",
            "Use lowercase letters, digits and '-', starting and ending with a letter or digit.");
    const int existing = objectIndex(topology, kind, name);
    if (existing >= 0 && existing != index)
        return QCoreApplication::translate("Clusterwright::References",
                                           "Another object already has the name '%1'.")
            .arg(name);
    return {};
}

} // namespace Clusterwright
