// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "runner/stepexecutor.h"

#include "ssh/shellquote.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Clusterwright {
namespace {

constexpr int KeptLines = 20;
constexpr qsizetype FetchLimit = 64 * 1024 * 1024;

class StepRun
{
public:
    StepRun(const PlanStep &step, NodeTransport &transport, const StepContext &context)
        : m_step(step)
        , m_transport(transport)
        , m_context(context)
    {
        m_result.stepId = step.id;
        m_result.node = step.node;
        m_timer.start();
    }

    StepFinished run()
    {
        if (!m_step.guard.isEmpty() && checkGuard())
            return finish(StepStatus::Skipped);
        if (m_result.status == StepStatus::Succeeded && uploadFiles() && runCommands())
            fetchFiles();
        return finish(m_result.status);
    }

private:
    StepFinished finish(StepStatus status)
    {
        m_result.status = status;
        m_result.durationMs = m_timer.elapsed();
        m_result.lastLines = m_lines;
        return m_result;
    }

    void notice(const QString &text)
    {
        m_context.report(StepNotice{m_step.id, m_step.node, m_context.redactor->redact(text)});
    }

    void fail(const QString &message, const QString &command = {},
              const ExecResult *result = nullptr)
    {
        m_result.status
            = result && result->cancelled() ? StepStatus::Cancelled : StepStatus::Failed;
        m_result.message = m_context.redactor->redact(message);
        m_result.command = command;
        if (result) {
            m_result.exitCode = result->exitCode;
            m_result.exitSignal = result->exitSignal;
        }
    }

    ExecOptions options(bool asRoot, bool emitStdout)
    {
        ExecOptions o;
        o.asRoot = asRoot;
        o.timeout = m_context.commandTimeout;
        o.watchdog = m_context.silenceNotice;
        o.onLine = [this, emitStdout](OutputStream stream, const QString &line) {
            if (stream == OutputStream::StdOut && !emitStdout)
                return;
            const QString clean = m_context.redactor->redact(line);
            m_lines.append(clean);
            if (m_lines.size() > KeptLines)
                m_lines.removeFirst();
            m_context.report(StepOutput{m_step.id, m_step.node, stream, clean});
        };
        o.onSilence = [this](std::chrono::milliseconds silent) {
            notice(u"no output for %1 s (still running)"_s.arg(silent.count() / 1000));
        };
        return o;
    }

    // True when the guard says the step is already done.
    bool checkGuard()
    {
        const ExecResult r = m_transport.exec(m_step.guard, options(true, false));
        if (r.error) {
            fail(u"could not check whether it is already done: %1"_s.arg(r.describe()),
                 m_step.guard, &r);
            return false;
        }
        if (r.exitCode == 0) {
            notice(u"already done (%1 succeeded): skipped"_s.arg(m_step.guard));
            return true;
        }
        return false;
    }

    std::optional<QString> fill(const QString &text)
    {
        QString missing;
        std::optional<QString> filled = m_context.facts->fill(
            text, m_step.node, m_context.access->addressOnNetwork, &missing);
        if (!filled)
            fail(u"a value this step needs is missing: %1"_s.arg(missing));
        return filled;
    }

    bool uploadFiles()
    {
        for (const FileArtifact &file : m_step.files) {
            const std::optional<QString> content = fill(QString::fromUtf8(file.content));
            if (!content)
                return false;
            UploadSpec spec;
            spec.remotePath = file.remotePath;
            spec.mode = file.mode;
            spec.owner = file.owner.section(u':', 0, 0);
            spec.group = file.owner.section(u':', 1, 1);
            if (std::optional<SshError> error = m_transport.upload(content->toUtf8(), spec)) {
                ExecResult r;
                r.error = error;
                fail(u"upload of %1 failed: %2"_s.arg(file.remotePath, error->message()), {}, &r);
                return false;
            }
            notice(u"uploaded %1 (%2 bytes, mode %3)"_s.arg(file.remotePath)
                       .arg(content->toUtf8().size())
                       .arg(file.mode, 4, 8, QChar(u'0')));
        }
        return true;
    }

