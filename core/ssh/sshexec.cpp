// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// SshConnection::exec: one session channel per command, both streams read
// in every slice, exit status and exit signal from the channel callbacks.
#include "ssh/sshconnection.h"

#include "ssh/shellquote.h"
#include "ssh/sshsession_p.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Clusterwright {

namespace {

// How long to wait after EOF for exit-status/exit-signal before giving up:
// a server that never sends one must not hang the step.
constexpr int kExitStatusGraceMs = 3000;
constexpr qsizetype kMaxLineBytes = 64 * 1024;
constexpr const char kPidMarker[] = "@@cw-pid:";

class LineSplitter
{
public:
    LineSplitter(OutputStream stream, const ExecOptions &options, QByteArray *capture,
                 qint64 *total)
        : m_stream(stream)
        , m_options(options)
        , m_capture(capture)
        , m_total(total)
    {}

    void feed(const char *data, qsizetype size)
    {
        *m_total += size;
        const qsizetype room = m_options.captureLimit - m_capture->size();
        if (room > 0)
            m_capture->append(data, qMin(room, size));
        if (!m_options.onLine)
            return;
        m_pending.append(data, size);
        qsizetype start = 0;
        for (;;) {
            const qsizetype newline = m_pending.indexOf('\n', start);
            if (newline < 0)
                break;
            emitLine(start, newline - start);
            start = newline + 1;
        }
        m_pending.remove(0, start);
        // A line without end must not grow without bound.
        while (m_pending.size() >= kMaxLineBytes) {
            emitLine(0, kMaxLineBytes);
            m_pending.remove(0, kMaxLineBytes);
        }
    }

    void flush()
    {
        if (m_options.onLine && !m_pending.isEmpty())
            emitLine(0, m_pending.size());
        m_pending.clear();
    }

private:
    void emitLine(qsizetype start, qsizetype length)
    {
        if (length > 0 && m_pending.at(start + length - 1) == '\r')
            --length;
        m_options.onLine(m_stream, QString::fromUtf8(m_pending.constData() + start, length));
    }

    OutputStream m_stream;
    const ExecOptions &m_options;
    QByteArray *m_capture;
    qint64 *m_total;
    QByteArray m_pending;
};

// Looks for our "@@cw-pid:N" line at the start of stderr; lines a noisy
// login shell printed before it pass through. True once decided.
bool takePidLine(QByteArray *probe, qint64 *pid, LineSplitter &err)
{
    const qsizetype markerSize = qsizetype(strlen(kPidMarker));
    for (;;) {
        const qsizetype newline = probe->indexOf('\n');
        if (newline < 0) {
            if (probe->size() < 4096)
                return false;
            break;
        }
        if (probe->startsWith(kPidMarker)) {
            *pid = probe->mid(markerSize, newline - markerSize).toLongLong();
            probe->remove(0, newline + 1);
            break;
        }
        err.feed(probe->constData(), newline + 1);
        probe->remove(0, newline + 1);
    }
    if (!probe->isEmpty())
        err.feed(probe->constData(), probe->size());
    probe->clear();
    return true;
}

struct ExitState
{
    bool status = false;
    int exitCode = -1;
    QString signal;
    bool core = false;
};

void onExitStatus(ssh_session, ssh_channel, int status, void *userdata)
{
    auto *state = static_cast<ExitState *>(userdata);
    state->status = true;
    state->exitCode = status;
}

void onExitSignal(ssh_session, ssh_channel, const char *signal, int core, const char *,
                  const char *, void *userdata)
{
    auto *state = static_cast<ExitState *>(userdata);
    state->status = true;
    state->signal = QString::fromUtf8(signal ? signal : "?");
    state->core = core != 0;
}

} // namespace

QString ExecResult::describe() const
{
    if (error)
        return error->message();
    if (!exitSignal.isEmpty())
        return u"killed by signal %1%2"_s.arg(exitSignal,
                                              coreDumped ? u" (core dumped)"_s : QString());
    return u"exit code %1"_s.arg(exitCode);
}

