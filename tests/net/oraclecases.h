// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "netrandom.h"

#include <QStringList>

namespace Clusterwright {

// Input lines for oracle.py: tab-separated, the operation first. The same
// seed gives the same lines.
class OracleCaseGenerator
{
public:
    explicit OracleCaseGenerator(quint32 seed);

    QStringList addressCases(int count);
    QStringList prefixCases(int count);
    QStringList rangeCases(int count);
    QStringList prefixPairCases(int count);
    QStringList rangePairCases(int count);
    QStringList nextFreeCases(int count);
    QStringList pairsCases(int sets, int rangesPerSet);

private:
    NetRandom m_r;
};

} // namespace Clusterwright
