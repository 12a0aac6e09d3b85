// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// Uploads (SFTP to a private temp dir, then install + mv into place) and the
// sha256 read-back. File contents never travel through a shell.
#include "ssh/sshconnection.h"

#include "ssh/shellquote.h"
#include "ssh/sshsession_p.h"

#include <QRandomGenerator>
#include <QRegularExpression>

#include <libssh/sftp.h>

#include <fcntl.h>

using namespace Qt::StringLiterals;

namespace Clusterwright {

namespace {

QString sftpErrorName(int code)
{
    switch (code) {
    case SSH_FX_NO_SUCH_FILE:
        return u"no such file"_s;
    case SSH_FX_PERMISSION_DENIED:
        return u"permission denied"_s;
    case SSH_FX_FAILURE:
        return u"failure (disk full or read-only?)"_s;
    case SSH_FX_CONNECTION_LOST:
        return u"connection lost"_s;
    case SSH_FX_OP_UNSUPPORTED:
        return u"operation unsupported"_s;
    default:
        return u"SFTP error %1"_s.arg(code);
    }
}

// sftp in libssh 0.10 only works on a blocking session; SSH_OPTIONS_TIMEOUT
// bounds every call, and we check the cancel flag between chunks.
class BlockingScope
{
public:
    explicit BlockingScope(ssh_session s)
        : m_session(s)
    {
        ssh_set_blocking(s, 1);
    }
    ~BlockingScope() { ssh_set_blocking(m_session, 0); }

private:
    ssh_session m_session;
};

bool isSafeAccountName(const QString &name)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,31}$"_s);
    return pattern.match(name).hasMatch();
}

QString firstLine(const QByteArray &text)
{
    return QString::fromUtf8(text).trimmed().section(u'\n', 0, 0);
}

} // namespace