ExecResult SshConnection::exec(const QString &commandText, const ExecOptions &options)
{
    ExecResult result;
    if (commandText.contains(QChar(0))) {
        result.error
            = error(SshError::Kind::InvalidArgument, u"command contains a NUL character"_s);
        return result;
    }
    if (!m_session || !m_session->isAlive()) {
        result.error = m_session ? m_session->lostError(u"exec"_s)
                                 : error(SshError::Kind::Transport, u"not connected"_s);
        return result;
    }
    if (m_cancel.load()) {
        result.error = error(SshError::Kind::Cancelled, u"cancelled"_s);
        return result;
    }
    QString command = commandText;
    QByteArray input;
    if (options.asRoot) {
        if (std::optional<SshError> failure = sudoWrap(&command, &input)) {
            result.error = failure;
            return result;
        }
    }
    input += options.stdinData;
    return runCommand(command, input, options, true);
}

void SshConnection::stopRemote(qint64 pid)
{
    // sshd refuses "signal" requests for root sessions (no privilege
    // separation there), so kill the command's process group over a new
    // channel. sshd made the command a session leader: pgid == pid.
    ExecOptions options;
    options.timeout = std::chrono::milliseconds(800);
    runCommand(u"kill -TERM -- -%1 2>/dev/null || kill -TERM %1"_s.arg(pid), {}, options, false);
}

