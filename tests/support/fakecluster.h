// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "headlessrun.h"
#include "ssh/sshtarget.h"
#include "sshdfixture.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace Clusterwright {
struct NodeAccess;
struct Topology;
} // namespace Clusterwright

namespace Clusterwright::Test {

// One call of a stand-in tool, from the calls log (tests/support/cwfakelog.cpp).
struct FakeCall
{
    QString host;
    qint64 t = 0;   // CLOCK_MONOTONIC, ns: comparable across hosts
    qint64 pid = 0; // pairs a "start" with its "end"
    QString event;  // "start" or "end"
    QString tool;   // "kubeadm", "systemctl", ...
    QStringList argv;
    int status = -1;    // end: exit status
    QString config;     // the file the call was given (--config, -f, --values)
    QString configCopy; // a copy taken at the call, on the test's side
    QString subcommand() const { return argv.value(0); }
};

// The client side of an in-process run against fake hosts: known_hosts and
// ~/.ssh under `dir`, no agent, no ssh_config, patient connect retries.
SshSettings fakeClusterClientSettings(const QString &dir);

// Fake cluster machines for end-to-end deploy tests: one real OpenSSH sshd per
// design node, all in one network namespace of their own (loopback plus the
// designed device names, ens18, ens19 ..., as unconnected veths so the real
// `keepalived -t` accepts the configs). Each listens on its own 127.0.1.N at
// the designed SSH port and lives in its own mount namespace: overlays over
// /etc, /var/lib and /usr/local/bin keep what the deploy writes private to the
// host and readable here (fileOnHost), and stand-ins (tests/support/fakebin)
// are bind-mounted over /usr/local/sbin, first in root's PATH. The design's
// SSH user exists with uid 0, and a stand-in sudo serves it.
//
// The stand-ins record every call in one log with a monotonic clock, answer in
// the real tools' formats, and share a cluster state (init, tokens, joined
// nodes, etcd members) that kubeadm writes and kubectl reads. No stand-in
// touches the network or the machine's configuration; design addresses are
// never contacted: the test process reaches hosts through loopback bridges
// (in-process runs), a CLI child runs inside a loopback-only namespace.
class FakeCluster
{
public:
    FakeCluster();
    ~FakeCluster();
    FakeCluster(const FakeCluster &) = delete;
    FakeCluster &operator=(const FakeCluster &) = delete;

    // Starts a host per node. Nodes whose ssh.jump names another node are
    // reachable only through that node (a bastion); the rest get a bridge on
    // this machine's 127.0.0.1.
    bool start(const Topology &topology, const QString &clientPublicKey);
    void stop();
    QString errorString() const { return m_error; }

    QStringList nodes() const;
    SshdFixture &sshd(const QString &node);
    QString loginUser(const QString &node) const;
    QString jumpNode(const QString &node) const;     // empty: reachable directly
    int bridgePort(const QString &node) const;       // 127.0.0.1 here; 0 behind a bastion
    QString innerAddress(const QString &node) const; // inside the cluster namespace
    int innerPort(const QString &node) const;
    pid_t namespacePid() const;
    void killSessions(const QString &node);
    // While on, `kubeadm join` on the node waits after its preflight output.
    void setHang(const QString &node, const QString &step, bool on);
    // While set, `kubeadm join` on the node fails after its preflight output,
    // printing `error` on stderr; an empty error clears it.
    void setFail(const QString &node, const QString &step, const QString &error);

    // Points the runner's access map at the fakes (in-process runner tests).
    void redirect(QHash<QString, NodeAccess> *access, const QString &identityFile) const;

    // The test's view of a host: the file the host sees at `path` (what it
    // wrote there lands in the overlay's upper directory).
    QString fileOnHost(const QString &node, const QString &path) const;
    bool existsOnHost(const QString &node, const QString &path) const;
    QByteArray readOnHost(const QString &node, const QString &path) const;
    QString hostStateDir(const QString &node) const; // packages, units, sysctl ...

    QString clusterStateDir() const;
    QString callsLog() const; // JSON lines, one per stand-in start and end
    QList<FakeCall> calls() const;
    // Start records, filtered; empty filters match everything.
    QList<FakeCall> started(const QString &tool, const QString &subcommand = {},
                            const QString &host = {}) const;
    // `kubeadm init` itself, not its phases.
    QList<FakeCall> kubeadmInits(const QString &host = {}) const;
    // Start records whose call ended with status 0.
    QList<FakeCall> succeeded(const QString &tool, const QString &subcommand = {},
                              const QString &host = {}) const;
    std::optional<FakeCall> endOf(const FakeCall &start) const; // none: still running or killed
    QStringList secrets() const; // join tokens and certificate keys the stand-ins printed
    QString caCertHash() const;  // "sha256:<64 hex>" of the cluster CA
    QStringList registeredNodes() const;
    QStringList etcdMembers() const;

    // The CLI side: ~/.ssh/config under homeDir mapping each node's designed
    // SSH address to its fake (HostName only: the designed port is kept), the
    // key as ~/.ssh/id_ed25519; then `clusterwright ARGS` in a loopback-only
    // network namespace (the cluster's, or one that reaches only the bastion)
    // with HOME=homeDir, also as root's home.
    bool prepareHome(const QString &homeDir, const QString &privateKey) const;
    HeadlessRun runClusterwright(const QStringList &arguments, const QString &workingDirectory,
                                 const QString &homeDir, int timeoutMs = 60000) const;

private:
    struct Host;
    bool startNamespaces();
    bool makeClusterCa();
    bool prepareHost(Host &host);
    QStringList mountSetup(const Host &host) const;
    bool startClientNamespace();
    Host *find(const QString &node) const;

    QTemporaryDir m_dir;
    QList<std::shared_ptr<Host>> m_hosts;
    pid_t m_netnsPid = -1;
    pid_t m_clientNetnsPid = -1;
    pid_t m_clientBridgePid = -1;
    QString m_caHash;
    QString m_publicKey;
    QString m_error;
};

} // namespace Clusterwright::Test
