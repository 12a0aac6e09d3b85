// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "palette/palettewidget.h"

#include "canvas/designscene.h"
#include "canvas/designstyle.h"

#include <QKeyEvent>
#include <QMimeData>

namespace Clusterwright {
namespace {

constexpr int KindRole = Qt::UserRole + 1;

QString description(PaletteItemKind kind)
{
    switch (kind) {
    case PaletteItemKind::ControlPlaneNode:
        return PaletteWidget::tr("A Kubernetes control-plane node (cp-N).");
    case PaletteItemKind::WorkerNode:
        return PaletteWidget::tr("A worker node (wk-N).");
    case PaletteItemKind::EtcdNode:
        return PaletteWidget::tr("A dedicated etcd node (etcd-N).");
    case PaletteItemKind::Bastion:
        return PaletteWidget::tr("The SSH jump host the other nodes are reached through.");
    case PaletteItemKind::Network:
        return PaletteWidget::tr(
            "A network with a free /24; drop nodes on its bus to attach them.");
    case PaletteItemKind::ApiVip:
        return PaletteWidget::tr("The virtual address of the Kubernetes API. Drop it on a bus.");
    case PaletteItemKind::LoadBalancerPool:
        return PaletteWidget::tr("Addresses for Services of type LoadBalancer. Drop it on a bus.");
    case PaletteItemKind::NfsStorage:
        return PaletteWidget::tr("An NFS share. Drop it on a bus.");
    case PaletteItemKind::CephStorage:
        return PaletteWidget::tr("A Ceph pool over the nodes with the storage role.");
    case PaletteItemKind::PhysicalHost:
        return PaletteWidget::tr("A physical machine: a failure domain. Drag nodes into it.");
    }
    return {};
}

} // namespace

PaletteWidget::PaletteWidget(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("palette"));
    setAccessibleName(tr("Palette"));
    setDragEnabled(true);
    setDragDropMode(DragOnly);
    setSelectionMode(SingleSelection);
    setIconSize(QSize(24, 24));
    setUniformItemSizes(true);
    for (PaletteItemKind kind : AllPaletteItemKinds) {
        auto *item = new QListWidgetItem(DesignStyle::paletteIcon(kind),
                                         DesignStyle::paletteLabel(kind), this);
        item->setData(KindRole, int(kind));
        const QString how = tr("Drag onto the canvas, or click here and then on the canvas; "
                               "Enter places it in the middle of the view.");
        item->setToolTip(description(kind) + u'\n' + how);
        item->setStatusTip(description(kind));
    }
    connect(this, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        if (const auto kind = kindOf(item))
            emit placementRequested(*kind);
    });
    connect(this, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        if (const auto kind = kindOf(item))
            emit placeNowRequested(*kind);
    });
}

std::optional<PaletteItemKind> PaletteWidget::kindOf(const QListWidgetItem *item)
{
    if (!item)
        return std::nullopt;
    return PaletteItemKind(item->data(KindRole).toInt());
}

QListWidgetItem *PaletteWidget::itemFor(PaletteItemKind kind) const
{
    for (int row = 0; row < count(); ++row) {
        if (kindOf(item(row)) == kind)
            return item(row);
    }
    return nullptr;
}

QSize PaletteWidget::sizeHint() const
{
    // As wide as the longest entry: the canvas needs the room more than the list.
    int width = 0;
    for (int row = 0; row < count(); ++row)
        width = std::max(width, fontMetrics().horizontalAdvance(item(row)->text()));
    const int rows = count() * std::max(sizeHintForRow(0), iconSize().height() + 4);
    return QSize(width + iconSize().width() + 6 * frameWidth() + 24, rows + 2 * frameWidth());
}

QStringList PaletteWidget::mimeTypes() const
{
    return {QLatin1StringView(DesignScene::PaletteMimeType)};
}

QMimeData *PaletteWidget::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    const auto kind = kindOf(items.first());
    if (!kind)
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(QLatin1StringView(DesignScene::PaletteMimeType), paletteKey(*kind).toUtf8());
    return mime;
}

Qt::DropActions PaletteWidget::supportedDropActions() const
{
    return Qt::CopyAction;
}

void PaletteWidget::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (const auto kind = kindOf(currentItem())) {
            emit placeNowRequested(*kind);
            event->accept();
            return;
        }
    }
    QListWidget::keyPressEvent(event);
}

} // namespace Clusterwright
