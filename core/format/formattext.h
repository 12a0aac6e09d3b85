// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include <QCoreApplication>

namespace Clusterwright {

// The translation context of the messages the file format reports, so lupdate
// finds them although the reader and writer are not QObjects.
class FormatText
{
    Q_DECLARE_TR_FUNCTIONS(Clusterwright::TopologyFormat)
};

} // namespace Clusterwright
