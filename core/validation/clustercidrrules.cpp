// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// NET rules about the pod and service CIDRs and the cluster's IP families.
#include "validation/rulecontext_p.h"

namespace Clusterwright {

using namespace Qt::StringLiterals;

QList<RuleInfo> clusterCidrRules()
{
    return {
        {u"NET004"_s, Severity::Error, u"The pod or service CIDR overlaps a host network"_s,
         u"Pod and service CIDRs must not share addresses with any network of the design."_s,
         u"The CNI and kube-proxy install routes and NAT rules for the whole CIDR, which then "
         u"capture the nodes' own traffic: in seed 002 a flannel network over the host network "
         u"took sshd down with it."_s,
         u"Use the free private range the fix suggests."_s},
        {u"NET005"_s, Severity::Error, u"The pod and service CIDRs overlap"_s,
         u"The pod CIDR and the service CIDR of one family must be disjoint."_s,
         u"A Service IP that is also a pod IP is routed to the pod or NATed to the Service at "
         u"random; kubeadm refuses such a configuration."_s,
         u"Move the service CIDR to the free range the fix suggests."_s},
        {u"NET006"_s, Severity::Error,
         u"The pod or service CIDR holds a VIP or an outside address"_s,
         u"No VIP address or pool, host address or NFS server may lie in the pod or service "
         u"CIDR."_s,
         u"Traffic to such an address is captured by the pod routes or the Service NAT and never "
         u"reaches the machine."_s,
         u"Move the CIDR to the free range the fix suggests, or move the address."_s},
        {u"NET015"_s, Severity::Error, u"The pod CIDR is too small for the nodes"_s,
         u"Every Kubernetes node gets a /24 of the IPv4 pod CIDR (a /64 of an IPv6 one); the "
         u"CIDR must hold one per control plane, worker and storage node."_s,
         u"kube-controller-manager stops allocating when the CIDR is used up; the nodes past that "
         u"stay NotReady with \"no pod CIDR\"."_s,
         u"Use the shorter prefix the fix suggests."_s},
        {u"NET016"_s, Severity::Error, u"The service CIDR is larger than the API server allows"_s,
         u"An IPv4 service CIDR may be at most a /12, an IPv6 one at most a /108."_s,
         u"kube-apiserver refuses to start with a larger --service-cluster-ip-range, so kubeadm "
         u"init fails."_s,
         u"Use the /12 (or /108) the fix suggests."_s},
        {u"NET017"_s, Severity::Error, u"The pod and service CIDRs do not form a valid stack"_s,
         u"There must be one pod and one service CIDR, or for dual-stack one IPv4 and one IPv6 "
         u"of each; their families must match."_s,
         u"kubeadm rejects a service CIDR whose family has no pod CIDR, and two CIDRs of one "
         u"family."_s,
         u"Add or remove CIDRs so both lists have the same families."_s},
        {u"NET018"_s, Severity::Warning, u"A network's IP family is not used by the cluster"_s,
         u"A network of a family the cluster has no pod CIDR for (an IPv6 network in an "
         u"IPv4-only cluster) is flagged."_s,
         u"Pods and Services get no addresses of that family, and the kubelet may pick the "
         u"wrong node IP; dual-stack needs a pod CIDR of each family."_s,
         u"Add a pod and a service CIDR of that family, or remove the network."_s},
    };
}

namespace {

constexpr int kV4NodeMask = 24;
constexpr int kV6NodeMask = 64;

struct ClusterCidr
{
    IpPrefix prefix; // normalized
    QString label;   // "the pod CIDR 10.244.0.0/16"
    QString path;
    bool pod = true;
};

// A free IPv4 block of `length` in the private ranges that overlaps none of `taken`.
std::optional<IpPrefix> freePrivateBlock(const IntervalIndex &taken, int length,
                                         const QString &preferred)
{
    if (length < 8 || length > 30)
        return std::nullopt;
    if (const auto p = IpPrefix::parse(preferred);
        p && p->length() == length && taken.findOverlap(IpRange::fromPrefix(*p)) < 0) {
        return p;
    }
    const Uint128 block = Uint128(1) << (32 - length);
    for (const char16_t *base : {u"10.0.0.0/8", u"172.16.0.0/12", u"192.168.0.0/16"}) {
        const IpPrefix space = *IpPrefix::parse(QStringView(base));
        if (space.length() > length)
            continue;
        Uint128 at = space.network().value();
        for (int guard = 0; guard < 100000 && at + block - 1 <= space.last().value(); ++guard) {
            const IpRange candidate(IpAddress(IpFamily::V4, at),
                                    IpAddress(IpFamily::V4, at + block - 1));
            IpAddress end;
            if (taken.findOverlap(candidate, &end) < 0)
                return IpPrefix(candidate.first(), length);
            at = (end.value() / block + 1) * block; // the next aligned block past the clash
        }
    }
    return std::nullopt;
}

class CidrChecker
{
public:
    explicit CidrChecker(RuleContext &ctx)
        : m_ctx(ctx)
    {}

