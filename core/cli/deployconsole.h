// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "runner/runevents.h"
#include "ssh/sshcallbacks.h"

#include <QString>
#include <QTextStream>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace Clusterwright {

// The terminal side of `deploy`: runner threads hand it events and questions,
// and only the main thread prints or reads the terminal (a worker never
// prompts on a tty). On a terminal: a live progress line; otherwise plain
// lines, one per finished step.
class DeployConsole
{
public:
    DeployConsole(QTextStream &out, QTextStream &err, bool verbose);

    // Runner threads.
    void post(const RunEvent &event);
    std::optional<QString> askSecret(const SecretPrompt &prompt);
    void finished();

    // Main thread: prints and answers until finished(); polls `interrupted`
    // (set by SIGINT) and calls onInterrupt once when it turns true.
    void loop(const volatile int *interrupted, const std::function<void()> &onInterrupt);

    static bool stdinIsTerminal();
    static bool stdoutIsTerminal();

private:
    void print(const RunEvent &event);
    void drawProgress();
    void clearProgress();
    std::optional<QString> readSecret(const SecretPrompt &prompt);

    QTextStream &m_out;
    QTextStream &m_err;
    const bool m_verbose;
    const bool m_tty;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<RunEvent> m_events;
    std::optional<SecretPrompt> m_question;
    std::optional<std::optional<QString>> m_answer;
    bool m_finished = false;
    ProgressChanged m_progress;
    QStringList m_running;
    bool m_progressShown = false;
};

} // namespace Clusterwright
