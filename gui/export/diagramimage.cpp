// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "export/diagramimage.h"

#include "canvas/designscene.h"
#include "export/cleanscenestate.h"
#include "export/reviewexport.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Clusterwright {

namespace {

constexpr qreal Padding = 16;
constexpr qreal MaxScale = 2; // sharp on high-DPI screens and in print
constexpr qreal InchesPerMeter = 1 / 0.0254;

} // namespace

QImage renderDiagramImage(DesignScene *scene, const QSize &maxPixels)
{
    if (!scene || maxPixels.isEmpty())
        return {};
    const QRectF items = scene->itemsBoundingRect();
    if (items.isEmpty())
        return {};
    const QRectF source = items.adjusted(-Padding, -Padding, Padding, Padding);
    const qreal scale = std::min(
        {MaxScale, maxPixels.width() / source.width(), maxPixels.height() / source.height()});
    QImage image(std::max(1, int(std::ceil(source.width() * scale))),
                 std::max(1, int(std::ceil(source.height() * scale))), QImage::Format_RGB32);
    if (image.isNull())
        return {};
    image.fill(Qt::white);
    // The logical DPI the canvas measured its text with, as ReviewExport paints.
    const int dpm = qRound(ReviewExport::dpi() * InchesPerMeter);
    image.setDotsPerMeterX(dpm);
    image.setDotsPerMeterY(dpm);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                               | QPainter::SmoothPixmapTransform);
        const CleanSceneState clean(scene);
        scene->render(&painter, QRectF(QPointF(0, 0), image.size()), source, Qt::KeepAspectRatio);
    }
    // Saved at the scaled resolution, so viewers show it at its logical size; the pixel
    // ratio tells embedders (deviceIndependentSize) the same.
    image.setDotsPerMeterX(qRound(dpm * scale));
    image.setDotsPerMeterY(qRound(dpm * scale));
    image.setDevicePixelRatio(scale);
    return image;
}

} // namespace Clusterwright
