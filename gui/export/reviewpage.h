// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "export/reviewtable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QRectF>
#include <QStringList>

#include <array>
#include <optional>

class QPainter;

namespace Clusterwright {

class DesignScene;
struct Topology;
struct ValidationReport;

// The page a design review attaches: the title block, the diagram as drawn on the canvas,
// the networks table, the fault-tolerance summary and the count of validation findings.
// Laid out once in page units (one unit is one logical pixel of the canvas); painted on
// any device whose resolution matches the screen's logical DPI (see ReviewExport).
class ReviewPage
{
    Q_DECLARE_TR_FUNCTIONS(Clusterwright::ReviewPage)

public:
    // The diagram comes from `scene`, the texts from its document (validated here).
    explicit ReviewPage(DesignScene *scene, const QDateTime &when = QDateTime::currentDateTime());

    QSizeF size() const { return m_size; }
    QString title() const { return m_title; }         // "seichi-onp-k8s — design review"
    QString description() const { return m_summary; } // one line for metadata
    const std::array<int, 3> &findingCounts() const { return m_counts; } // info, warning, error

    // Paints the page at (0, 0) in page units: white background, then the content.
    void paint(QPainter *painter) const;
    // Paints the page scaled into `target`, keeping its proportions, centred.
    void paint(QPainter *painter, const QRectF &target) const;

private:
    struct Block
    {
        QString text;
        QFont font;
        QColor color;
        QRectF rect;
    };

    // reviewpagetext.cpp: what the page says.
    void collectTexts(const Topology &topology, const QString &filePath, const QDateTime &when,
                      const ValidationReport &report);
    // reviewpage.cpp: where it goes.
    void layout();
    Block &addBlock(const QString &text, const QFont &font, const QColor &color, QPointF at,
                    qreal width);
    void paintFindings(QPainter *painter) const;

    DesignScene *m_scene;
    QString m_title;
    QString m_summary;
    QString m_heading;
    QString m_subtitle;
    QString m_description;
    QString m_emptyDiagram;
    QString m_etcdLine;
    QString m_singlePoints;
    QString m_footer;
    QStringList m_countLabels; // info, warning, error
    std::array<int, 3> m_counts{};
    std::optional<ReviewTable> m_networks;
    std::optional<ReviewTable> m_tolerance;

    QList<Block> m_blocks;
    QRectF m_diagramSource;
    QRectF m_diagramTarget;
    QPointF m_networksAt;
    QPointF m_toleranceAt;
    QRectF m_findingsRect;
    QSizeF m_size;
};

} // namespace Clusterwright
