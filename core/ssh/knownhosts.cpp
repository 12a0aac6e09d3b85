// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "ssh/knownhosts.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QSaveFile>

#include <optional>

using namespace Qt::StringLiterals;

namespace Clusterwright {

namespace {

struct Line
{
    QString marker; // "@revoked", "@cert-authority" or empty
    QString hosts;
    QString type;
    QString base64;
};

std::optional<Line> parseLine(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
        return std::nullopt;
    static const QRegularExpression blanks(u"[ \t]+"_s);
    QStringList fields = trimmed.split(blanks, Qt::SkipEmptyParts);
    Line line;
    if (fields.first().startsWith(u'@'))
        line.marker = fields.takeFirst();
    if (fields.size() < 3)
        return std::nullopt;
    line.hosts = fields.at(0);
    line.type = fields.at(1);
    line.base64 = fields.at(2);
    return line;
}

// OpenSSH's match_pattern: '*' and '?' wildcards, case-insensitive.
bool globMatch(QStringView pattern, QStringView text)
{
    qsizetype p = 0, t = 0, star = -1, mark = 0;
    while (t < text.size()) {
        if (p < pattern.size()
            && (pattern[p] == u'?' || pattern[p].toLower() == text[t].toLower())) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern[p] == u'*') {
            star = p++;
            mark = t;
        } else if (star >= 0) {
            p = star + 1;
            t = ++mark;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == u'*')
        ++p;
    return p == pattern.size();
}

enum class Match { None, Exact, Hashed, Pattern };

Match matchHosts(const QString &hosts, const QString &hostName)
{
    if (hosts.startsWith(u"|1|"_s)) {
        const QStringList parts = hosts.split(u'|');
        if (parts.size() != 4)
            return Match::None;
        const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
        const QByteArray hash = QByteArray::fromBase64(parts.at(3).toLatin1());
        const QByteArray mine
            = QMessageAuthenticationCode::hash(hostName.toUtf8(), salt, QCryptographicHash::Sha1);
        return mine == hash ? Match::Hashed : Match::None;
    }
    Match result = Match::None;
    for (const QString &entry : hosts.split(u',', Qt::SkipEmptyParts)) {
        const bool negated = entry.startsWith(u'!');
        const QStringView pattern = negated ? QStringView(entry).mid(1) : QStringView(entry);
        if (!globMatch(pattern, hostName))
            continue;
        if (negated)
            return Match::None;
        const bool wild = pattern.contains(u'*') || pattern.contains(u'?');
        if (result != Match::Exact)
            result = wild ? Match::Pattern : Match::Exact;
    }
    return result;
}

QStringList readLines(const QString &path, bool *ok = nullptr)
{
    QFile file(path);
    if (ok)
        *ok = true;
    if (!file.open(QIODevice::ReadOnly)) {
        if (ok)
            *ok = !file.exists();
        return {};
    }
    // known_hosts files are small; refuse absurd ones instead of reading them.
    if (file.size() > 16 * 1024 * 1024)
        return {};
    return QString::fromUtf8(file.readAll()).split(u'\n');
}

} // namespace

QString HostKey::fingerprint() const
{
    return KnownHosts::fingerprint(base64);
}

QString HostKey::knownHostsLine() const
{
    return hostName + u' ' + type + u' ' + base64;
}

QStringList KnownHosts::Check::knownFingerprints() const
{
    QStringList result;
    for (const Entry &entry : entries) {
        if (!result.contains(entry.fingerprint))
            result.append(entry.fingerprint);
    }
    return result;
}

KnownHosts::KnownHosts(QString userFile, QString appFile, QString globalFile)
    : m_userFile(std::move(userFile))
    , m_appFile(std::move(appFile))
    , m_globalFile(std::move(globalFile))
{}

QString KnownHosts::hostName(const QString &host, int port)
{
    if (port == 0 || port == 22)
        return host;
    return u"[%1]:%2"_s.arg(host).arg(port);
}

QString KnownHosts::fingerprint(const QString &base64Blob)
{
    const QByteArray blob = QByteArray::fromBase64(base64Blob.toLatin1());
    const QByteArray digest = QCryptographicHash::hash(blob, QCryptographicHash::Sha256);
    return u"SHA256:"_s + QString::fromLatin1(digest.toBase64(QByteArray::OmitTrailingEquals));
}

QString KnownHosts::saveFile() const
{
    return m_appFile.isEmpty() ? m_userFile : m_appFile;
}

QStringList KnownHosts::files() const
{
    QStringList result;
    for (const QString &file : {m_globalFile, m_userFile, m_appFile}) {
        if (!file.isEmpty() && !result.contains(file))
            result.append(file);
    }
    return result;
}

QList<KnownHosts::Entry> KnownHosts::find(const QString &hostName) const
{
    QList<Entry> entries;
    for (const QString &path : files()) {
        const QStringList lines = readLines(path);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const std::optional<Line> line = parseLine(lines.at(i));
            if (!line || !line->marker.isEmpty())
                continue;
            const Match match = matchHosts(line->hosts, hostName);
            if (match == Match::None)
                continue;
            entries.append({path, int(i + 1), line->type, fingerprint(line->base64),
                            match == Match::Hashed, match == Match::Pattern});
        }
    }
    return entries;
}

