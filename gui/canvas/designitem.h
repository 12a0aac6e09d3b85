// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "validation/finding.h"

#include <QGraphicsItem>

#include <optional>

namespace Clusterwright {

// The common part of the items that stand for one named object of the design: which
// object (kind and current index, kept up to date by the scene) and its findings badge.
class DesignItem : public QGraphicsItem
{
public:
    DesignItem(ObjectKind kind, int index);

    ObjectKind objectKind() const { return m_kind; }
    int objectIndex() const { return m_index; }
    void setObjectIndex(int index) { m_index = index; }
    QString objectName() const { return m_name; }
    ObjectRef ref() const { return {m_kind, m_name, m_index}; }

    // The worst severity of the findings about this object and their messages (tooltip).
    void setFindings(std::optional<Severity> severity, const QString &messages);
    std::optional<Severity> severity() const { return m_severity; }

    // A potential drop target under a dragged node.
    void setDropHighlight(bool on);

protected:
    void setObjectName(const QString &name) { m_name = name; }
    // What the tooltip says under the name; the findings follow.
    void setDetails(const QString &details);
    void paintBadge(QPainter *painter, QPointF center) const;
    bool dropHighlight() const { return m_dropHighlight; }

private:
    void updateToolTip();

    ObjectKind m_kind;
    int m_index;
    QString m_name;
    std::optional<Severity> m_severity;
    QString m_findings;
    QString m_details;
    bool m_dropHighlight = false;
};

} // namespace Clusterwright
