// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "canvas/designstyle.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

namespace Clusterwright {

using namespace Qt::StringLiterals;

QColor DesignStyle::roleColor(Role role)
{
    switch (role) {
    case Role::ControlPlane:
        return QColor(0x35, 0x68, 0xd4);
    case Role::Worker:
        return QColor(0x2e, 0x8b, 0x57);
    case Role::Etcd:
        return QColor(0x86, 0x4b, 0xc9);
    case Role::Bastion:
        return QColor(0xb8, 0x5c, 0x10);
    case Role::Storage:
        return QColor(0x0b, 0x81, 0x86);
    }
    return Qt::gray;
}

QString DesignStyle::roleLabel(Role role)
{
    switch (role) {
    case Role::ControlPlane:
        return tr("control plane");
    case Role::Worker:
        return tr("worker");
    case Role::Etcd:
        return tr("etcd");
    case Role::Bastion:
        return tr("bastion");
    case Role::Storage:
        return tr("storage");
    }
    return {};
}

QColor DesignStyle::networkColor(int index)
{
    static const QColor colors[] = {
        QColor(0x2b, 0x7b, 0xba), QColor(0x7a, 0x51, 0x95), QColor(0x1a, 0x98, 0x50),
        QColor(0xb3, 0x58, 0x06), QColor(0x00, 0x83, 0x8f), QColor(0x8d, 0x6e, 0x63),
        QColor(0x5c, 0x6b, 0xc0), QColor(0xad, 0x14, 0x57),
    };
    if (index < 0)
        return QColor(0x88, 0x88, 0x88);
    return colors[index % std::size(colors)];
}

QColor DesignStyle::severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QColor(0xd3, 0x2f, 0x2f);
    case Severity::Warning:
        return QColor(0xe0, 0x9b, 0x00);
    case Severity::Info:
        return QColor(0x1e, 0x88, 0xe5);
    }
    return Qt::gray;
}

QColor DesignStyle::paletteColor(PaletteItemKind kind)
{
    switch (kind) {
    case PaletteItemKind::ControlPlaneNode:
        return roleColor(Role::ControlPlane);
    case PaletteItemKind::WorkerNode:
        return roleColor(Role::Worker);
    case PaletteItemKind::EtcdNode:
        return roleColor(Role::Etcd);
    case PaletteItemKind::Bastion:
        return roleColor(Role::Bastion);
    case PaletteItemKind::Network:
        return networkColor(0);
    case PaletteItemKind::ApiVip:
        return QColor(0xa1, 0x6d, 0x00);
    case PaletteItemKind::LoadBalancerPool:
        return QColor(0x00, 0x79, 0x6b);
    case PaletteItemKind::NfsStorage:
        return QColor(0x54, 0x6e, 0x7a);
    case PaletteItemKind::CephStorage:
        return QColor(0xc1, 0x4d, 0x00);
    case PaletteItemKind::PhysicalHost:
        return QColor(0x60, 0x60, 0x60);
    }
    return Qt::gray;
}

QString DesignStyle::paletteLabel(PaletteItemKind kind)
{
    switch (kind) {
    case PaletteItemKind::ControlPlaneNode:
        return tr("Control-plane node");
    case PaletteItemKind::WorkerNode:
        return tr("Worker node");
    case PaletteItemKind::EtcdNode:
        return tr("etcd node");
    case PaletteItemKind::Bastion:
        return tr("Bastion");
    case PaletteItemKind::Network:
        return tr("Network");
    case PaletteItemKind::ApiVip:
        return tr("API VIP");
    case PaletteItemKind::LoadBalancerPool:
        return tr("LoadBalancer pool");
    case PaletteItemKind::NfsStorage:
        return tr("NFS storage");
    case PaletteItemKind::CephStorage:
        return tr("Ceph storage");
    case PaletteItemKind::PhysicalHost:
        return tr("Physical host");
    }
    return {};
}

QString DesignStyle::paletteChipText(PaletteItemKind kind)
{
    switch (kind) {
    case PaletteItemKind::ControlPlaneNode:
        return tr("CP", "chip");
    case PaletteItemKind::WorkerNode:
        return tr("WK", "chip");
    case PaletteItemKind::EtcdNode:
        return tr("ETCD", "chip");
    case PaletteItemKind::Bastion:
        return tr("SSH", "chip");
    case PaletteItemKind::Network:
        return tr("NET", "chip");
    case PaletteItemKind::ApiVip:
        return tr("API", "chip");
    case PaletteItemKind::LoadBalancerPool:
        return tr("LB", "chip");
    case PaletteItemKind::NfsStorage:
        return tr("NFS", "chip");
    case PaletteItemKind::CephStorage:
        return tr("CEPH", "chip");
    case PaletteItemKind::PhysicalHost:
        return tr("HOST", "chip");
    }
    return {};
}

QFont DesignStyle::nameFont()
{
    QFont font = QGuiApplication::font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.05);
    return font;
}

QFont DesignStyle::detailFont()
{
    QFont font = QGuiApplication::font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    return font;
}

