// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "edit/objectvalue.h"

#include "model/topologydocument.h"

namespace Clusterwright {
namespace {

template<typename F>
decltype(auto) withList(Topology &t, ObjectKind kind, F &&f)
{
    switch (kind) {
    case ObjectKind::Host:
        return f(t.hosts);
    case ObjectKind::Network:
        return f(t.networks);
    case ObjectKind::Node:
        return f(t.nodes);
    case ObjectKind::Vip:
        return f(t.vips);
    case ObjectKind::Storage:
        return f(t.storage);
    }
    Q_UNREACHABLE();
}

template<typename F>
decltype(auto) withList(const Topology &t, ObjectKind kind, F &&f)
{
    return withList(const_cast<Topology &>(t), kind, std::forward<F>(f));
}

} // namespace

ObjectKind kindOf(const ObjectValue &value)
{
    static constexpr ObjectKind kinds[] = {ObjectKind::Host, ObjectKind::Network, ObjectKind::Node,
                                           ObjectKind::Vip, ObjectKind::Storage};
    return kinds[value.index()];
}

QString nameOf(const ObjectValue &value)
{
    return std::visit([](const auto &v) { return v.name; }, value);
}

void setNameOf(ObjectValue &value, const QString &name)
{
    std::visit([&name](auto &v) { v.name = name; }, value);
}

int objectCount(const Topology &topology, ObjectKind kind)
{
    return withList(topology, kind, [](const auto &list) { return int(list.size()); });
}

ObjectValue objectAt(const Topology &topology, ObjectKind kind, int index)
{
    return withList(topology, kind,
                    [index](const auto &list) { return ObjectValue(list.at(index)); });
}

int objectIndex(const Topology &topology, ObjectKind kind, const QString &name)
{
    return withList(topology, kind, [&name](const auto &list) {
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (list[i].name == name)
                return int(i);
        }
        return -1;
    });
}

QStringList objectNames(const Topology &topology, ObjectKind kind)
{
    return withList(topology, kind, [](const auto &list) {
        QStringList names;
        names.reserve(list.size());
        for (const auto &object : list)
            names << object.name;
        return names;
    });
}

void insertObject(TopologyDocument *document, int index, const ObjectValue &value)
{
    std::visit(
        [document, index](const auto &v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, Host>)
                document->insertHost(index, v);
            else if constexpr (std::is_same_v<T, Network>)
                document->insertNetwork(index, v);
            else if constexpr (std::is_same_v<T, Node>)
                document->insertNode(index, v);
            else if constexpr (std::is_same_v<T, Vip>)
                document->insertVip(index, v);
            else
                document->insertStorage(index, v);
        },
        value);
}

void removeObject(TopologyDocument *document, ObjectKind kind, int index)
{
    switch (kind) {
    case ObjectKind::Host:
        document->removeHost(index);
        break;
    case ObjectKind::Network:
        document->removeNetwork(index);
        break;
    case ObjectKind::Node:
        document->removeNode(index);
        break;
    case ObjectKind::Vip:
        document->removeVip(index);
        break;
    case ObjectKind::Storage:
        document->removeStorage(index);
        break;
    }
}

void replaceObject(TopologyDocument *document, int index, const ObjectValue &value)
{
    std::visit(
        [document, index](const auto &v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, Host>)
                document->setHost(index, v);
            else if constexpr (std::is_same_v<T, Network>)
                document->setNetwork(index, v);
            else if constexpr (std::is_same_v<T, Node>)
                document->setNode(index, v);
            else if constexpr (std::is_same_v<T, Vip>)
                document->setVip(index, v);
            else
                document->setStorage(index, v);
        },
        value);
}

void insertObject(Topology &topology, int index, const ObjectValue &value)
{
    withList(topology, kindOf(value), [index, &value](auto &list) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        list.insert(index, std::get<T>(value));
    });
}

void removeObject(Topology &topology, ObjectKind kind, int index)
{
    withList(topology, kind, [index](auto &list) { list.removeAt(index); });
}

void replaceObject(Topology &topology, int index, const ObjectValue &value)
{
    withList(topology, kindOf(value), [index, &value](auto &list) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        list[index] = std::get<T>(value);
    });
}

} // namespace Clusterwright
