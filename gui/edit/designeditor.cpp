// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "edit/designeditor.h"

#include "edit/addressallocator.h"
#include "edit/references.h"
#include "edit/topologyfragment.h"
#include "model/topologydocument.h"

#include <QSet>
#include <QUndoStack>

namespace Clusterwright {

using namespace Qt::StringLiterals;

DesignEditor::DesignEditor(TopologyDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_undoStack(new QUndoStack(this))
{
    // Commands address objects by index; after a reset those indexes mean nothing.
    connect(document, &TopologyDocument::aboutToReset, m_undoStack, &QUndoStack::clear);
}

DesignEditor::~DesignEditor() = default;

const Topology &DesignEditor::topology() const
{
    return m_document->topology();
}

void DesignEditor::beginBatch()
{
    ++m_batchDepth;
}

void DesignEditor::endBatch()
{
    Q_ASSERT(m_batchDepth > 0);
    if (--m_batchDepth == 0)
        emit batchFinished();
}

QString DesignEditor::defaultNetwork(PaletteItemKind kind) const
{
    const Topology &t = topology();
    if (t.networks.isEmpty())
        return {};
    // The API VIP belongs where the control planes talk to each other.
    if (kind == PaletteItemKind::ApiVip) {
        for (const Node &node : t.nodes) {
            if (node.hasRole(Role::ControlPlane) && !node.interfaces.isEmpty())
                return node.interfaces.first().network;
        }
    }
    return t.networks.first().name;
}

ObjectRef DesignEditor::addObject(PaletteItemKind kind, QPointF position, const QString &network,
                                  const QString &host)
{
    const Topology &t = topology();
    const ObjectKind objectKind = objectKindOf(kind);
    const bool isNode = objectKind == ObjectKind::Node;
    const QString target = network.isEmpty() && !isNode ? defaultNetwork(kind) : network;
    ObjectValue value = makeObject(kind, t, target);
    if (auto *node = std::get_if<Node>(&value)) {
        node->host = host;
        if (!network.isEmpty()) {
            AddressAllocator addresses(t);
            node->interfaces << Interface{network, addresses.next(network)};
        }
    }
    const QString name = nameOf(value);
    const int index = objectCount(t, objectKind);
    auto *command = new InsertObjectCommand(this, tr("Add %1").arg(name), index, value,
                                            isNode ? std::optional(position) : std::nullopt);
    if (kind == PaletteItemKind::ApiVip && t.cluster.controlPlaneEndpoint.isEmpty()) {
        ClusterSettings cluster = t.cluster;
        cluster.controlPlaneEndpoint = name;
        new EditClusterCommand(this, {}, {t.metadata, t.cluster}, {t.metadata, cluster}, {},
                               command);
    }
    m_undoStack->push(command);
    return ObjectRef{objectKind, name, index};
}

bool DesignEditor::attachToNetwork(const QStringList &nodes, const QString &network, QString *error)
{
    const Topology &t = topology();
    const auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    if (t.networkIndex(network) < 0)
        return fail(tr("There is no network '%1'.").arg(network));
    AddressAllocator addresses(t);
    QList<std::pair<int, Node>> changes;
    for (const QString &name : nodes) {
        const int index = t.nodeIndex(name);
        if (index < 0)
            continue;
        Node node = t.nodes[index];
        const bool attached
            = std::any_of(node.interfaces.cbegin(), node.interfaces.cend(),
                          [&network](const Interface &i) { return i.network == network; });
        if (attached)
            continue;
        const QString address = addresses.next(network);
        if (address.isEmpty())
            return fail(tr("%1 has no free address (check its CIDR).").arg(network));
        node.interfaces << Interface{network, address};
        changes.append({index, node});
    }
    if (changes.isEmpty())
        return fail(nodes.size() == 1
                        ? tr("%1 is already attached to %2.").arg(nodes.first(), network)
                        : tr("These nodes are already attached to %1.").arg(network));
    const QString text = changes.size() == 1
                             ? tr("Attach %1 to %2").arg(changes.first().second.name, network)
                             : tr("Attach %n nodes to %1", "", int(changes.size())).arg(network);
    auto *macro = new DocumentCommand(this, text);
    for (const auto &[index, node] : std::as_const(changes))
        new ReplaceObjectCommand(this, {}, index, t.nodes[index], node, {}, macro);
    m_undoStack->push(macro);
    return true;
}

void DesignEditor::placeOnHost(const QStringList &nodes, const QString &host,
                               const QList<NodeMove> &moves)
{
    const Topology &t = topology();
    const QString text = nodes.size() == 1
                             ? tr("Place %1 on %2").arg(nodes.first(), host)
                             : tr("Place %n nodes on %1", "", int(nodes.size())).arg(host);
    auto *macro = new DocumentCommand(this, text);
    if (!moves.isEmpty())
        new MoveNodesCommand(this, {}, moves, newGesture(), macro);
    for (const QString &name : nodes) {
        const int index = t.nodeIndex(name);
        if (index < 0 || t.nodes[index].host == host)
            continue;
        Node node = t.nodes[index];
        node.host = host;
        new ReplaceObjectCommand(this, {}, index, t.nodes[index], node, {}, macro);
    }
    if (macro->childCount() == 0) {
        delete macro;
        return;
    }
    m_undoStack->push(macro);
}

void DesignEditor::moveNodes(const QList<NodeMove> &moves, int gesture)
{
    if (moves.isEmpty())
        return;
    const QString text = moves.size() == 1 ? tr("Move %1").arg(moves.first().node)
                                           : tr("Move %n nodes", "", int(moves.size()));
    m_undoStack->push(new MoveNodesCommand(this, text, moves, gesture));
}

void DesignEditor::deleteObjects(const QList<ObjectRef> &objects)
{
    const Topology &t = topology();
    constexpr ObjectKind Order[] = {ObjectKind::Storage, ObjectKind::Vip, ObjectKind::Node,
                                    ObjectKind::Network, ObjectKind::Host};
    QHash<ObjectKind, QSet<QString>> names;
    int total = 0;
    for (const ObjectRef &ref : objects) {
        if (objectIndex(t, ref.kind, ref.name) >= 0 && !names[ref.kind].contains(ref.name)) {
            names[ref.kind].insert(ref.name);
            ++total;
        }
    }
    if (total == 0)
        return;
    QString text = tr("Delete %n objects", "", total);
    if (total == 1) {
        for (const auto &set : std::as_const(names)) {
            if (!set.isEmpty())
                text = tr("Delete %1").arg(*set.cbegin());
        }
    }

    auto *macro = new DocumentCommand(this, text);
    Topology cleaned = t;
    for (ObjectKind kind : Order)
        cleaned = withoutReferences(cleaned, kind, names.value(kind));
    if (const auto patch = TopologyPatch::diff(t, cleaned); patch && !patch->isEmpty())
        new PatchCommand(this, {}, *patch, macro);
    for (ObjectKind kind : Order) {
        QList<int> indexes;
        for (const QString &name : names.value(kind))
            indexes << objectIndex(t, kind, name);
        // From the back, so the indexes of the rest stay valid.
        std::sort(indexes.begin(), indexes.end(), std::greater<>());
        for (int index : std::as_const(indexes))
            new RemoveObjectCommand(this, {}, kind, index, macro);
    }
    m_undoStack->push(macro);
}

QByteArray DesignEditor::copy(const QList<ObjectRef> &objects,
                              const QHash<QString, QPointF> &positions) const
{
    return TopologyFragment::toBytes(TopologyFragment::extract(topology(), objects, positions));
}

QList<ObjectRef> DesignEditor::paste(const QByteArray &bytes, QPointF offset, const QString &text)
{
    const auto fragment = TopologyFragment::fromBytes(bytes);
    if (!fragment)
        return {};
    const Topology &t = topology();
    const auto placements = TopologyFragment::plan(t, *fragment, offset);
    if (placements.isEmpty())
        return {};
    QList<ObjectRef> created;
    QHash<ObjectKind, int> next;
    auto *macro = new DocumentCommand(this, text.isEmpty() ? tr("Paste") : text);
    for (const TopologyFragment::Placement &p : placements) {
        const ObjectKind kind = kindOf(p.value);
        const int index = next.value(kind, objectCount(t, kind));
        next[kind] = index + 1;
        new InsertObjectCommand(this, {}, index, p.value, p.position, macro);
        created << ObjectRef{kind, nameOf(p.value), index};
    }
    if (created.size() == 1 && text.isEmpty())
        macro->setText(tr("Paste %1").arg(created.first().name));
    m_undoStack->push(macro);
    return created;
}

QList<ObjectRef> DesignEditor::duplicate(const QList<ObjectRef> &objects,
                                         const QHash<QString, QPointF> &positions, QPointF offset)
{
    const QByteArray bytes = copy(objects, positions);
    QString text = tr("Duplicate %n objects", "", int(objects.size()));
    if (objects.size() == 1)
        text = tr("Duplicate %1").arg(objects.first().name);
    return paste(bytes, offset, text);
}

bool DesignEditor::rename(ObjectKind kind, int index, const QString &name, QString *error)
{
    const Topology &t = topology();
    if (index < 0 || index >= objectCount(t, kind))
        return false;
    const QString problem = nameProblem(t, kind, index, name);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    const QString old = nameOf(objectAt(t, kind, index));
    if (old == name)
        return true;
    const auto patch = TopologyPatch::diff(t, renamedObject(t, kind, index, name));
    m_undoStack->push(new PatchCommand(this, tr("Rename %1 to %2").arg(old, name), *patch));
    return true;
}

void DesignEditor::editObject(int index, const ObjectValue &after, const QString &field,
                              const QString &text)
{
    const ObjectValue before = objectAt(topology(), kindOf(after), index);
    if (before == after)
        return;
    Q_ASSERT_X(nameOf(before) == nameOf(after), "editObject", "names change through rename()");
    m_undoStack->push(new ReplaceObjectCommand(this, text, index, before, after, field));
}

void DesignEditor::editCluster(const Metadata &metadata, const ClusterSettings &cluster,
                               const QString &field, const QString &text)
{
    const Topology &t = topology();
    if (metadata == t.metadata && cluster == t.cluster)
        return;
    m_undoStack->push(
        new EditClusterCommand(this, text, {t.metadata, t.cluster}, {metadata, cluster}, field));
}

bool DesignEditor::applyTopology(const Topology &after, const QString &text)
{
    const auto patch = TopologyPatch::diff(topology(), after);
    if (!patch)
        return false;
    if (!patch->isEmpty())
        m_undoStack->push(new PatchCommand(this, text, *patch));
    return true;
}

} // namespace Clusterwright
