// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "addressmap/addressmappanel.h"

#include "addressmap/addressmapmodel.h"
#include "addressmap/addressstrips.h"
#include "model/topologydocument.h"

#include <QLabel>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Clusterwright {

AddressMapPanel::AddressMapPanel(TopologyDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_strips(new AddressStrips(this))
    , m_timer(new QTimer(this))
{
    m_strips->setObjectName(u"addressStrips"_s);
    QStringList legend;
    for (auto kind :
         {AddressMark::Kind::Gateway, AddressMark::Kind::Node, AddressMark::Kind::Vip,
          AddressMark::Kind::LoadBalancer, AddressMark::Kind::Storage, AddressMark::Kind::Host}) {
        legend << tr("%1 %2").arg(markLetter(kind)).arg(markKindName(kind));
    }
    legend << tr("! problem") << tr("×n marks close together (hover for the list)");
    auto *legendLabel = new QLabel(legend.join(u"  ·  "_s), this);
    legendLabel->setObjectName(u"addressMapLegend"_s);
    // One line that may be cut off (the full legend is its tooltip): a wrapped legend and the
    // scroll area's own minimum would make the dock area, and so the window, taller.
    legendLabel->setToolTip(legend.join(u'\n'));
    legendLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    legendLabel->setContentsMargins(6, 2, 6, 2);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_strips);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumHeight(40);
    setFocusProxy(m_strips);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(legendLabel);
    layout->addWidget(scroll, 1);

    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &AddressMapPanel::refresh);
    connect(m_strips, &AddressStrips::objectsActivated, this, &AddressMapPanel::objectsActivated);
    // Node positions never change an address: drags do not rebuild the map.
    connect(document, &TopologyDocument::resetDone, this, &AddressMapPanel::scheduleRefresh);
    connect(document, &TopologyDocument::objectInserted, this, &AddressMapPanel::scheduleRefresh);
    connect(document, &TopologyDocument::objectRemoved, this, &AddressMapPanel::scheduleRefresh);
    connect(document, &TopologyDocument::objectChanged, this, &AddressMapPanel::scheduleRefresh);
    refresh();
}

void AddressMapPanel::scheduleRefresh()
{
    m_stale = true;
    if (isVisible())
        m_timer->start();
}

void AddressMapPanel::refresh()
{
    m_timer->stop();
    m_stale = false;
    m_strips->setMaps(buildAddressMap(m_document->topology()));
}

void AddressMapPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

} // namespace Clusterwright
