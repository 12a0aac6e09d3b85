// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "addressmap/addressstrips.h"

#include "addressmap/addressstrips_p.h"

#include <QFontMetricsF>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Clusterwright {

using namespace AddressStripsStyle;

AddressStrips::AddressStrips(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setAccessibleName(tr("Address map"));
}

void AddressStrips::setMaps(const QList<NetworkAddressMap> &maps)
{
    m_maps = maps;
    setMinimumHeight(int(std::max<qsizetype>(1, m_maps.size()) * RowHeight));
    relayout();
}

QSize AddressStrips::sizeHint() const
{
    return QSize(480, int(std::max<qsizetype>(1, m_maps.size()) * RowHeight));
}

void AddressStrips::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void AddressStrips::relayout()
{
    m_rows.clear();
    const qreal left = Margin;
    const qreal width = std::max<qreal>(this->width() - 2 * Margin, 60);
    for (int i = 0; i < m_maps.size(); ++i) {
        Row row;
        row.top = i * RowHeight;
        layoutRow(row, m_maps.at(i), left, width);
        m_rows << row;
    }
    if (m_currentRow >= m_rows.size()
        || (m_currentRow >= 0 && m_currentGroup >= m_rows.at(m_currentRow).groups.size())) {
        m_currentRow = -1;
        m_currentGroup = -1;
    }
    update();
}

void AddressStrips::layoutRow(Row &row, const NetworkAddressMap &map, qreal left, qreal width)
{
    if (!map.prefix) {
        row.detail = tr("%1 · not a valid CIDR: %2").arg(map.cidr, map.error);
        return;
    }
    const IpPrefix &prefix = *map.prefix;
    row.detail = tr("%1 · %2 – %3 · %4 addresses · %n marked", nullptr, int(map.marks.size()))
                     .arg(prefix.toString(), prefix.network().toString(), prefix.last().toString(),
                          countText(prefix.size()));
    if (const int issues = map.issueCount())
        row.detail += tr(" · ! %n with problems", nullptr, issues);
    row.bar = QRectF(left, row.top + BarOffset, width, BarHeight);
    const auto x = [&](const IpAddress &address, long double plus) {
        return left + width * fraction(prefix, address, plus);
    };

    struct Item
    {
        int mark;
        qreal x;
        bool range;
    };
    QList<Item> items;
    for (int m = 0; m < map.marks.size(); ++m) {
        const AddressMark &mark = map.marks.at(m);
        if (mark.isRange()) {
            const qreal x0 = x(mark.range.first(), 0);
            const qreal x1 = std::max(x(mark.range.last(), 1), x0 + MinBandWidth);
            const QRectF band(x0, row.bar.top() - 2, x1 - x0, row.bar.height() + 4);
            row.bands.append({m, band});
            items.append({m, band.center().x(), true});
        } else {
            items.append({m, x(mark.range.first(), 0.5L), false});
        }
    }
    std::stable_sort(items.begin(), items.end(),
                     [](const Item &a, const Item &b) { return a.x < b.x; });

    const QFontMetricsF badgeMetrics(badgeFont(font()));
    const QFontMetricsF labelMetrics(labelFont(font()));
    qreal laneRight[2] = {-1e9, -1e9};
    qreal labelRight = -1e9;
    const auto finish = [&](Group &group, qreal minX, qreal maxX) {
        QString letters;
        for (int m : std::as_const(group.marks)) {
            const AddressMark &mark = map.marks.at(m);
            group.flagged = group.flagged || !mark.issues.isEmpty();
            const QChar letter = markLetter(mark.kind);
            if (!letters.contains(letter))
                letters += letter;
        }
        group.text = (group.flagged ? u"!"_s : QString()) + letters;
        if (group.marks.size() > 1)
            group.text += u'×' + QString::number(group.marks.size());
        const qreal center = (minX + maxX) / 2;
        const qreal badgeWidth = badgeMetrics.horizontalAdvance(group.text) + 8;
        qreal x0 = std::clamp(center - badgeWidth / 2, left, left + width - badgeWidth);
        // Two lanes above the bar; a badge that would cover its neighbour goes up one.
        int lane = x0 >= laneRight[0] + 2 ? 0 : (x0 >= laneRight[1] + 2 ? 1 : 0);
        if (x0 < laneRight[lane] + 2)
            x0 = laneRight[lane] + 2;
        laneRight[lane] = x0 + badgeWidth;
        const qreal top = row.bar.top() - 6 - BadgeHeight - lane * LaneStep;
        group.badge = QRectF(x0, top, badgeWidth, BadgeHeight);

        const AddressMark &first = map.marks.at(group.marks.first());
        group.label = rangeText(first.range);
        if (group.marks.size() > 1)
            group.label = tr("%1 +%2").arg(group.label).arg(group.marks.size() - 1);
        const qreal labelWidth = labelMetrics.horizontalAdvance(group.label) + 4;
        const qreal lx = std::clamp(center - labelWidth / 2, left, left + width - labelWidth);
        group.labelRect = QRectF(lx, row.top + LabelOffset, labelWidth, labelMetrics.height());
        // Labels that would overlap are left to the tooltip.
        group.showLabel = lx >= labelRight + 6;
        if (group.showLabel)
            labelRight = lx + labelWidth;
        row.groups << group;
    };

    Group group;
    qreal minX = 0;
    qreal maxX = 0;
    for (const Item &item : std::as_const(items)) {
        if (!group.marks.isEmpty() && item.x - minX >= MergeDistance) {
            finish(group, minX, maxX);
            group = Group();
        }
        if (group.marks.isEmpty())
            minX = item.x;
        maxX = item.x;
        group.marks << item.mark;
        if (!item.range)
            group.ticks << item.x;
    }
    if (!group.marks.isEmpty())
        finish(group, minX, maxX);
}