    // argv elements are filled, then quoted; a script's values were quoted by
    // the planner, so a filled value must not be able to leave its quotes.
    std::optional<QString> commandLine(const RemoteCommand &command)
    {
        if (!command.argv.isEmpty()) {
            QStringList argv;
            for (const QString &arg : command.argv) {
                const std::optional<QString> filled = fill(arg);
                if (!filled)
                    return std::nullopt;
                argv.append(*filled);
            }
            return shellJoin(argv);
        }
        for (const QString &key : RunFacts::placeholders(command.script)) {
            const QString step = key.section(u':', 0, -2), name = key.section(u':', -1);
            const std::optional<RunFacts::Value> value = m_context.facts->get(step, name);
            if (value && value->text.contains(QRegularExpression(u"['\\n\\r\\x00]"_s))) {
                fail(u"captured value ${cw:%1} contains a quote or line break"_s.arg(key));
                return std::nullopt;
            }
        }
        return fill(command.script);
    }

    bool runCommands()
    {
        for (const RemoteCommand &command : m_step.commands) {
            if (m_context.cancelled && m_context.cancelled->load()) {
                ExecResult r;
                r.error = SshError();
                r.error->kind = SshError::Kind::Cancelled;
                r.error->detail = u"cancelled"_s;
                fail(u"cancelled"_s, command.text(), &r);
                return false;
            }
            const std::optional<QString> line = commandLine(command);
            if (!line)
                return false;
            const bool capture = !command.captureAs.isEmpty();
            const qint64 before = QDateTime::currentMSecsSinceEpoch();
            const ExecResult r = m_transport.exec(*line, options(command.asRoot, !capture));
            if (!r.ok()) {
                QString message = r.describe();
                if (capture && !command.secret && !r.stdOut.isEmpty())
                    m_lines.append(m_context.redactor->redact(QString::fromUtf8(r.stdOut)));
                fail(message, command.text(), &r);
                return false;
            }
            m_result.exitCode = r.exitCode;
            if (capture)
                store(command, QString::fromUtf8(r.stdOut).trimmed(), before);
        }
        return true;
    }

    void store(const RemoteCommand &command, const QString &value, qint64 before)
    {
        RunFacts::Value fact{value, command.secret, 0};
        if (command.secret)
            m_context.redactor->addSecret(value);
        if (command.captureAs == u"clock") {
            const qint64 middle = (before + QDateTime::currentMSecsSinceEpoch()) / 2;
            fact.offsetMs = value.toLongLong() * 1000 - middle;
        }
        m_context.facts->set(m_step.id, command.captureAs, fact);
    }

    bool fetchFiles()
    {
        for (const FileFetch &fetch : m_step.fetches) {
            ExecOptions o = options(true, false);
            o.captureLimit = FetchLimit;
            const ExecResult r
                = m_transport.exec(shellJoin({u"cat"_s, u"--"_s, fetch.remotePath}), o);
            if (!r.ok()) {
                fail(u"could not fetch %1: %2"_s.arg(fetch.remotePath, r.describe()), {}, &r);
                return false;
            }
            QString error;
            const QString local = QDir(m_context.outputDir).filePath(fetch.localName);
            if (!writePrivate(local, r.stdOut, fetch.mode, &error)) {
                fail(error);
                return false;
            }
            notice(u"fetched %1 to %2 (mode %3)"_s.arg(fetch.remotePath, local)
                       .arg(fetch.mode, 4, 8, QChar(u'0')));
        }
        return true;
    }

    // Created with its final mode (never world-readable for a moment), then renamed.
    static bool writePrivate(const QString &path, const QByteArray &data, int mode, QString *error)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        const QByteArray part = QFile::encodeName(path + u".part"_s);
        const int fd = ::open(part.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        bool ok = fd >= 0 && ::fchmod(fd, mode_t(mode)) == 0;
        for (qsizetype done = 0; ok && done < data.size();) {
            const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
            ok = n > 0;
            done += n > 0 ? n : 0;
        }
        ok = ok && ::fsync(fd) == 0;
        if (fd >= 0)
            ::close(fd);
        ok = ok && ::rename(part.constData(), QFile::encodeName(path).constData()) == 0;
        if (!ok) {
            ::unlink(part.constData());
            *error = u"cannot write %1: %2"_s.arg(path, QString::fromLocal8Bit(strerror(errno)));
        }
        return ok;
    }

    const PlanStep &m_step;
    NodeTransport &m_transport;
    const StepContext &m_context;
    StepFinished m_result;
    QStringList m_lines;
    QElapsedTimer m_timer;
};

} // namespace

StepFinished executeStep(const PlanStep &step, NodeTransport &transport, const StepContext &context)
{
    return StepRun(step, transport, context).run();
}

} // namespace Clusterwright
