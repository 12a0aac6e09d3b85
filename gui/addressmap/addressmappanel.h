// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "validation/finding.h"

#include <QWidget>

class QTimer;

namespace Clusterwright {

class AddressStrips;
class TopologyDocument;

// The Address Map dock's content: a legend over the scrollable strips, kept up to date with
// the document. Rebuilt once per burst of edits, and not at all while hidden.
class AddressMapPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AddressMapPanel(TopologyDocument *document, QWidget *parent = nullptr);

    AddressStrips *strips() const { return m_strips; }
    // Rebuilds now instead of after the current burst of edits.
    void refresh();

signals:
    void objectsActivated(const QList<Clusterwright::ObjectRef> &objects);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();

    TopologyDocument *m_document;
    AddressStrips *m_strips;
    QTimer *m_timer;
    bool m_stale = true;
};

} // namespace Clusterwright