std::pair<int, int> AddressStrips::groupAt(QPointF pos) const
{
    const int r = int(pos.y() / RowHeight);
    if (pos.y() < 0 || r >= m_rows.size())
        return {-1, -1};
    const Row &row = m_rows.at(r);
    for (int g = 0; g < row.groups.size(); ++g) {
        if (row.groups.at(g).badge.adjusted(-2, -2, 2, 2).contains(pos))
            return {r, g};
    }
    const auto groupOf = [&](int mark) {
        for (int g = 0; g < row.groups.size(); ++g) {
            if (row.groups.at(g).marks.contains(mark))
                return g;
        }
        return -1;
    };
    // Single addresses before pools: an address inside a pool is the likelier aim.
    if (row.bar.adjusted(0, -4, 0, 4).contains(pos)) {
        for (int g = 0; g < row.groups.size(); ++g) {
            for (qreal tick : row.groups.at(g).ticks) {
                if (std::abs(tick - pos.x()) <= TickSlack)
                    return {r, g};
            }
        }
    }
    for (const Band &band : row.bands) {
        if (band.rect.contains(pos))
            return {r, groupOf(band.mark)};
    }
    return {-1, -1};
}

QString AddressStrips::toolTipAt(const QPoint &pos) const
{
    const auto [r, g] = groupAt(pos);
    if (r < 0 || g < 0)
        return {};
    QStringList lines;
    const NetworkAddressMap &map = m_maps.at(r);
    for (int m : m_rows.at(r).groups.at(g).marks) {
        const AddressMark &mark = map.marks.at(m);
        lines << tr("%1 — %2 %3").arg(rangeText(mark.range), markKindName(mark.kind), mark.label);
        for (const QString &issue : mark.issues)
            lines << tr("    ! %1").arg(issue);
    }
    return lines.join(u'\n');
}

QString AddressStrips::badgeTextAt(const QPoint &pos) const
{
    const auto [r, g] = groupAt(pos);
    return r < 0 || g < 0 ? QString() : m_rows.at(r).groups.at(g).text;
}