ExecResult SshConnection::runCommand(const QString &userCommand, QByteArray input,
                                     const ExecOptions &options, bool cancellable)
{
    ExecResult result;
    SshSession &session = *m_session;
    ssh_session s = session.handle();
    const QDeadlineTimer deadline = options.timeout.count() > 0
                                        ? QDeadlineTimer(options.timeout)
                                        : QDeadlineTimer(QDeadlineTimer::Forever);
    QDeadlineTimer setupDeadline(m_settings.ioTimeout);
    if (deadline.deadlineNSecs() < setupDeadline.deadlineNSecs())
        setupDeadline = deadline;
    // The first stderr line tells us the command's pid, for stopRemote().
    const QString command
        = cancellable ? u"echo \"%1$$\" >&2; exec /bin/sh -c "_s.arg(QLatin1StringView(kPidMarker))
                            + shellQuote(userCommand)
                      : userCommand;
    qint64 remotePid = 0;
    QByteArray pidProbe;
    bool pidKnown = !cancellable;

    ssh_channel channel = ssh_channel_new(s);
    if (!channel) {
        result.error = session.lostError(u"exec"_s);
        return result;
    }
    ExitState exit;
    ssh_channel_callbacks_struct callbacks{};
    ssh_callbacks_init(&callbacks);
    callbacks.userdata = &exit;
    callbacks.channel_exit_status_function = &onExitStatus;
    callbacks.channel_exit_signal_function = &onExitSignal;

    auto finish = [&](std::optional<SshError> failure, bool interrupt) {
        if (interrupt && session.isAlive()) {
            // Closing a channel without a pty does not stop the process.
            ssh_channel_request_send_signal(channel, "TERM");
        }
        // libssh keeps a freed channel until the server closes it and would
        // still call these callbacks, whose userdata lives on our stack.
        ssh_remove_channel_callbacks(channel, &callbacks);
        if (session.isAlive() && ssh_channel_is_open(channel))
            ssh_channel_close(channel);
        ssh_channel_free(channel);
        if (interrupt && remotePid > 0 && session.isAlive())
            stopRemote(remotePid);
        std::memset(input.data(), 0, size_t(input.size()));
        if (failure)
            result.error = failure;
        return result;
    };

    std::optional<SshError> failure;
    int rc = session.drive([&] { return ssh_channel_open_session(channel); }, SSH_AGAIN,
                           setupDeadline, &failure, u"opening a channel"_s, cancellable);
    if (failure || rc != SSH_OK)
        return finish(failure ? failure : session.lostError(u"opening a channel"_s), false);
    ssh_set_channel_callbacks(channel, &callbacks);
    const QByteArray utf8 = command.toUtf8();
    rc = session.drive([&] { return ssh_channel_request_exec(channel, utf8.constData()); },
                       SSH_AGAIN, setupDeadline, &failure, u"starting the command"_s, cancellable);
    if (failure || rc != SSH_OK)
        return finish(failure ? failure : session.lostError(u"starting the command"_s), false);

    LineSplitter out(OutputStream::StdOut, options, &result.stdOut, &result.stdOutBytes);
    LineSplitter err(OutputStream::StdErr, options, &result.stdErr, &result.stdErrBytes);
    qsizetype written = 0;
    bool eofSent = false;
    QElapsedTimer silence;
    silence.start();
    qint64 nextNotice = options.watchdog.count();
    QDeadlineTimer grace; // armed at EOF
    bool remoteEof = false;
    char buffer[32 * 1024];

    for (;;) {
        if (cancellable && m_cancel.load())
            return finish(session.error(SshError::Kind::Cancelled, u"command cancelled"_s), true);
        if (deadline.hasExpired())
            return finish(
                session.error(SshError::Kind::Timeout, u"command timed out after %1 s"_s.arg(
                                                           options.timeout.count() / 1000.0)),
                true);
        bool progress = false;
        if (written < input.size()) {
            const qsizetype chunk
                = std::min({input.size() - written, qsizetype(ssh_channel_window_size(channel)),
                            qsizetype(sizeof buffer)});
            if (chunk > 0) {
                const int n
                    = ssh_channel_write(channel, input.constData() + written, uint32_t(chunk));
                if (n == SSH_ERROR)
                    return finish(session.lostError(u"writing the command's input"_s), false);
                written += n;
                progress = n > 0;
            }
        }
        if (written == input.size() && !eofSent && !remoteEof) {
            ssh_channel_send_eof(channel);
            eofSent = true;
        }
        bool streamsEof = true;
        bool drained = true;
        for (int stream = 0; stream < 2; ++stream) {
            // Both streams every slice: they share one window (no deadlock).
            for (int reads = 0; reads < 64; ++reads) {
                const int n = ssh_channel_read_nonblocking(channel, buffer, sizeof buffer, stream);
                if (n == SSH_ERROR)
                    return finish(session.lostError(u"the command"_s), false);
                if (n <= 0) {
                    streamsEof = streamsEof && n == SSH_EOF;
                    break;
                }
                drained = reads < 63 && drained;
                if (stream == 1 && !pidKnown) {
                    pidProbe.append(buffer, n);
                    pidKnown = takePidLine(&pidProbe, &remotePid, err);
                } else {
                    (stream ? err : out).feed(buffer, n);
                }
                progress = true;
                silence.restart();
                nextNotice = options.watchdog.count();
            }
        }
        if (!session.isAlive())
            return finish(session.lostError(u"the command"_s), false);
        if ((streamsEof || ssh_channel_is_closed(channel)) && !remoteEof) {
            remoteEof = true;
            grace = QDeadlineTimer(kExitStatusGraceMs);
        }
        if (remoteEof) {
            // In nonblocking mode this only processes pending packets.
            ssh_channel_get_exit_status(channel);
            if (drained && (exit.status || ssh_channel_is_closed(channel) || grace.hasExpired()))
                break;
        }
        if (options.watchdog.count() > 0 && silence.elapsed() >= nextNotice) {
            if (options.onSilence)
                options.onSilence(std::chrono::milliseconds(silence.elapsed()));
            nextNotice += options.watchdog.count();
        }
        if (!progress)
            session.waitIo(sliceMs(deadline));
    }
    if (!pidProbe.isEmpty())
        err.feed(pidProbe.constData(), pidProbe.size());
    out.flush();
    err.flush();
    result.exitCode = exit.signal.isEmpty() ? exit.exitCode : -1;
    result.exitSignal = exit.signal;
    result.coreDumped = exit.core;
    std::optional<SshError> missing;
    if (!exit.status)
        missing
            = session.error(SshError::Kind::Remote, u"the command ended without an exit status"_s);
    return finish(missing, false);
}

} // namespace Clusterwright