KnownHosts::Check KnownHosts::check(const HostKey &key) const
{
    Check result;
    const QByteArray blob = QByteArray::fromBase64(key.base64.toLatin1());
    bool known = false;
    bool sameType = false;
    for (const QString &path : files()) {
        const QStringList lines = readLines(path);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const std::optional<Line> line = parseLine(lines.at(i));
            if (!line || line->marker == u"@cert-authority"_s)
                continue;
            const Match match = matchHosts(line->hosts, key.hostName);
            if (match == Match::None)
                continue;
            const bool sameKey
                = line->type == key.type && QByteArray::fromBase64(line->base64.toLatin1()) == blob;
            if (line->marker == u"@revoked"_s) {
                if (sameKey) {
                    result.status = Status::Revoked;
                    return result;
                }
                continue;
            }
            result.entries.append({path, int(i + 1), line->type, fingerprint(line->base64),
                                   match == Match::Hashed, match == Match::Pattern});
            known = known || sameKey;
            sameType = sameType || line->type == key.type;
        }
    }
    if (known)
        result.status = Status::Known;
    else if (sameType)
        result.status = Status::Changed;
    else if (!result.entries.isEmpty())
        result.status = Status::TypeChanged;
    return result;
}

bool KnownHosts::add(const HostKey &key, QString *error) const
{
    const QString path = saveFile();
    const QFileInfo info(path);
    if (!info.dir().exists()) {
        if (!QDir().mkpath(info.absolutePath())) {
            if (error)
                *error = u"cannot create %1"_s.arg(info.absolutePath());
            return false;
        }
        QFile::setPermissions(info.absolutePath(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    QFile file(path);
    const bool existed = file.exists();
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append)) {
        if (error)
            *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    if (!existed)
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    QByteArray text;
    if (file.size() > 0) {
        file.seek(file.size() - 1);
        if (file.read(1) != "\n")
            text += '\n';
    }
    text += key.knownHostsLine().toUtf8() + '\n';
    if (file.write(text) != text.size() || !file.flush()) {
        if (error)
            *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

int KnownHosts::remove(const QString &hostName, QString *error) const
{
    int removed = 0;
    QStringList writable;
    for (const QString &file : {m_userFile, m_appFile}) {
        if (!file.isEmpty() && !writable.contains(file))
            writable.append(file);
    }
    for (const QString &path : writable) {
        bool ok = true;
        const QStringList lines = readLines(path, &ok);
        if (!ok) {
            if (error)
                *error = u"cannot read %1"_s.arg(path);
            return -1;
        }
        QStringList kept;
        int removedHere = 0;
        for (const QString &text : lines) {
            const std::optional<Line> line = parseLine(text);
            // Revocations and CA lines are the administrator's; keep them.
            if (line && line->marker.isEmpty()) {
                const Match match = matchHosts(line->hosts, hostName);
                if (match == Match::Exact || match == Match::Hashed) {
                    ++removedHere;
                    continue;
                }
            }
            kept.append(text);
        }
        if (removedHere == 0)
            continue;
        const QFile::Permissions permissions = QFileInfo(path).permissions();
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)
            || file.write(kept.join(u'\n').toUtf8()) < 0
            // Qt 6.4's commit() renames even after a failed write; flush first.
            || !file.flush() || !file.commit()) {
            if (error)
                *error = u"cannot rewrite %1: %2"_s.arg(path, file.errorString());
            return -1;
        }
        QFile::setPermissions(path, permissions);
        removed += removedHere;
    }
    return removed;
}

bool KnownHosts::replace(const HostKey &key, QString *error) const
{
    return remove(key.hostName, error) >= 0 && add(key, error);
}

} // namespace Clusterwright