void AddressStrips::setHighlighted(const QList<ObjectRef> &objects)
{
    if (objects == m_highlighted)
        return;
    m_highlighted = objects;
    update();
}

bool AddressStrips::highlights(const Group &group, const NetworkAddressMap &map) const
{
    // By kind and name: indexes shift when objects before them are removed.
    return std::any_of(group.marks.cbegin(), group.marks.cend(), [&](int m) {
        const ObjectRef &object = map.marks.at(m).object;
        return std::any_of(m_highlighted.cbegin(), m_highlighted.cend(), [&](const ObjectRef &h) {
            return h.kind == object.kind && h.name == object.name;
        });
    });
}

bool AddressStrips::isHighlighted(const QString &network, const QString &label) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_maps.at(r).name != network)
            continue;
        for (const Group &group : m_rows.at(r).groups) {
            for (int m : group.marks) {
                if (m_maps.at(r).marks.at(m).label == label)
                    return highlights(group, m_maps.at(r));
            }
        }
    }
    return false;
}

QPoint AddressStrips::badgeCenter(const QString &network, const QString &label) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_maps.at(r).name != network)
            continue;
        for (const Group &group : m_rows.at(r).groups) {
            for (int m : group.marks) {
                if (m_maps.at(r).marks.at(m).label == label)
                    return group.badge.center().toPoint();
            }
        }
    }
    return {-1, -1};
}

bool AddressStrips::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

void AddressStrips::mousePressEvent(QMouseEvent *event)
{
    const auto [r, g] = groupAt(event->position());
    if (event->button() != Qt::LeftButton || r < 0 || g < 0) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    setCurrent(r, g);
    activate(r, g);
}

void AddressStrips::setCurrent(int row, int group)
{
    m_currentRow = row;
    m_currentGroup = group;
    update();
}

void AddressStrips::activate(int row, int group)
{
    QList<ObjectRef> objects;
    for (int m : m_rows.at(row).groups.at(group).marks) {
        const ObjectRef &ref = m_maps.at(row).marks.at(m).object;
        if (!objects.contains(ref))
            objects << ref;
    }
    emit objectsActivated(objects);
}

void AddressStrips::keyPressEvent(QKeyEvent *event)
{
    const auto groups = [&](int row) { return int(m_rows.at(row).groups.size()); };
    if (m_rows.isEmpty()) {
        QWidget::keyPressEvent(event);
        return;
    }
    int row = std::max(m_currentRow, 0);
    int group = m_currentGroup;
    switch (event->key()) {
    case Qt::Key_Right:
        group = std::min(group + 1, groups(row) - 1);
        break;
    case Qt::Key_Left:
        group = std::max(group - 1, 0);
        break;
    case Qt::Key_Home:
        group = 0;
        break;
    case Qt::Key_End:
        group = groups(row) - 1;
        break;
    case Qt::Key_Down:
    case Qt::Key_Up: {
        const int next
            = std::clamp(row + (event->key() == Qt::Key_Down ? 1 : -1), 0, int(m_rows.size()) - 1);
        // The badge nearest to where the eye was.
        const qreal x = group >= 0 && group < groups(row)
                            ? m_rows.at(row).groups.at(group).badge.center().x()
                            : 0;
        row = next;
        group = -1;
        qreal best = 1e12;
        for (int g = 0; g < groups(row); ++g) {
            const qreal distance = std::abs(m_rows.at(row).groups.at(g).badge.center().x() - x);
            if (distance < best) {
                best = distance;
                group = g;
            }
        }
        break;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_currentRow >= 0 && m_currentGroup >= 0)
            activate(m_currentRow, m_currentGroup);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    setCurrent(row, group < groups(row) ? group : -1);
    if (m_currentGroup >= 0) {
        const Group &current = m_rows.at(row).groups.at(m_currentGroup);
        QToolTip::showText(mapToGlobal(current.badge.bottomLeft().toPoint()),
                           toolTipAt(current.badge.center().toPoint()), this);
    }
}

} // namespace Clusterwright
