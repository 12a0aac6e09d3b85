// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "sshdfixture.h"
#include "processutil_p.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>

#include <poll.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Clusterwright::Test {

using namespace Detail;

SshdFixture::SshdFixture() = default;

SshdFixture::~SshdFixture()
{
    stop();
}

QString SshdFixture::hostPublicKey(const QString &type) const
{
    return m_dir.filePath(u"ssh_host_%1_key.pub"_s.arg(type));
}

QString SshdFixture::hostKeyFingerprint(const QString &type) const
{
    return keygenFingerprint(hostPublicKey(type));
}

QString SshdFixture::log() const
{
    QFile file(m_dir.filePath(u"sshd.log"_s));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool SshdFixture::regenerateHostKeys(const QStringList &types)
{
    for (const QString &type : {u"ed25519"_s, u"rsa"_s, u"ecdsa"_s}) {
        QFile::remove(m_dir.filePath(u"ssh_host_%1_key"_s.arg(type)));
        QFile::remove(hostPublicKey(type));
    }
    m_options.hostKeyTypes = types;
    for (const QString &type : types) {
        if (!makeKey(m_dir.filePath(u"ssh_host_%1_key"_s.arg(type)), type))
            return false;
    }
    return true;
}

bool SshdFixture::authorize(const QString &publicKeyPath)
{
    QFile key(publicKeyPath);
    QFile keys(m_dir.filePath(u"authorized_keys"_s));
    if (!key.open(QIODevice::ReadOnly) || !keys.open(QIODevice::Append))
        return false;
    return keys.write(key.readAll()) > 0;
}

bool SshdFixture::start(const Options &options)
{
    stop();
    m_options = options;
    if (!m_dir.isValid()) {
        m_error = u"no temporary directory"_s;
        return false;
    }
    // sshd refuses to start without its privilege separation directory.
    QDir().mkpath(u"/run/sshd"_s);
    for (const QString &type : std::as_const(m_options.hostKeyTypes)) {
        const QString key = m_dir.filePath(u"ssh_host_%1_key"_s.arg(type));
        if (!QFile::exists(key) && !makeKey(key, type)) {
            m_error = u"ssh-keygen failed for %1"_s.arg(type);
            return false;
        }
    }
    QFile(m_dir.filePath(u"authorized_keys"_s)).open(QIODevice::Append);
    // A free port can be taken between probe and bind: retry a few times.
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = m_options.port > 0                   ? m_options.port
                 : m_options.network == Network::Host ? freeLoopbackPort()
                                                      : 22;
        if (startOnce())
            return true;
        if (m_options.port > 0 || m_options.network != Network::Host)
            break;
    }
    return false;
}

bool SshdFixture::restart()
{
    stop();
    return startOnce();
}

bool SshdFixture::startOnce()
{
    QStringList config = m_options.extraConfig;
    config << u"ListenAddress %1:%2"_s.arg(m_options.listenAddress).arg(m_port);
    for (const QString &type : std::as_const(m_options.hostKeyTypes))
        config << u"HostKey %1"_s.arg(m_dir.filePath(u"ssh_host_%1_key"_s.arg(type)));
    config << u"PidFile none"_s << u"StrictModes no"_s << u"UsePAM no"_s << u"PermitRootLogin yes"_s
           << u"AuthorizedKeysFile %1"_s.arg(m_dir.filePath(u"authorized_keys"_s))
           << u"PasswordAuthentication no"_s << u"KbdInteractiveAuthentication no"_s
           << u"PubkeyAuthentication yes"_s << u"Subsystem sftp internal-sftp"_s
           << u"LogLevel VERBOSE"_s;
    const QString configPath = m_dir.filePath(u"sshd_config"_s);
    QFile file(configPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write((config.join(u'\n') + u'\n').toUtf8()) < 0) {
        m_error = u"cannot write sshd_config"_s;
        return false;
    }
    file.close();

    QStringList script;
    if (m_options.network == Network::NewNamespace)
        script << u"ip link set lo up"_s;
    // Root's dotfiles are not ours to measure: Debian's bash sources
    // ~/.bashrc for every sshd command, and a heavy one (pyenv, nvm) adds
    // ~300 ms per command. Mask them in sshd's private mount namespace.
    QStringList mounts;
    if (m_options.hermeticHome) {
        for (const char *dotfile : {"/root/.bashrc", "/root/.profile", "/root/.bash_profile"})
            mounts << u"if [ -e %1 ]; then mount --bind /dev/null %1; fi"_s.arg(
                QLatin1StringView(dotfile));
    }
    mounts << m_options.privateMountSetup;
    script << mounts;
    script << u"exec /usr/sbin/sshd -D -e -f \"$0\""_s;
    QStringList argv;
    if (m_options.network == Network::JoinNamespace)
        argv << u"/usr/bin/nsenter"_s << u"--net=/proc/%1/ns/net"_s.arg(m_options.namespacePid);
    const bool newNet = m_options.network == Network::NewNamespace;
    const bool newMount = !mounts.isEmpty();
    if (newNet || newMount) {
        argv << u"/usr/bin/unshare"_s;
        if (newNet)
            argv << u"-n"_s;
        if (newMount)
            argv << u"-m"_s << u"--propagation"_s << u"private"_s;
    }
    if (argv.isEmpty())
        argv << u"/bin/sh"_s;
    else
        argv << u"--"_s << u"/bin/sh"_s;
    argv << u"-ec"_s << script.join(u" && "_s) << configPath;
    m_pid = spawnLogged(argv, m_dir.filePath(u"sshd.log"_s));
    if (m_pid <= 0) {
        m_error = u"cannot spawn sshd"_s;
        return false;
    }
    if (waitReady())
        return true;
    m_error = u"sshd did not start: %1"_s.arg(log().right(2000));
    stop();
    return false;
}

bool SshdFixture::waitReady()
{
    const QDeadlineTimer deadline(8000);
    const qsizetype logStart = log().size();
    while (!deadline.hasExpired()) {
        if (childExited(m_pid)) {
            m_pid = -1;
            return false;
        }
        if (m_options.network == Network::Host) {
            const int fd = connectLoopback(m_port);
            if (fd >= 0) {
                pollfd p{fd, POLLIN, 0};
                char banner[8] = {};
                const bool ready = ::poll(&p, 1, 2000) > 0 && ::read(fd, banner, 4) == 4
                                   && QByteArray(banner, 4) == "SSH-";
                ::close(fd);
                if (ready)
                    return true;
            }
        } else if (log().mid(logStart).contains(u"Server listening on"_s)) {
            return true;
        }
        QThread::msleep(20);
    }
    return false;
}

void SshdFixture::stop()
{
    if (m_pid <= 0)
        return;
    killProcessTree(m_pid, true);
    reapChild(m_pid, 5000);
    m_pid = -1;
}

void SshdFixture::killSessions()
{
    killProcessTree(m_pid, false);
}

} // namespace Clusterwright::Test
