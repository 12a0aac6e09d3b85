// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "model/topology.h"
#include "net/iprange.h"
#include "validation/finding.h"
#include "validation/intervalindex_p.h"
#include "validation/rule.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

// The topology parsed and indexed once per validation, shared by every rule
// group so none of them re-parses text or loops nodes x networks. Not part of the API.
namespace Clusterwright {

struct ParsedNetwork
{
    std::optional<IpPrefix> prefix; // as written, host bits and all
    std::optional<IpPrefix> subnet; // host bits cleared
    std::optional<IpAddress> gateway;
    QList<std::optional<IpAddress>> dns;
};

struct ParsedInterface
{
    int network = -1;
    std::optional<IpAddress> address;
};

struct ParsedNode
{
    QList<ParsedInterface> interfaces;
    std::optional<IpAddress> sshAddress; // only when ssh.address is an IP
    int host = -1;
    int jump = -1; // the node ssh.jump names, when it names one
    bool controlPlane = false;
    bool schedulable = false; // has the worker role
    bool kubeNode = false;    // runs a kubelet: control plane, worker or storage
    bool etcdMember = false;
};

struct ParsedVip
{
    int network = -1;
    std::optional<IpAddress> address;
    std::optional<IpRange> range;
    bool rangeReversed = false; // "b-a" with b > a: both ends parse
};

struct ParsedStorage
{
    int network = -1;
    std::optional<IpAddress> server;
};

// Text that did not parse; reported once by NET001.
struct ParseProblem
{
    QString path;
    ObjectRef object;
    QString field; // "the address of interface 1 of node cp-1"
    QString text;
    QString error;
    int network = -1; // where a replacement address would go
};

struct RuleContext
{
    RuleContext(const Topology &topology, QList<Finding> &findings);

    const Topology &topology;
    QList<Finding> &findings;

    QList<std::optional<IpAddress>> hostAddresses;
    QList<ParsedNetwork> networks;
    QList<ParsedNode> nodes;
    QList<ParsedVip> vips;
    QList<ParsedStorage> storage;
    QList<std::optional<IpPrefix>> podCidrs;
    QList<std::optional<IpPrefix>> serviceCidrs;
    QList<ParseProblem> parseProblems;

    // First index of each name.
    QHash<QString, int> hostByName;
    QHash<QString, int> networkByName;
    QHash<QString, int> nodeByName;
    QHash<QString, int> vipByName;
    QHash<QString, int> storageByName;

    QList<int> controlPlanes;
    QList<int> schedulable;
    QList<int> etcdMembers; // stacked: control planes; external: etcd-role nodes
    int kubeNodeCount = 0;
    QList<QList<int>> nodesOnNetwork; // distinct nodes with an interface on each network
    QList<int> schedulableOnNetwork;  // counts
    QList<int> controlPlanesOnNetwork;

    IntervalIndex networkIndex; // well-formed subnets -> network index
    IntervalIndex lbIndex;      // load-balancer pool ranges -> vip index

    // Appends a finding with the rule's documented severity.
    Finding &add(const QString &ruleId, const QString &message, const QList<ObjectRef> &objects,
                 const QString &path);
    ObjectRef ref(ObjectKind kind, int index) const;

    bool isAttached(int node, int network) const;

    // The lowest usable address of `subnet` that nothing in the design uses and
    // that no earlier suggestion took; for "move it to a free address" fixes.
    std::optional<IpAddress> suggestFreeAddress(const IpPrefix &subnet);

    // Edits that rename object `index` and every reference to it.
    QList<FieldEdit> renameEdits(ObjectKind kind, int index, const QString &newName);
    // `base` or `base-2`, `base-3`... whichever no object of `kind` uses.
    QString unusedName(ObjectKind kind, const QString &base);

private:
    void indexNames();
    void parseAddresses();
    void indexRoles();
    void buildUsedAddresses();
    void buildReferences();

    bool m_usedBuilt = false;
    std::vector<std::pair<IpAddress, IpAddress>> m_used; // merged, sorted
    QHash<QString, Uint128> m_cursor;                    // per subnet: past the last suggestion
    bool m_referencesBuilt = false;
    QHash<QString, QStringList> m_references; // "kind:name" -> paths naming it
    QSet<QString> m_suggestedNames;           // "kind:name"
};

// Paths of the fields rules point at, as the file format spells them.
QString objectPath(ObjectKind kind, int index);
QString cidrListPath(const QString &key, int index, int count); // "cluster.podCidr[1]"
QString kindNoun(ObjectKind kind);                              // "node", "network", ...
QString describe(const IpPrefix &prefix);                       // canonical "a/len"

// Host name or IP literal check for addresses that may be either.
bool isHostName(const QString &text);
bool looksLikeIpLiteral(const QString &text); // digits and dots, or any colon
bool isDnsLabel(const QString &text);
// "host", "host:port", "[v6]:port" or a bare IPv6 address; *why says what is wrong.
bool isHostPort(const QString &text, QString *why);

// Rule groups: each documents its rules and checks them.
QList<RuleInfo> nameRules();
QList<RuleInfo> addressRules();
QList<RuleInfo> addressUsageRules();
QList<RuleInfo> clusterCidrRules();
QList<RuleInfo> controlPlaneRules();
QList<RuleInfo> loadBalancerRules();
QList<RuleInfo> storageRules();
QList<RuleInfo> sshRules();

void checkNames(RuleContext &context);
void checkAddresses(RuleContext &context);
void checkAddressUsage(RuleContext &context);
void checkClusterCidrs(RuleContext &context);
void checkControlPlane(RuleContext &context);
void checkLoadBalancers(RuleContext &context);
void checkStorage(RuleContext &context);
void checkSsh(RuleContext &context);
void checkJumps(RuleContext &context);        // NAME006, NAME007
void checkEndpointName(RuleContext &context); // NAME005

} // namespace Clusterwright
