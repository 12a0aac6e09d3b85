// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "ssh/sshconnection.h"

#include "ssh/shellquote.h"
#include "ssh/sshjumphost.h"
#include "ssh/sshsession_p.h"

using namespace Qt::StringLiterals;

namespace Clusterwright {

QString SshTarget::label() const
{
    QString text = user.isEmpty() ? host : user + u'@' + host;
    if (port > 0)
        text += u':' + QString::number(port);
    return text;
}

SshConnection::SshConnection(SshTarget target, SshSettings settings, SshCallbacks callbacks,
                             std::shared_ptr<SshJumpHost> jumpHost)
    : m_target(std::move(target))
    , m_settings(std::move(settings))
    , m_callbacks(std::move(callbacks))
    , m_jumpHost(std::move(jumpHost))
{}

SshConnection::~SshConnection()
{
    disconnect();
}

std::optional<SshError> SshConnection::connect()
{
    disconnect();
    if (m_jumpHost && !m_jumpHost->isConnected()) {
        SshError e = error(SshError::Kind::Tunnel, u"the bastion is not connected"_s);
        e.bastion = true;
        e.endpoint = m_jumpHost->endpoint();
        return e;
    }
    SshSession::Context context{m_target, m_settings, m_callbacks,
                                false,    &m_cancel,  m_jumpHost.get()};
    return connectWithRetry(context, &m_session, &m_attempts);
}

void SshConnection::disconnect()
{
    removeUploadDir();
    m_session.reset();
    m_sudoNeedsPassword.reset();
    m_sudoPassword.fill(u'\0');
    m_sudoPassword.clear();
}

bool SshConnection::isConnected() const
{
    return m_session && m_session->isAlive();
}

QString SshConnection::endpoint() const
{
    return m_session ? m_session->endpoint() : m_target.label();
}

SshError SshConnection::error(SshError::Kind kind, const QString &detail) const
{
    if (m_session)
        return m_session->error(kind, detail);
    SshError e;
    e.kind = kind;
    e.endpoint = m_target.label();
    e.detail = detail;
    return e;
}

ExecResult SshConnection::exec(const QStringList &argv, const ExecOptions &options)
{
    for (const QString &argument : argv) {
        QString why;
        if (!isSafeShellArgument(argument, &why)) {
            ExecResult result;
            result.error = error(SshError::Kind::InvalidArgument,
                                 u"refusing a command argument that %1"_s.arg(why));
            return result;
        }
    }
    return exec(shellJoin(argv), options);
}

std::optional<SshError> SshConnection::sudoWrap(QString *command, QByteArray *stdinPrefix)
{
    const bool wanted = m_settings.sudo == SudoMode::Always
                        || (m_settings.sudo == SudoMode::Auto && m_session->user() != u"root"_s);
    if (!wanted)
        return std::nullopt;
    ExecOptions probe;
    probe.timeout = m_settings.ioTimeout;
    if (!m_sudoNeedsPassword) {
        const ExecResult r = exec(u"sudo -n true"_s, probe);
        if (r.error)
            return r.error;
        m_sudoNeedsPassword = r.exitCode != 0;
    }
    if (!*m_sudoNeedsPassword) {
        *command = u"sudo -n -- /bin/sh -c "_s + shellQuote(*command);
        return std::nullopt;
    }
    // The password goes on stdin (-S), never on a command line; -k makes sudo
    // always read it, so it never leaks into the command's own stdin.
    for (int attempt = 1; m_sudoPassword.isEmpty() && attempt <= 3; ++attempt) {
        std::optional<QString> answer;
        if (m_callbacks.secret)
            answer = m_callbacks.secret({SecretKind::SudoPassword,
                                         endpoint(),
                                         false,
                                         u"sudo password for %1"_s.arg(endpoint()),
                                         {},
                                         false,
                                         attempt});
        if (!answer)
            return error(SshError::Kind::AuthFailed, u"sudo needs a password and none was given"_s);
        if (answer->contains(u'\n') || answer->contains(u'\r'))
            return error(SshError::Kind::InvalidArgument,
                         u"a sudo password cannot contain a line break"_s);
        probe.stdinData = answer->toUtf8() + '\n';
        const ExecResult r = exec(u"sudo -S -p '' -k -v"_s, probe);
        probe.stdinData.fill('\0');
        if (r.error)
            return r.error;
        if (r.exitCode == 0)
            m_sudoPassword = *answer;
    }
    if (m_sudoPassword.isEmpty())
        return error(SshError::Kind::AuthFailed, u"sudo rejected the password"_s);
    *command = u"sudo -S -p '' -k -- /bin/sh -c "_s + shellQuote(*command);
    *stdinPrefix = m_sudoPassword.toUtf8() + '\n';
    return std::nullopt;
}

} // namespace Clusterwright