    void run();

private:
    void collect(const QList<std::optional<IpPrefix>> &list, const QString &key, bool pod);
    void report(const QString &ruleId, const ClusterCidr &cidr, const QString &message,
                const QList<ObjectRef> &objects);
    void checkFamilies();
    void checkSizes();

    RuleContext &m_ctx;
    QList<ClusterCidr> m_cidrs;
    QHash<QString, std::optional<IpPrefix>> m_replacement; // by path, computed once
};

void CidrChecker::collect(const QList<std::optional<IpPrefix>> &list, const QString &key, bool pod)
{
    for (int i = 0; i < int(list.size()); ++i) {
        if (!list[i])
            continue;
        const IpPrefix p = list[i]->normalized();
        const QString path = cidrListPath(key, i, int(list.size()));
        const QString what = pod ? u"pod"_s : u"service"_s;
        if (list[i]->hasHostBits()) {
            Finding &f = m_ctx.add(u"NET002"_s,
                                   u"The %1 CIDR is written %2, which has host bits set; the range "
                                   u"itself is %3."_s.arg(what, list[i]->toString(), describe(p)),
                                   {}, path);
            f.suggestion = u"Use %1."_s.arg(describe(p));
            f.fix = {{path, describe(p)}};
        }
        m_cidrs.append({p, u"The %1 CIDR %2"_s.arg(what, describe(p)), path, pod});
    }
}

void CidrChecker::report(const QString &ruleId, const ClusterCidr &cidr, const QString &message,
                         const QList<ObjectRef> &objects)
{
    Finding &f = m_ctx.add(ruleId, message, objects, cidr.path);
    if (!m_replacement.contains(cidr.path)) {
        // Everything the design uses, except this CIDR itself.
        IntervalIndex taken;
        for (const ParsedNetwork &n : m_ctx.networks) {
            if (n.subnet)
                taken.add(IpRange::fromPrefix(*n.subnet), 0);
        }
        for (const ParsedVip &v : m_ctx.vips) {
            if (v.range)
                taken.add(*v.range, 0);
            if (v.address)
                taken.add(IpRange(*v.address, *v.address), 0);
        }
        for (const auto &a : m_ctx.hostAddresses) {
            if (a)
                taken.add(IpRange(*a, *a), 0);
        }
        for (const ParsedStorage &s : m_ctx.storage) {
            if (s.server)
                taken.add(IpRange(*s.server, *s.server), 0);
        }
        for (const ClusterCidr &other : std::as_const(m_cidrs)) {
            if (other.path != cidr.path)
                taken.add(IpRange::fromPrefix(other.prefix), 0);
        }
        taken.build();
        const bool v4 = cidr.prefix.family() == IpFamily::V4;
        m_replacement.insert(
            cidr.path, v4 ? freePrivateBlock(taken, cidr.prefix.length(),
                                             cidr.pod ? u"10.244.0.0/16"_s : u"10.96.0.0/12"_s)
                          : std::nullopt);
    }
    if (const auto &free = m_replacement.value(cidr.path)) {
        f.suggestion = u"Use %1, which nothing else in the design uses."_s.arg(describe(*free));
        f.fix = {{cidr.path, describe(*free)}};
    }
}

void CidrChecker::run()
{
    collect(m_ctx.podCidrs, u"podCidr"_s, true);
    collect(m_ctx.serviceCidrs, u"serviceCidr"_s, false);
    const Topology &t = m_ctx.topology;
    for (const ClusterCidr &cidr : std::as_const(m_cidrs)) {
        const IpRange range = IpRange::fromPrefix(cidr.prefix);
        for (int i = 0; i < int(t.networks.size()); ++i) {
            const auto &subnet = m_ctx.networks[i].subnet;
            if (subnet && subnet->overlaps(cidr.prefix)) {
                report(u"NET004"_s, cidr,
                       u"%1 overlaps network %2 (%3): its routes would capture the nodes' own "
                       u"traffic, SSH included."_s.arg(cidr.label, t.networks[i].name,
                                                       describe(*subnet)),
                       {m_ctx.ref(ObjectKind::Network, i)});
            }
        }
        for (int i = 0; i < int(t.vips.size()); ++i) {
            const ParsedVip &v = m_ctx.vips[i];
            const bool hit = (v.address && cidr.prefix.contains(*v.address))
                             || (v.range && v.range->overlaps(range));
            if (hit) {
                report(
                    u"NET006"_s, cidr,
                    u"%1 holds addresses of VIP %2 (%3), which would then never reach the nodes."_s
                        .arg(cidr.label, t.vips[i].name,
                             v.address ? t.vips[i].address : t.vips[i].range),
                    {m_ctx.ref(ObjectKind::Vip, i)});
            }
        }
        for (int i = 0; i < int(t.hosts.size()); ++i) {
            const auto &a = m_ctx.hostAddresses[i];
            if (a && cidr.prefix.contains(*a)) {
                report(u"NET006"_s, cidr,
                       u"%1 holds the address %2 of host %3, which the cluster "
                       u"could then no longer reach."_s.arg(cidr.label, a->toString(),
                                                            t.hosts[i].name),
                       {m_ctx.ref(ObjectKind::Host, i)});
            }
        }
        for (int i = 0; i < int(t.storage.size()); ++i) {
            const auto &a = m_ctx.storage[i].server;
            if (a && cidr.prefix.contains(*a)) {
                report(u"NET006"_s, cidr,
                       u"%1 holds the address %2 of the server of storage %3, "
                       u"so volumes could not be mounted."_s.arg(cidr.label, a->toString(),
                                                                 t.storage[i].name),
                       {m_ctx.ref(ObjectKind::Storage, i)});
            }
        }
    }
    for (const ClusterCidr &pod : std::as_const(m_cidrs)) {
        for (const ClusterCidr &service : std::as_const(m_cidrs)) {
            if (pod.pod && !service.pod && pod.prefix.overlaps(service.prefix)) {
                report(u"NET005"_s, service,
                       u"%1 overlaps the pod CIDR %2; a Service IP must never be a pod IP."_s.arg(
                           service.label, describe(pod.prefix)),
                       {});
            }
        }
    }
    checkSizes();
    checkFamilies();
}

void CidrChecker::checkSizes()
{
    const int nodes = m_ctx.kubeNodeCount;
    int bitsNeeded = 0;
    while ((1 << bitsNeeded) < nodes && bitsNeeded < 30)
        ++bitsNeeded;
    for (const ClusterCidr &cidr : std::as_const(m_cidrs)) {
        const bool v4 = cidr.prefix.family() == IpFamily::V4;
        if (cidr.pod && nodes > 0) {
            const int nodeMask = v4 ? kV4NodeMask : kV6NodeMask;
            if (nodeMask - cidr.prefix.length() < bitsNeeded) {
                const int length = nodeMask - bitsNeeded;
                const QString better
                    = describe(IpPrefix(cidr.prefix.address(), length).normalized());
                Finding &f = m_ctx.add(
                    u"NET015"_s,
                    u"%1 holds %2 node blocks of /%3, but the cluster has %4 "
                    u"Kubernetes nodes."_s.arg(cidr.label)
                        .arg(cidr.prefix.length() > nodeMask
                                 ? u"no"_s
                                 : QString::number(1ULL << (nodeMask - cidr.prefix.length())))
                        .arg(nodeMask)
                        .arg(nodes),
                    {}, cidr.path);
                f.suggestion = u"Use %1."_s.arg(better);
                f.fix = {{cidr.path, better}};
            }
        }
        const int widest = v4 ? 12 : 108;
        if (!cidr.pod && cidr.prefix.length() < widest) {
            const QString better = describe(IpPrefix(cidr.prefix.address(), widest).normalized());
            Finding &f = m_ctx.add(
                u"NET016"_s,
                u"%1 is larger than the API server accepts (at most /%2)."_s.arg(cidr.label)
                    .arg(widest),
                {}, cidr.path);
            f.suggestion = u"Use %1."_s.arg(better);
            f.fix = {{cidr.path, better}};
        }
    }
}

void CidrChecker::checkFamilies()
{
    const ClusterSettings &c = m_ctx.topology.cluster;
    auto families = [](const QList<std::optional<IpPrefix>> &list, bool *ok) {
        QList<IpFamily> out;
        for (const auto &p : list) {
            if (!p)
                *ok = false;
            else
                out.append(p->family());
        }
        return out;
    };
    bool parsed = true;
    const QList<IpFamily> pods = families(m_ctx.podCidrs, &parsed);
    const QList<IpFamily> services = families(m_ctx.serviceCidrs, &parsed);
    auto problem = [](const QList<IpFamily> &f, const QString &what) -> QString {
        if (f.isEmpty())
            return u"The cluster has no %1 CIDR."_s.arg(what);
        if (f.size() > 2)
            return u"The cluster has %1 %2 CIDRs; dual-stack takes two, one per family."_s
                .arg(f.size())
                .arg(what);
        if (f.size() == 2 && f[0] == f[1])
            return u"Both %1 CIDRs are of one IP family; dual-stack needs one IPv4 and one IPv6."_s
                .arg(what);
        return {};
    };
    const QString podProblem = c.podCidrs.isEmpty() || parsed ? problem(pods, u"pod"_s) : QString();
    const QString serviceProblem
        = c.serviceCidrs.isEmpty() || parsed ? problem(services, u"service"_s) : QString();
    if (!podProblem.isEmpty()) {
        Finding &f = m_ctx.add(u"NET017"_s, podProblem, {}, u"cluster.podCidr"_s);
        if (pods.isEmpty()) {
            f.suggestion = u"Use 10.244.0.0/16, the usual default."_s;
            f.fix = {{u"cluster.podCidr"_s, u"10.244.0.0/16"_s}};
        }
    }
    if (!serviceProblem.isEmpty()) {
        Finding &f = m_ctx.add(u"NET017"_s, serviceProblem, {}, u"cluster.serviceCidr"_s);
        if (services.isEmpty()) {
            f.suggestion = u"Use 10.96.0.0/12, kubeadm's default."_s;
            f.fix = {{u"cluster.serviceCidr"_s, u"10.96.0.0/12"_s}};
        }
    }
    if (!parsed || !podProblem.isEmpty() || !serviceProblem.isEmpty())
        return;
    const bool podV4 = pods.contains(IpFamily::V4), podV6 = pods.contains(IpFamily::V6);
    if (podV4 != services.contains(IpFamily::V4) || podV6 != services.contains(IpFamily::V6)) {
        m_ctx
            .add(u"NET017"_s,
                 u"The pod CIDRs (%1) and the service CIDRs (%2) are not of the same IP families."_s
                     .arg(c.podCidrs.join(u", "_s), c.serviceCidrs.join(u", "_s)),
                 {}, u"cluster.serviceCidr"_s)
            .suggestion
            = u"Give each family the cluster uses one pod and one service CIDR."_s;
        return;
    }
    for (int i = 0; i < int(m_ctx.networks.size()); ++i) {
        const auto &subnet = m_ctx.networks[i].subnet;
        if (!subnet || (subnet->family() == IpFamily::V4 ? podV4 : podV6))
            continue;
        m_ctx
            .add(u"NET018"_s,
                 u"Network %1 is %2, but the cluster is %3-only: pods and Services get no "
                 u"addresses there and the kubelet may pick the wrong node address."_s.arg(
                     m_ctx.topology.networks[i].name,
                     subnet->family() == IpFamily::V4 ? u"IPv4"_s : u"IPv6"_s,
                     podV4 ? u"IPv4"_s : u"IPv6"_s),
                 {m_ctx.ref(ObjectKind::Network, i)},
                 objectPath(ObjectKind::Network, i) + u".cidr"_s)
            .suggestion
            = u"For dual-stack, add a pod and a service CIDR of that family."_s;
    }
}

} // namespace

void checkClusterCidrs(RuleContext &ctx)
{
    CidrChecker(ctx).run();
}

} // namespace Clusterwright