QFont DesignStyle::chipFont()
{
    QFont font = QGuiApplication::font();
    font.setPointSizeF(font.pointSizeF() * 0.75);
    font.setBold(true);
    return font;
}

qreal DesignStyle::chipWidth(const QString &text)
{
    static const QFontMetricsF metrics(chipFont());
    return std::ceil(metrics.horizontalAdvance(text)) + 10;
}

qreal DesignStyle::drawChip(QPainter *painter, QPointF topLeft, const QColor &color,
                            const QString &text)
{
    const qreal width = chipWidth(text);
    const QRectF rect(topLeft, QSizeF(width, ChipHeight));
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawRoundedRect(rect, 4, 4);
    painter->setPen(Qt::white);
    painter->setFont(chipFont());
    painter->drawText(rect, Qt::AlignCenter, text);
    return width;
}

void DesignStyle::drawSeverityBadge(QPainter *painter, QPointF c, Severity severity)
{
    const qreal r = BadgeRadius;
    painter->setPen(QPen(Qt::white, 1.5));
    painter->setBrush(severityColor(severity));
    if (severity == Severity::Warning) {
        QPainterPath triangle;
        triangle.moveTo(c.x(), c.y() - r);
        triangle.lineTo(c.x() + r * 1.1, c.y() + r * 0.85);
        triangle.lineTo(c.x() - r * 1.1, c.y() + r * 0.85);
        triangle.closeSubpath();
        painter->drawPath(triangle);
    } else {
        painter->drawEllipse(c, r, r);
    }
    QFont font = chipFont();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    painter->setFont(font);
    painter->setPen(severity == Severity::Warning ? Qt::black : Qt::white);
    const QRectF box(c.x() - r, c.y() - r + (severity == Severity::Warning ? 2 : 0), 2 * r, 2 * r);
    painter->drawText(box, Qt::AlignCenter, severity == Severity::Info ? u"i"_s : u"!"_s);
}

void DesignStyle::drawPlate(QPainter *painter, const QRectF &rect, const QPalette &palette)
{
    QColor base = palette.color(QPalette::Base);
    base.setAlpha(215);
    painter->setPen(Qt::NoPen);
    painter->setBrush(base);
    painter->drawRoundedRect(rect, 3, 3);
}

QIcon DesignStyle::paletteIcon(PaletteItemKind kind)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48}) {
        const qreal dpr = qApp ? qApp->devicePixelRatio() : 1.0;
        QPixmap pixmap(QSize(size, size) * dpr);
        pixmap.setDevicePixelRatio(dpr);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const QColor color = paletteColor(kind);
        const qreal s = size;
        p.setPen(QPen(color.darker(130), std::max(1.0, s / 16)));
        p.setBrush(color);
        switch (kind) {
        case PaletteItemKind::Network:
            p.drawRoundedRect(QRectF(s * 0.05, s * 0.42, s * 0.9, s * 0.16), 1, 1);
            p.drawLine(QPointF(s * 0.3, s * 0.5), QPointF(s * 0.3, s * 0.85));
            p.drawLine(QPointF(s * 0.7, s * 0.5), QPointF(s * 0.7, s * 0.85));
            break;
        case PaletteItemKind::NfsStorage:
        case PaletteItemKind::CephStorage:
            p.drawRect(QRectF(s * 0.2, s * 0.25, s * 0.6, s * 0.55));
            p.drawEllipse(QRectF(s * 0.2, s * 0.7, s * 0.6, s * 0.2));
            p.setBrush(color.lighter(140));
            p.drawEllipse(QRectF(s * 0.2, s * 0.15, s * 0.6, s * 0.2));
            break;
        case PaletteItemKind::PhysicalHost:
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(color, std::max(1.0, s / 12), Qt::DashLine));
            p.drawRoundedRect(QRectF(s * 0.1, s * 0.1, s * 0.8, s * 0.8), s * 0.1, s * 0.1);
            p.setBrush(color);
            p.drawRect(QRectF(s * 0.28, s * 0.35, s * 0.44, s * 0.3));
            break;
        case PaletteItemKind::ApiVip:
        case PaletteItemKind::LoadBalancerPool: {
            QPainterPath tag;
            tag.moveTo(s * 0.1, s * 0.5);
            tag.lineTo(s * 0.35, s * 0.2);
            tag.lineTo(s * 0.9, s * 0.2);
            tag.lineTo(s * 0.9, s * 0.8);
            tag.lineTo(s * 0.35, s * 0.8);
            tag.closeSubpath();
            p.drawPath(tag);
            p.setBrush(Qt::white);
            p.drawEllipse(QPointF(s * 0.35, s * 0.5), s * 0.07, s * 0.07);
            break;
        }
        default:
            p.setBrush(QColor(0xf4, 0xf4, 0xf4));
            p.drawRoundedRect(QRectF(s * 0.08, s * 0.2, s * 0.84, s * 0.6), s * 0.1, s * 0.1);
            p.setBrush(color);
            p.setPen(Qt::NoPen);
            p.drawRect(QRectF(s * 0.08, s * 0.2, s * 0.2, s * 0.6));
            break;
        }
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace Clusterwright
