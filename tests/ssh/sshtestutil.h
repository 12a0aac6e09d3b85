// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "ssh/sshconnection.h"
#include "sshdfixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <thread>

#include <unistd.h>

// The client half of an SSH test: a private ~/.ssh with one authorized key,
// Clusterwright's known_hosts beside it, short timeouts, no agent.
namespace Clusterwright::Test {

class SshClientSide
{
public:
    SshClientSide()
    {
        QDir().mkpath(sshDir());
        m_keyOk = makeKey(key());
    }

    bool isValid() const { return m_dir.isValid() && m_keyOk; }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString sshDir() const { return m_dir.filePath(QStringLiteral("ssh")); }
    QString key() const { return sshDir() + QStringLiteral("/id_ed25519"); }
    QString userKnownHosts() const { return sshDir() + QStringLiteral("/known_hosts"); }
    QString appKnownHosts() const { return m_dir.filePath(QStringLiteral("cw_known_hosts")); }

    SshSettings settings() const
    {
        SshSettings s;
        s.sshDir = sshDir();
        s.knownHostsFile = appKnownHosts();
        s.globalKnownHostsFile = m_dir.filePath(QStringLiteral("no_global_known_hosts"));
        s.useAgent = false;
        s.connectTimeout = std::chrono::seconds(5);
        s.ioTimeout = std::chrono::seconds(5);
        s.connectAttempts = 1;
        s.retryBackoff = std::chrono::milliseconds(100);
        return s;
    }

    // Accepts and saves unknown keys, counting the prompts.
    SshCallbacks trusting()
    {
        SshCallbacks callbacks;
        callbacks.hostKey = [this](const HostKeyPrompt &prompt) {
            ++hostKeyPrompts;
            lastPrompt = prompt;
            return HostKeyDecision::AcceptAndSave;
        };
        return callbacks;
    }

    int hostKeyPrompts = 0;
    HostKeyPrompt lastPrompt;

private:
    QTemporaryDir m_dir;
    bool m_keyOk = false;
};

// Why this machine cannot run the sshd-based tests, or empty. Debian's
// openssh-server and socat come from installer/debian-packages.txt.
inline QString missingPrerequisite(bool needsSocat = false)
{
    if (geteuid() != 0)
        return QStringLiteral("the SSH tests run sshd and network namespaces: they need root");
    if (!QFile::exists(QStringLiteral("/usr/sbin/sshd")))
        return QStringLiteral("openssh-server is not installed");
    if (needsSocat && !QFile::exists(QStringLiteral("/usr/bin/socat")))
        return QStringLiteral("socat is not installed");
    return {};
}

#define CW_REQUIRE_SSHD(needsSocat)                                                                \
    do {                                                                                           \
        const QString why = Clusterwright::Test::missingPrerequisite(needsSocat);                  \
        if (!why.isEmpty())                                                                        \
            QSKIP(qPrintable(why));                                                                \
    } while (false)

inline SshTarget targetOf(const SshdFixture &sshd)
{
    return {sshd.host(), sshd.port(), QStringLiteral("root"), {}};
}

// Runs `action` on another thread after `delay` (cancel, kill ...).
class Later
{
public:
    template<typename Action>
    Later(std::chrono::milliseconds delay, Action action)
        : m_thread([delay, action] {
            std::this_thread::sleep_for(delay);
            action();
        })
    {}
    ~Later() { m_thread.join(); }

private:
    std::thread m_thread;
};

} // namespace Clusterwright::Test