std::optional<SshError> SshConnection::sftpPut(const QByteArray &data, const QString &path,
                                               const UploadSpec &spec)
{
    SshSession &session = *m_session;
    ssh_session s = session.handle();
    BlockingScope blocking(s);
    auto failed = [&](sftp_session sftp, const QString &what) {
        const int code = sftp ? sftp_get_error(sftp) : 0;
        if (!session.isAlive())
            return session.lostError(u"upload"_s);
        return session.error(SshError::Kind::Remote,
                             u"sftp %1 %2: %3 (%4)"_s.arg(what, path, sftpErrorName(code),
                                                          QString::fromUtf8(ssh_get_error(s))));
    };
    sftp_session sftp = sftp_new(s);
    if (!sftp)
        return failed(nullptr, u"start"_s);
    std::optional<SshError> failure;
    if (sftp_init(sftp) != SSH_OK) {
        failure = failed(sftp, u"init"_s);
        sftp_free(sftp);
        return failure;
    }
    sftp_file file = sftp_open(sftp, path.toUtf8().constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (!file) {
        failure = failed(sftp, u"open"_s);
        sftp_free(sftp);
        return failure;
    }
    // sftp_write in 0.10 sends one packet of any size; servers expect <= 32 KiB.
    for (qsizetype offset = 0; offset < data.size() && !failure; offset += kSftpChunkSize) {
        if (m_cancel.load()) {
            failure = session.error(SshError::Kind::Cancelled, u"upload cancelled"_s);
            break;
        }
        const qsizetype chunk = qMin(kSftpChunkSize, data.size() - offset);
        if (sftp_write(file, data.constData() + offset, size_t(chunk)) != chunk)
            failure = failed(sftp, u"write"_s);
        else if (spec.onProgress)
            spec.onProgress(offset + chunk, data.size());
    }
    if (!failure && sftp_extension_supported(sftp, "fsync@openssh.com", "1")
        && sftp_fsync(file) != 0)
        failure = failed(sftp, u"fsync"_s);
    if (sftp_close(file) != SSH_NO_ERROR && !failure)
        failure = failed(sftp, u"close"_s);
    sftp_free(sftp);
    return failure;
}

std::optional<SshError> SshConnection::upload(const QByteArray &data, const UploadSpec &spec)
{
    const QString &target = spec.remotePath;
    QString why;
    if (!target.startsWith(u'/') || target.endsWith(u'/') || !isSafeShellArgument(target, &why))
        return error(SshError::Kind::InvalidArgument,
                     u"invalid remote path \"%1\"%2"_s.arg(target, why.isEmpty() ? QString()
                                                                                 : u": "_s + why));
    for (const QString &account : {spec.owner, spec.group}) {
        if (!account.isEmpty() && !isSafeAccountName(account))
            return error(SshError::Kind::InvalidArgument,
                         u"invalid owner or group \"%1\""_s.arg(account));
    }
    if (spec.mode < 0 || spec.mode > 07777)
        return error(SshError::Kind::InvalidArgument, u"invalid mode %1"_s.arg(spec.mode, 0, 8));
    if (!m_session || !m_session->isAlive())
        return m_session ? m_session->lostError(u"upload"_s)
                         : error(SshError::Kind::Transport, u"not connected"_s);

    ExecOptions quick;
    quick.timeout = m_settings.ioTimeout;
    if (std::optional<SshError> failure = makeUploadDir())
        return failure;
    const QString tempFile = m_uploadDir + u"/data-"_s + QString::number(++m_uploads);

    std::optional<SshError> failure = sftpPut(data, tempFile, spec);
    const qsizetype slash = target.lastIndexOf(u'/');
    const QString staging = target.left(slash + 1) + u'.' + target.mid(slash + 1) + u".cw-"_s
                            + QString::number(QRandomGenerator::global()->generate(), 16);
    // -D: a fresh machine has no /etc/clusterwright yet; parents are made 0755.
    QStringList install{u"install"_s, u"-D"_s, u"-m"_s, QString::number(spec.mode, 8)};
    if (!spec.owner.isEmpty())
        install << u"-o"_s << spec.owner;
    if (!spec.group.isEmpty())
        install << u"-g"_s << spec.group;
    install << u"--"_s << tempFile << staging;
    // rename(2) in the target's directory: the target is either the old file
    // or the new one, never a partial copy. The temp file goes either way.
    const QString removeTemp = shellJoin({u"rm"_s, u"-f"_s, u"--"_s, tempFile});
    const QString script = failure ? removeTemp
                                   : shellJoin(install) + u" && "_s
                                         + shellJoin({u"mv"_s, u"-f"_s, u"--"_s, staging, target})
                                         + u" || { rc=$?; rm -f -- "_s + shellQuote(staging)
                                         + u"; "_s + removeTemp + u"; exit $rc; }; "_s + removeTemp;
    // Leave it when the connection is gone or the user cancelled: cleaning up
    // must not delay the cancel (the next connection's sweep removes it).
    if (failure && (!m_session->isAlive() || m_cancel.load()))
        return failure;
    ExecOptions options = quick;
    options.asRoot = spec.asRoot;
    const ExecResult installed = exec(script, options);
    if (failure)
        return failure;
    if (installed.error)
        return installed.error;
    if (!installed.ok())
        return error(SshError::Kind::Remote,
                     u"installing %1 failed (%2): %3"_s.arg(target, installed.describe(),
                                                            firstLine(installed.stdErr)));
    return std::nullopt;
}

// One private temp dir per connection, removed on disconnect. A cancelled or
// killed run leaves it (cleaning up must not delay a cancel): the first upload
// of a later connection removes ours older than an hour.
std::optional<SshError> SshConnection::makeUploadDir()
{
    if (!m_uploadDir.isEmpty())
        return std::nullopt;
    ExecOptions quick;
    quick.timeout = m_settings.ioTimeout;
    const ExecResult made = exec(
        u"umask 077 && t=\"${TMPDIR:-/tmp}\" && { find \"$t\" -maxdepth 1 -name 'cw-upload.*' "
        "-user \"$(id -u)\" -mmin +60 -exec rm -rf -- {} + 2>/dev/null; "
        "mktemp -d \"$t/cw-upload.XXXXXXXXXX\"; }"_s,
        quick);
    if (!made.ok())
        return made.error ? made.error
                          : error(SshError::Kind::Remote,
                                  u"mktemp failed: %1"_s.arg(firstLine(made.stdErr)));
    const QString dir = QString::fromUtf8(made.stdOut).trimmed();
    if (!dir.startsWith(u'/') || !isSafeShellArgument(dir))
        return error(SshError::Kind::Remote, u"mktemp returned an unusable path"_s);
    m_uploadDir = dir;
    return std::nullopt;
}

void SshConnection::removeUploadDir()
{
    if (m_uploadDir.isEmpty())
        return;
    const QString dir = std::exchange(m_uploadDir, QString());
    if (!m_session || !m_session->isAlive() || m_cancel.load())
        return;
    ExecOptions quick;
    quick.timeout = std::min(m_settings.ioTimeout, std::chrono::milliseconds(5000));
    exec(shellJoin({u"rm"_s, u"-rf"_s, u"--"_s, dir}), quick);
}

std::optional<QString> SshConnection::sha256(const QString &remotePath, SshError *errorOut,
                                             bool asRoot)
{
    ExecOptions options;
    options.timeout = m_settings.ioTimeout;
    options.asRoot = asRoot;
    const ExecResult r = exec(QStringList{u"sha256sum"_s, u"--"_s, remotePath}, options);
    static const QRegularExpression digest(u"^([0-9a-f]{64}) "_s);
    const QRegularExpressionMatch match = digest.match(QString::fromLatin1(r.stdOut));
    if (r.ok() && match.hasMatch())
        return match.captured(1);
    if (errorOut)
        *errorOut = r.error ? *r.error
                            : error(SshError::Kind::Remote,
                                    u"sha256sum %1 failed (%2): %3"_s.arg(remotePath, r.describe(),
                                                                          firstLine(r.stdErr)));
    return std::nullopt;
}

} // namespace Clusterwright
