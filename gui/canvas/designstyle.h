// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "edit/objectfactory.h"
#include "model/enums.h"
#include "validation/finding.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QIcon>

class QPainter;
class QPalette;
class QRectF;

namespace Clusterwright {

// The canvas's visual language in one place, shared with the palette. Roles, severities and
// object kinds always show a word or a shape next to their colour, never the colour alone.
// Accent colours are mid-tone so white chip text and the palette's text both read on light
// and dark themes; everything else comes from QPalette roles.
class DesignStyle
{
    Q_DECLARE_TR_FUNCTIONS(Clusterwright::DesignStyle)

public:
    static QColor roleColor(Role role);
    static QString roleLabel(Role role);
    static QColor networkColor(int index);
    static QColor severityColor(Severity severity);
    static QColor paletteColor(PaletteItemKind kind);
    static QString paletteLabel(PaletteItemKind kind);    // "Control-plane node"
    static QString paletteChipText(PaletteItemKind kind); // "CP"

    static QFont nameFont();
    static QFont detailFont();
    static QFont chipFont();

    // A coloured rounded box with white text, width fitted to the text; returns its width.
    static qreal drawChip(QPainter *painter, QPointF topLeft, const QColor &color,
                          const QString &text);
    static qreal chipWidth(const QString &text);
    static constexpr qreal ChipHeight = 16;

    // A severity badge: a circle with "!" for errors, a triangle for warnings, a circle with
    // "i" for information.
    static void drawSeverityBadge(QPainter *painter, QPointF center, Severity severity);
    static constexpr qreal BadgeRadius = 9;

    // Text on a translucent plate, for labels that cross lines.
    static void drawPlate(QPainter *painter, const QRectF &rect, const QPalette &palette);

    static QIcon paletteIcon(PaletteItemKind kind);
};

} // namespace Clusterwright
