// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "edit/objectfactory.h"

#include <QListWidget>

namespace Clusterwright {

// The objects a design is made of. Drag one onto the canvas; or click one and then click on
// the canvas; or press Enter (or double-click) to put it in the middle of the view.
class PaletteWidget : public QListWidget
{
    Q_OBJECT

public:
    explicit PaletteWidget(QWidget *parent = nullptr);

    static std::optional<PaletteItemKind> kindOf(const QListWidgetItem *item);
    QListWidgetItem *itemFor(PaletteItemKind kind) const;
    QSize sizeHint() const override;

signals:
    // Click-then-place: the next click on the canvas creates this kind.
    void placementRequested(Clusterwright::PaletteItemKind kind);
    // Create this kind now, in the middle of the visible canvas.
    void placeNowRequested(Clusterwright::PaletteItemKind kind);

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    Qt::DropActions supportedDropActions() const override;
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace Clusterwright
