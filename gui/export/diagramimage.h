// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include <QImage>
#include <QSize>

namespace Clusterwright {

class DesignScene;

// The canvas diagram as a bitmap for documents that embed one (the run report): the same
// clean, light rendering as the review page, at up to twice the logical size and fitted
// within `maxPixels` (devicePixelRatio is that scale). A null image when the scene is null or has
// nothing drawn.
QImage renderDiagramImage(DesignScene *scene, const QSize &maxPixels = QSize(2400, 1800));

} // namespace Clusterwright
