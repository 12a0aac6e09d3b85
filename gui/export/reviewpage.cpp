// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "export/reviewpage.h"

#include "canvas/designscene.h"
#include "canvas/designstyle.h"
#include "edit/designeditor.h"
#include "export/cleanscenestate.h"
#include "model/topologydocument.h"
#include "validation/validator.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>

#include <algorithm>

namespace Clusterwright {

namespace {

constexpr qreal Margin = 40;
// Narrow diagrams still get room for two readable tables side by side.
constexpr qreal MinContentWidth = 1300;
constexpr qreal DiagramPadding = 16;
constexpr qreal ColumnGap = 28;
constexpr qreal SectionGap = 26;
constexpr qreal MaxNetworksWidth = 1000;
constexpr qreal MaxToleranceWidth = 820;
constexpr int TextFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

const QColor TextColor(0x1a, 0x1a, 0x1a);
const QColor DimColor(0x55, 0x5b, 0x63);
const QColor RuleColor(0xc8, 0xcd, 0xd4);

QFont scaledFont(qreal factor, bool bold = false)
{
    QFont font = QGuiApplication::font();
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

} // namespace

ReviewPage::ReviewPage(DesignScene *scene, const QDateTime &when)
    : m_scene(scene)
{
    const TopologyDocument *document = scene->editor()->document();
    collectTexts(document->topology(), document->filePath(), when,
                 validateTopology(document->topology()));
    const QRectF items = scene->itemsBoundingRect();
    if (!items.isEmpty())
        m_diagramSource
            = items.adjusted(-DiagramPadding, -DiagramPadding, DiagramPadding, DiagramPadding);
    layout();
}

ReviewPage::Block &ReviewPage::addBlock(const QString &text, const QFont &font, const QColor &color,
                                        QPointF at, qreal width)
{
    const QRectF box
        = QFontMetricsF(font).boundingRect(QRectF(at, QSizeF(width, 1e6)), TextFlags, text);
    m_blocks << Block{text, font, color, QRectF(at, QSizeF(width, box.height()))};
    return m_blocks.last();
}

void ReviewPage::layout()
{
    m_blocks.clear();
    const QSizeF diagram = m_diagramSource.isEmpty() ? QSizeF(600, 160) : m_diagramSource.size();
    const qreal width = std::max(MinContentWidth, diagram.width());
    const QFont section = scaledFont(1.3, true);
    const QFont body = scaledFont(1.0);
    const QFont small = scaledFont(0.9);

    qreal y = Margin;
    y = addBlock(m_heading, scaledFont(2.0, true), TextColor, {Margin, y}, width).rect.bottom() + 6;
    y = addBlock(m_subtitle, body, DimColor, {Margin, y}, width).rect.bottom() + 4;
    if (!m_description.isEmpty())
        y = addBlock(m_description, small, DimColor, {Margin, y}, width).rect.bottom();
    y += 14;
    m_blocks << Block{{}, {}, RuleColor, QRectF(Margin, y, width, 0)}; // the rule
    y += 18;

    m_diagramTarget = QRectF(QPointF(Margin + (width - diagram.width()) / 2, y), diagram);
    y = m_diagramTarget.bottom() + SectionGap;

    const qreal networksWidth = std::min((width - ColumnGap) / 2, MaxNetworksWidth);
    qreal left
        = addBlock(tr("Networks"), section, TextColor, {Margin, y}, networksWidth).rect.bottom()
          + 8;
    m_networksAt = QPointF(Margin, left);
    left += m_networks->layout(networksWidth);

    const qreal x = Margin + networksWidth + ColumnGap;
    const qreal toleranceWidth = std::min(width - networksWidth - ColumnGap, MaxToleranceWidth);
    qreal right
        = addBlock(tr("Fault tolerance"), section, TextColor, {x, y}, toleranceWidth).rect.bottom()
          + 8;
    right = addBlock(m_etcdLine, body, TextColor, {x, right}, toleranceWidth).rect.bottom() + 8;
    m_toleranceAt = QPointF(x, right);
    right += m_tolerance->layout(toleranceWidth) + 8;
    right = addBlock(m_singlePoints, body, TextColor, {x, right}, toleranceWidth).rect.bottom()
            + SectionGap;
    right = addBlock(tr("Validation findings"), section, TextColor, {x, right}, toleranceWidth)
                .rect.bottom()
            + 8;
    m_findingsRect = QRectF(x, right, toleranceWidth, 2 * DesignStyle::BadgeRadius + 6);
    right = m_findingsRect.bottom();

    y = std::max(left, right) + SectionGap;
    y = addBlock(m_footer, small, DimColor, {Margin, y}, width).rect.bottom();
    m_size = QSizeF(width + 2 * Margin, y + Margin);
}

void ReviewPage::paint(QPainter *painter) const
{
    painter->save();
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter->fillRect(QRectF(QPointF(0, 0), m_size), Qt::white);
    for (const Block &block : m_blocks) {
        if (block.text.isEmpty()) {
            painter->setPen(QPen(block.color, 1));
            painter->drawLine(block.rect.topLeft(), block.rect.topRight());
            continue;
        }
        painter->setFont(block.font);
        painter->setPen(block.color);
        painter->drawText(block.rect, TextFlags, block.text);
    }

    painter->setPen(QPen(RuleColor, 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(m_diagramTarget, 6, 6);
    if (m_diagramSource.isEmpty()) {
        painter->setPen(DimColor);
        painter->setFont(scaledFont(1.1));
        painter->drawText(m_diagramTarget, Qt::AlignCenter, m_emptyDiagram);
    } else {
        painter->save();
        const CleanSceneState clean(m_scene);
        m_scene->render(painter, m_diagramTarget, m_diagramSource, Qt::KeepAspectRatio);
        painter->restore();
    }

    m_networks->paint(painter, m_networksAt);
    m_tolerance->paint(painter, m_toleranceAt);
    paintFindings(painter);
    painter->restore();
}

void ReviewPage::paint(QPainter *painter, const QRectF &target) const
{
    if (m_size.isEmpty() || target.isEmpty())
        return;
    const qreal scale
        = std::min(target.width() / m_size.width(), target.height() / m_size.height());
    painter->save();
    painter->translate(target.center() - QPointF(m_size.width(), m_size.height()) * scale / 2);
    painter->scale(scale, scale);
    paint(painter);
    painter->restore();
}

void ReviewPage::paintFindings(QPainter *painter) const
{
    // Errors first, as the validator sorts them; shape and word carry the meaning.
    const QFont font = scaledFont(1.0);
    const QFontMetricsF metrics(font);
    const qreal r = DesignStyle::BadgeRadius;
    qreal x = m_findingsRect.left();
    const qreal cy = m_findingsRect.center().y();
    for (Severity severity : {Severity::Error, Severity::Warning, Severity::Info}) {
        const int index = int(severity);
        DesignStyle::drawSeverityBadge(painter, QPointF(x + r, cy), severity);
        x += 2 * r + 6;
        painter->setFont(font);
        painter->setPen(TextColor);
        const QString label = m_countLabels.value(index);
        const QRectF box(x, cy - metrics.height() / 2, metrics.horizontalAdvance(label) + 2,
                         metrics.height());
        painter->drawText(box, Qt::AlignLeft | Qt::AlignVCenter, label);
        x = box.right() + 22;
    }
}

} // namespace Clusterwright
