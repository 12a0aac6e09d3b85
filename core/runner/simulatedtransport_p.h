// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "runner/simulatedtransport.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <random>

namespace Clusterwright::Simulation {

// One line a simulated command prints, after `delayMs` of realistic time.
struct Line
{
    qint64 delayMs = 0;
    OutputStream stream = OutputStream::StdOut;
    QString text;
};

// What a simulated command does: lines over time, then an exit code.
struct Script
{
    QList<Line> lines;
    qint64 tailMs = 0; // realistic time after the last line
    int exitCode = 0;

    void out(qint64 delayMs, const QString &text)
    {
        lines.append({delayMs, OutputStream::StdOut, text});
    }
    void err(qint64 delayMs, const QString &text)
    {
        lines.append({delayMs, OutputStream::StdErr, text});
    }
};

// The state and answers of one simulated machine (lives in its runner thread).
class Host
{
public:
    Host(const NodeAccess &access, const QStringList &allNodes, const SimulationOptions &options);

    Script respond(const QString &command);
    void uploaded(const QString &path, const QByteArray &content) { m_files.insert(path, content); }
    // Realistic ms, jittered +-20% (deterministic per node and seed).
    qint64 jitter(qint64 ms);

private:
    bool isGuard(const QString &command) const;
    Script preflight(const QString &command);
    Script apt(const QString &command);
    Script kubeadmInit();
    Script kubeadmJoin();
    Script uploadCerts(const QString &command);
    Script kubectl(const QString &command);
    Script fetch(const QString &path);
    QString ipJson() const;
    QString token();
    QString hex(int digits);
    QString configValue(const QString &path, const QString &key) const;

    NodeAccess m_access;
    QStringList m_allNodes;
    SimulationOptions m_options;
    bool m_preflightFailed = false; // an injected failure happens once: Retry step then works
    std::mt19937 m_random;
    QHash<QString, QByteArray> m_files;
};

quint32 hashOf(const QString &text);

} // namespace Clusterwright::Simulation
