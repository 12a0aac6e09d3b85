// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "canvas/designscene.h"

#include "canvas/hostframeitem.h"
#include "canvas/linkitem.h"
#include "canvas/networkitem.h"
#include "canvas/nodedrag.h"
#include "canvas/nodeitem.h"
#include "canvas/storageitem.h"
#include "canvas/vipitem.h"
#include "edit/designeditor.h"
#include "model/topologydocument.h"

namespace Clusterwright {

using namespace Qt::StringLiterals;

namespace {

constexpr qreal SceneMargin = 400;

template<typename T>
void renumber(QList<T *> &items, int from)
{
    for (int i = from; i < items.size(); ++i)
        items[i]->setObjectIndex(i);
}

} // namespace

DesignScene::DesignScene(DesignEditor *editor, QObject *parent)
    : QGraphicsScene(parent)
    , m_editor(editor)
    , m_document(editor->document())
{
    // Items move on every drag step and most of them are links; a shallow BSP keeps
    // re-indexing cheap while still culling a large design.
    setBspTreeDepth(10);
    connect(m_document, &TopologyDocument::resetDone, this, &DesignScene::rebuild);
    connect(m_document, &TopologyDocument::objectInserted, this, &DesignScene::onInserted);
    connect(m_document, &TopologyDocument::objectRemoved, this, &DesignScene::onRemoved);
    connect(m_document, &TopologyDocument::objectChanged, this, &DesignScene::onChanged);
    connect(m_document, &TopologyDocument::nodePositionChanged, this, &DesignScene::markDirty);
    connect(m_document, &TopologyDocument::clusterChanged, this, [this] {
        syncVips();
        markDirty();
    });
    connect(m_editor, &DesignEditor::batchFinished, this, &DesignScene::relayout);
    rebuild();
}

DesignScene::~DesignScene() = default;

void DesignScene::rebuild()
{
    m_drag.reset();
    m_engine.freezeExtents(std::nullopt);
    m_dropTarget = nullptr;
    clear();
    m_hosts.clear();
    m_networks.clear();
    m_nodes.clear();
    m_links.clear();
    m_vips.clear();
    m_storage.clear();
    const Topology &t = m_document->topology();
    // One layout at the end, not one per object.
    m_rebuilding = true;
    for (int i = 0; i < t.hosts.size(); ++i)
        onInserted(ObjectKind::Host, i);
    for (int i = 0; i < t.networks.size(); ++i)
        onInserted(ObjectKind::Network, i);
    for (int i = 0; i < t.nodes.size(); ++i)
        onInserted(ObjectKind::Node, i);
    for (int i = 0; i < t.vips.size(); ++i)
        onInserted(ObjectKind::Vip, i);
    for (int i = 0; i < t.storage.size(); ++i)
        onInserted(ObjectKind::Storage, i);
    m_rebuilding = false;
    m_engine.clearEmptyHostHints();
    m_dirty = true;
    relayout();
}

void DesignScene::markDirty()
{
    m_dirty = true;
    // Edits outside a command (a reset, another tool) still show at once.
    if (!m_editor->inBatch() && !m_rebuilding)
        relayout();
}

void DesignScene::onInserted(ObjectKind kind, int index)
{
    const Topology &t = m_document->topology();
    DesignItem *item = nullptr;
    switch (kind) {
    case ObjectKind::Host: {
        auto *host = new HostFrameItem(index);
        m_hosts.insert(index, host);
        renumber(m_hosts, index);
        m_hostCountsDirty = true;
        item = host;
        break;
    }
    case ObjectKind::Network: {
        auto *network = new NetworkItem(index);
        network->setNetwork(t.networks[index]);
        m_networks.insert(index, network);
        renumber(m_networks, index);
        m_linksDirty = true;
        item = network;
        break;
    }
    case ObjectKind::Node: {
        auto *node = new NodeItem(index);
        m_nodes.insert(index, node);
        m_links.insert(index, {});
        renumber(m_nodes, index);
        node->setNode(t.nodes[index]);
        m_hostCountsDirty = true;
        item = node;
        break;
    }
    case ObjectKind::Vip: {
        auto *vip = new VipItem(index);
        vip->setVip(t.vips[index], t.cluster.controlPlaneEndpoint == t.vips[index].name);
        m_vips.insert(index, vip);
        renumber(m_vips, index);
        item = vip;
        break;
    }
    case ObjectKind::Storage: {
        auto *storage = new StorageItem(index);
        storage->setStorage(t.storage[index]);
        m_storage.insert(index, storage);
        renumber(m_storage, index);
        item = storage;
        break;
    }
    }
    // Hidden until the layout has placed it.
    item->setVisible(false);
    addItem(item);
    if (kind == ObjectKind::Node)
        syncLinks(index);
    applyFindings(item);
    applySimulation(item);
    markDirty();
}

void DesignScene::onRemoved(ObjectKind kind, int index)
{
    DesignItem *item = nullptr;
    switch (kind) {
    case ObjectKind::Host:
        item = m_hosts.takeAt(index);
        renumber(m_hosts, index);
        m_hostCountsDirty = true;
        break;
    case ObjectKind::Network:
        item = m_networks.takeAt(index);
        renumber(m_networks, index);
        m_linksDirty = true;
        break;
    case ObjectKind::Node:
        item = m_nodes.takeAt(index);
        qDeleteAll(m_links.takeAt(index));
        renumber(m_nodes, index);
        m_hostCountsDirty = true;
        break;
    case ObjectKind::Vip:
        item = m_vips.takeAt(index);
        renumber(m_vips, index);
        break;
    case ObjectKind::Storage:
        item = m_storage.takeAt(index);
        renumber(m_storage, index);
        break;
    }
    if (m_dropTarget == item)
        m_dropTarget = nullptr;
    delete item;
    markDirty();
}

void DesignScene::onChanged(ObjectKind kind, int index)
{
    const Topology &t = m_document->topology();
    switch (kind) {
    case ObjectKind::Host:
        m_hostCountsDirty = true;
        break;
    case ObjectKind::Network:
        m_networks[index]->setNetwork(t.networks[index]);
        m_linksDirty = true;
        break;
    case ObjectKind::Node:
        syncNode(index);
        m_hostCountsDirty = true;
        break;
    case ObjectKind::Vip:
        m_vips[index]->setVip(t.vips[index], t.cluster.controlPlaneEndpoint == t.vips[index].name);
        break;
    case ObjectKind::Storage:
        m_storage[index]->setStorage(t.storage[index]);
        break;
    }
    if (DesignItem *item = itemFor(kind, index)) {
        applyFindings(item);
        applySimulation(item);
    }
    markDirty();
}

void DesignScene::syncNode(int index)
{
    m_nodes[index]->setNode(m_document->topology().nodes[index]);
    m_nodes[index]->setRunState(m_runStates.value(m_nodes[index]->objectName()));
    syncLinks(index);
}

void DesignScene::syncLinks(int node)
{
    const QList<Interface> &interfaces = m_document->topology().nodes[node].interfaces;
    QList<LinkItem *> &links = m_links[node];
    while (links.size() > interfaces.size())
        delete links.takeLast();
    while (links.size() < interfaces.size()) {
        auto *link = new LinkItem;
        link->setVisible(false);
        addItem(link);
        links << link;
    }
    for (int k = 0; k < interfaces.size(); ++k)
        links[k]->setInterface(interfaces[k].address, interfaces[k].network);
}

void DesignScene::syncVips()
{
    const Topology &t = m_document->topology();
    for (int i = 0; i < m_vips.size(); ++i)
        m_vips[i]->setVip(t.vips[i], t.cluster.controlPlaneEndpoint == t.vips[i].name);
}

void DesignScene::relayout()
{
    if (!m_dirty && !m_layout.nodes.isEmpty())
        return;
    m_dirty = false;
    const Topology &t = m_document->topology();
    m_layout = m_engine.compute(t);

    if (m_linksDirty) {
        m_linksDirty = false;
        for (int i = 0; i < m_nodes.size(); ++i)
            syncLinks(i);
    }
    if (m_hostCountsDirty) {
        m_hostCountsDirty = false;
        QHash<QString, int> counts;
        for (const Node &node : t.nodes)
            ++counts[node.host];
        for (int h = 0; h < m_hosts.size(); ++h) {
            m_hosts[h]->setHost(t.hosts[h], counts.value(t.hosts[h].name));
            // A renamed host only gets its name here.
            applyFindings(m_hosts[h]);
            applySimulation(m_hosts[h]);
        }
    }
    for (int i = 0; i < m_nodes.size(); ++i) {
        m_nodes[i]->setPos(m_layout.nodes[i]);
        m_nodes[i]->setVisible(true);
        const QList<LinkItem *> &links = m_links[i];
        for (int k = 0; k < links.size(); ++k) {
            links[k]->setGeometry(m_layout.links[i][k]);
            links[k]->setVisible(true);
        }
    }
    for (int h = 0; h < m_hosts.size(); ++h) {
        m_hosts[h]->setFrame(m_layout.hosts[h]);
        m_hosts[h]->setVisible(true);
    }
    for (int j = 0; j < m_networks.size(); ++j) {
        m_networks[j]->setGeometry(m_layout.networks[j]);
        m_networks[j]->setVisible(true);
    }
    for (int i = 0; i < m_vips.size(); ++i) {
        m_vips[i]->setGeometry(m_layout.vips[i]);
        m_vips[i]->setVisible(true);
    }
    for (int i = 0; i < m_storage.size(); ++i) {
        m_storage[i]->setGeometry(m_layout.storage[i]);
        m_storage[i]->setVisible(true);
    }
    // Grow the scene with the design but never shrink it under the user during a drag.
    const QRectF wanted
        = m_layout.bounds.adjusted(-SceneMargin, -SceneMargin, SceneMargin, SceneMargin);
    const QRectF current = sceneRect();
    const QRectF next = m_drag ? current | wanted : wanted;
    const bool tooBig
        = current.width() > 3 * wanted.width() || current.height() > 3 * wanted.height();
    if (next != current && (m_drag || !current.contains(wanted) || tooBig))
        setSceneRect(next);
}

void DesignScene::setLayoutFrozen(bool frozen)
{
    m_engine.freezeExtents(frozen ? std::optional(m_layout.extents) : std::nullopt);
    if (!frozen) {
        m_dirty = true;
        relayout();
    }
}

int DesignScene::count(ObjectKind kind) const
{
    switch (kind) {
    case ObjectKind::Host:
        return int(m_hosts.size());
    case ObjectKind::Network:
        return int(m_networks.size());
    case ObjectKind::Node:
        return int(m_nodes.size());
    case ObjectKind::Vip:
        return int(m_vips.size());
    case ObjectKind::Storage:
        return int(m_storage.size());
    }
    return 0;
}

DesignItem *DesignScene::itemFor(ObjectKind kind, int index) const
{
    if (index < 0 || index >= count(kind))
        return nullptr;
    switch (kind) {
    case ObjectKind::Host:
        return m_hosts[index];
    case ObjectKind::Network:
        return m_networks[index];
    case ObjectKind::Node:
        return m_nodes[index];
    case ObjectKind::Vip:
        return m_vips[index];
    case ObjectKind::Storage:
        return m_storage[index];
    }
    return nullptr;
}

DesignItem *DesignScene::itemFor(const ObjectRef &ref) const
{
    DesignItem *item = itemFor(ref.kind, ref.index);
    if (item && item->objectName() == ref.name)
        return item;
    const int index = [&] {
        for (int i = 0; i < count(ref.kind); ++i) {
            if (itemFor(ref.kind, i)->objectName() == ref.name)
                return i;
        }
        return -1;
    }();
    return itemFor(ref.kind, index);
}

bool DesignScene::event(QEvent *event)
{
    // Items paint with the scene's palette and cache their pixmaps.
    if (event->type() == QEvent::PaletteChange) {
        const auto all = items();
        for (QGraphicsItem *item : all)
            item->update();
    }
    return QGraphicsScene::event(event);
}

} // namespace Clusterwright
