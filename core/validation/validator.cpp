// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "validation/validator.h"

#include "validation/rulecontext_p.h"

#include <algorithm>

namespace Clusterwright {

namespace {

int severityRank(Severity s)
{
    switch (s) {
    case Severity::Error:
        return 0;
    case Severity::Warning:
        return 1;
    case Severity::Info:
        return 2;
    }
    return 3;
}

// Orders "nodes[2]" before "nodes[10]": digit runs compare as numbers.
int naturalCompare(QStringView a, QStringView b)
{
    qsizetype i = 0, j = 0;
    auto isDigit = [](QChar c) { return c >= u'0' && c <= u'9'; };
    while (i < a.size() && j < b.size()) {
        if (isDigit(a[i]) && isDigit(b[j])) {
            qsizetype ei = i, ej = j;
            while (ei < a.size() && isDigit(a[ei]))
                ++ei;
            while (ej < b.size() && isDigit(b[ej]))
                ++ej;
            QStringView na = a.mid(i, ei - i), nb = b.mid(j, ej - j);
            while (na.size() > 1 && na.front() == u'0')
                na = na.mid(1);
            while (nb.size() > 1 && nb.front() == u'0')
                nb = nb.mid(1);
            if (na.size() != nb.size())
                return na.size() < nb.size() ? -1 : 1;
            if (const int c = na.compare(nb); c != 0)
                return c;
            i = ei;
            j = ej;
            continue;
        }
        if (a[i] != b[j])
            return a[i] < b[j] ? -1 : 1;
        ++i;
        ++j;
    }
    return (a.size() - i) < (b.size() - j) ? -1 : (a.size() - i) > (b.size() - j) ? 1 : 0;
}

bool findingLess(const Finding &a, const Finding &b)
{
    if (a.severity != b.severity)
        return severityRank(a.severity) < severityRank(b.severity);
    if (a.ruleId != b.ruleId)
        return a.ruleId < b.ruleId;
    return naturalCompare(a.path, b.path) < 0;
}

} // namespace

int ValidationReport::count(Severity severity) const
{
    return int(std::count_if(findings.cbegin(), findings.cend(),
                             [severity](const Finding &f) { return f.severity == severity; }));
}

ValidationReport validateTopology(const Topology &topology, const SourceMap *sourceMap)
{
    ValidationReport report;
    {
        RuleContext context(topology, report.findings);
        checkNames(context);
        checkAddresses(context);
        checkAddressUsage(context);
        checkClusterCidrs(context);
        checkControlPlane(context);
        checkLoadBalancers(context);
        checkStorage(context);
        checkSsh(context);
    }
    checkFailureDomains(topology, report.findings);
    report.faultTolerance = analyzeFaultTolerance(topology);

    for (Finding &f : report.findings) {
        if (f.path.isEmpty() && !f.objects.isEmpty() && f.objects.front().index >= 0)
            f.path = objectPath(f.objects.front().kind, f.objects.front().index);
        if (sourceMap && !sourceMap->isEmpty() && !f.path.isEmpty())
            f.location = sourceMap->find(f.path);
    }
    std::stable_sort(report.findings.begin(), report.findings.end(), findingLess);
    return report;
}

} // namespace Clusterwright
