// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "cli/deployconsole.h"

#include <QFile>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Clusterwright {
namespace {

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 1) + u" s"_s;
}

QString kindText(SecretKind kind)
{
    switch (kind) {
    case SecretKind::KeyPassphrase:
        return u"passphrase"_s;
    case SecretKind::Password:
        return u"password"_s;
    case SecretKind::KeyboardInteractive:
        return u"answer"_s;
    case SecretKind::SudoPassword:
        return u"sudo password"_s;
    }
    return {};
}

} // namespace

DeployConsole::DeployConsole(QTextStream &out, QTextStream &err, bool verbose)
    : m_out(out)
    , m_err(err)
    , m_verbose(verbose)
    , m_tty(stdoutIsTerminal())
{}

bool DeployConsole::stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

bool DeployConsole::stdoutIsTerminal()
{
    return ::isatty(STDOUT_FILENO) == 1;
}

void DeployConsole::post(const RunEvent &event)
{
    {
        std::lock_guard lock(m_mutex);
        m_events.push_back(event);
    }
    m_wake.notify_all();
}

std::optional<QString> DeployConsole::askSecret(const SecretPrompt &prompt)
{
    std::unique_lock lock(m_mutex);
    // One question at a time; other workers wait their turn.
    m_wake.wait(lock, [this] { return !m_question && !m_answer; });
    m_question = prompt;
    m_wake.notify_all();
    m_wake.wait(lock, [this] { return m_answer.has_value(); });
    std::optional<QString> answer = *m_answer;
    m_answer.reset();
    m_wake.notify_all();
    return answer;
}

void DeployConsole::finished()
{
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
    }
    m_wake.notify_all();
}

void DeployConsole::loop(const volatile int *interrupted, const std::function<void()> &onInterrupt)
{
    bool interruptHandled = false;
    for (;;) {
        std::deque<RunEvent> events;
        std::optional<SecretPrompt> question;
        bool done = false;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, std::chrono::milliseconds(100), [this] {
                return !m_events.empty() || (m_question && !m_answer) || m_finished;
            });
            events.swap(m_events);
            if (m_question && !m_answer)
                question = m_question;
            done = m_finished && m_events.empty();
        }
        for (const RunEvent &event : events)
            print(event);
        if (question) {
            const std::optional<QString> answer = readSecret(*question);
            std::lock_guard lock(m_mutex);
            m_question.reset();
            m_answer = answer;
            m_wake.notify_all();
        }
        if (!interruptHandled && interrupted && *interrupted) {
            interruptHandled = true;
            clearProgress();
            m_err << "interrupted: cancelling (the journal stays resumable)" << Qt::endl;
            onInterrupt();
        }
        if (done)
            break;
        drawProgress();
    }
    clearProgress();
}

void DeployConsole::print(const RunEvent &event)
{
    if (const auto *p = std::get_if<ProgressChanged>(&event)) {
        m_progress = *p;
        return;
    }
    if (const auto *s = std::get_if<StepStarted>(&event)) {
        m_running.append(s->stepId);
        if (m_verbose && !m_tty)
            m_out << "[" << m_progress.finished << "/" << m_progress.total << "] " << s->stepId
                  << " started" << Qt::endl;
        return;
    }
    clearProgress();
    if (const auto *o = std::get_if<StepOutput>(&event)) {
        if (m_verbose)
            m_out << o->stepId << " | " << o->line << Qt::endl;
    } else if (const auto *n = std::get_if<StepNotice>(&event)) {
        if (m_verbose)
            m_out << n->stepId << " : " << n->text << Qt::endl;
    } else if (const auto *f = std::get_if<StepFinished>(&event)) {
        m_running.removeAll(f->stepId);
        if (f->status == StepStatus::Failed) {
            m_out << "FAILED " << f->stepId << " on "
                  << (f->node.isEmpty() ? u"the desktop"_s : f->node) << " after "
                  << seconds(f->durationMs) << ": " << f->message << Qt::endl;
            if (!f->command.isEmpty())
                m_out << "  command: " << f->command.section(u'\n', 0, 0) << Qt::endl;
            for (const QString &line : f->lastLines)
                m_out << "  | " << line << Qt::endl;
        } else if (!m_tty || f->status != StepStatus::Blocked) {
            m_out << "[" << m_progress.finished + 1 << "/" << m_progress.total << "] " << f->stepId
                  << " " << toString(f->status) << " (" << seconds(f->durationMs) << ")";
            if (!f->message.isEmpty())
                m_out << ": " << f->message;
            m_out << Qt::endl;
        }
    } else if (const auto *r = std::get_if<RunStarted>(&event)) {
        m_out << "Deploying " << r->totalSteps << " steps on " << r->nodes.size()
              << " nodes; journal " << r->journalPath << Qt::endl;
        if (!r->resumedFrom.isEmpty())
            m_out << "Resuming from " << r->resumedFrom << Qt::endl;
    } else if (const auto *done = std::get_if<RunFinished>(&event)) {
        m_out << done->summary << Qt::endl;
    }
}

void DeployConsole::drawProgress()
{
    if (!m_tty || m_progress.total == 0)
        return;
    constexpr int Width = 30;
    const int filled = m_progress.finished * Width / m_progress.total;
    QString line = u"\r["_s + QString(filled, u'#') + QString(Width - filled, u'-')
                   + u"] %1/%2"_s.arg(m_progress.finished).arg(m_progress.total);
    if (m_progress.failed)
        line += u", %1 failed"_s.arg(m_progress.failed);
    if (!m_running.isEmpty())
        line += u"  "_s + m_running.mid(0, 3).join(u", "_s)
                + (m_running.size() > 3 ? u" +%1"_s.arg(m_running.size() - 3) : QString());
    m_out << line.left(160) << "\x1b[K";
    m_out.flush();
    m_progressShown = true;
}

void DeployConsole::clearProgress()
{
    if (!m_progressShown)
        return;
    m_out << "\r\x1b[K";
    m_out.flush();
    m_progressShown = false;
}

std::optional<QString> DeployConsole::readSecret(const SecretPrompt &prompt)
{
    clearProgress();
    const int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        m_err << "cannot ask for the " << kindText(prompt.kind) << " of " << prompt.endpoint
              << ": no terminal (use ssh-agent)" << Qt::endl;
        return std::nullopt;
    }
    QString text = prompt.prompt.isEmpty() ? u"%1 for %2%3: "_s.arg(
                       kindText(prompt.kind), prompt.endpoint,
                       prompt.keyFile.isEmpty() ? QString() : u" (%1)"_s.arg(prompt.keyFile))
                                           : prompt.prompt;
    const QByteArray question = text.toUtf8();
    (void)!::write(fd, question.constData(), size_t(question.size()));
    termios saved{};
    const bool hasTermios = ::tcgetattr(fd, &saved) == 0;
    if (hasTermios && !prompt.echo) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    QByteArray answer;
    char c = 0;
    while (::read(fd, &c, 1) == 1 && c != '\n' && answer.size() < 4096)
        answer.append(c);
    if (hasTermios)
        ::tcsetattr(fd, TCSAFLUSH, &saved);
    (void)!::write(fd, "\n", 1);
    ::close(fd);
    return QString::fromUtf8(answer);
}

} // namespace Clusterwright
