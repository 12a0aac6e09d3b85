// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <sys/types.h>

// Throwaway OpenSSH servers and helpers for the SSH tests. Everything listens
// on 127.0.0.1 only, or on loopback inside network namespaces created here;
// every wait is bounded and every process is killed by its own pid.
namespace Clusterwright::Test {

struct ToolResult
{
    int exitCode = -1; // -1: did not start, crashed or timed out
    QByteArray out;
    QByteArray err;
    bool ok() const { return exitCode == 0; }
};

// Runs a short-lived tool with a time limit; extraEnv entries are "VAR=value".
ToolResult runTool(const QString &program, const QStringList &arguments,
                   const QByteArray &input = {}, int timeoutMs = 15000,
                   const QStringList &extraEnv = {});

// ssh-keygen a key pair at `path` (and path.pub). pem: legacy PEM format.
bool makeKey(const QString &path, const QString &type = QStringLiteral("ed25519"),
             const QString &passphrase = {}, bool pem = false);
// "SHA256:..." as `ssh-keygen -lf` prints it.
QString keygenFingerprint(const QString &publicKeyPath);

int freeLoopbackPort();
// SIGKILLs every descendant of pid (and pid itself when includeRoot).
void killProcessTree(pid_t pid, bool includeRoot);
// Reaps our child pid, waiting at most timeoutMs.
bool reapChild(pid_t pid, int timeoutMs);

class SshdFixture
{
public:
    enum class Network {
        Host,         // 127.0.0.1:<free port> on this machine
        NewNamespace, // a fresh netns with only loopback; see namespacePid()
        JoinNamespace // the netns of Options::namespacePid
    };

    struct Options
    {
        QStringList hostKeyTypes{QStringLiteral("ed25519")};
        QStringList extraConfig; // more sshd_config lines (first one wins in sshd)
        Network network = Network::Host;
        pid_t namespacePid = 0; // JoinNamespace
        int port = 0;           // 0: free port on the host, 22 in a namespace
        // Any 127.0.0.0/8 address, so several sshds in one network namespace can
        // all use port 22 (Network::Host probes readiness on 127.0.0.1 only).
        QString listenAddress = QStringLiteral("127.0.0.1");
        QStringList privateMountSetup; // shell commands in a private mount namespace
        bool hermeticHome = true;      // mask root's shell dotfiles (see startOnce)
    };

    SshdFixture();
    ~SshdFixture();
    SshdFixture(const SshdFixture &) = delete;
    SshdFixture &operator=(const SshdFixture &) = delete;

    bool start() { return start(Options()); }
    bool start(const Options &options);
    // sshd accepting `password` for root: a private /etc/shadow copy in its
    // own mount namespace (the real root password is never touched).
    bool startWithRootPassword(const QString &password, Options options);
    bool startWithRootPassword(const QString &password)
    {
        return startWithRootPassword(password, Options());
    }
    // sshd whose PATH starts with a stand-in sudo (the real one is not
    // installed, and tests log in as root): it logs its argv to
    // dir()/sudo.log and insists on `password` as the first line of stdin.
    bool startWithFakeSudo(const QString &password, Options options);
    bool startWithFakeSudo(const QString &password)
    {
        return startWithFakeSudo(password, Options());
    }
    void stop();
    bool restart(); // same options and port
    // New host keys of these types (a re-created VM); takes effect on restart().
    bool regenerateHostKeys(const QStringList &types);
    bool authorize(const QString &publicKeyPath);
    // SIGKILL every process under sshd: open connections drop, sshd keeps listening.
    void killSessions();

    QString host() const { return m_options.listenAddress; }
    int port() const { return m_port; }
    pid_t pid() const { return m_pid; }
    QString dir() const { return m_dir.path(); }
    QString hostPublicKey(const QString &type = QStringLiteral("ed25519")) const;
    QString hostKeyFingerprint(const QString &type = QStringLiteral("ed25519")) const;
    QString log() const;
    QString errorString() const { return m_error; }

private:
    bool startOnce();
    bool waitReady();

    QTemporaryDir m_dir;
    Options m_options;
    pid_t m_pid = -1;
    int m_port = 0;
    QString m_error;
};

// Makes 127.0.0.1:port() on the host reach 127.0.0.1:targetPort inside the
// network namespace of nsPid (socat on the host, nsenter + socat per connection).
class NetnsBridge
{
public:
    ~NetnsBridge() { stop(); }
    bool start(pid_t nsPid, int targetPort, const QString &workDir,
               const QString &targetAddress = QStringLiteral("127.0.0.1"));
    void stop();
    int port() const { return m_port; }

private:
    pid_t m_pid = -1;
    int m_port = 0;
};

// An ssh-agent on a private socket.
class SshAgent
{
public:
    ~SshAgent() { stop(); }
    bool start(const QString &workDir);
    bool add(const QString &privateKeyPath);
    void stop();
    QString socket() const { return m_socket; }

private:
    pid_t m_pid = -1;
    QString m_socket;
};

// Accepts TCP connections in the kernel backlog and never says a word.
class BlackholeListener
{
public:
    ~BlackholeListener();
    bool start();
    int port() const { return m_port; }

private:
    int m_fd = -1;
    int m_port = 0;
};

} // namespace Clusterwright::Test
