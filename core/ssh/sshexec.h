// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "ssh/ssherror.h"

#include <QByteArray>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

namespace Clusterwright {

enum class OutputStream { StdOut, StdErr };

struct ExecOptions
{
    std::chrono::milliseconds timeout{0};  // overall deadline; 0: none
    std::chrono::milliseconds watchdog{0}; // "no output for N" notice; 0: off
    QByteArray stdinData;                  // written, then EOF
    bool asRoot = false;                   // wrap in sudo per SshSettings::sudo
    // One call per line (without the line break), in the calling thread.
    std::function<void(OutputStream, const QString &line)> onLine;
    // Called each time the command has been silent for another `watchdog`.
    std::function<void(std::chrono::milliseconds silentFor)> onSilence;
    qsizetype captureLimit = 1024 * 1024; // bytes of each stream kept in the result
};

struct ExecResult
{
    int exitCode = -1;  // -1: none arrived
    QString exitSignal; // "KILL", "TERM" ... (without "SIG")
    bool coreDumped = false;
    std::optional<SshError> error; // Timeout, Cancelled, Transport, Remote ...
    QByteArray stdOut;             // first captureLimit bytes
    QByteArray stdErr;
    qint64 stdOutBytes = 0; // totals, even beyond captureLimit
    qint64 stdErrBytes = 0;

    bool ok() const { return !error && exitSignal.isEmpty() && exitCode == 0; }
    bool timedOut() const { return error && error->kind == SshError::Kind::Timeout; }
    bool cancelled() const { return error && error->kind == SshError::Kind::Cancelled; }
    // "exit code 3", "killed by signal KILL", or the error's message.
    QString describe() const;
};

struct UploadSpec
{
    QString remotePath; // absolute
    int mode = 0644;
    QString owner; // empty: root (via sudo) or the login user
    QString group;
    bool asRoot = true; // install through sudo when the login user is not root
    std::function<void(qint64 sent, qint64 total)> onProgress;
};

} // namespace Clusterwright
