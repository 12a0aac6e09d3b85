// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "runner/redactor.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Clusterwright {
namespace {

// kubeadm bootstrap tokens ("abcdef.0123456789abcdef"), the certificate key
// after --certificate-key / "certificate key:", and a line that is nothing
// but 64 hex digits (how `upload-certs` prints the key).
const QRegularExpression &tokenPattern()
{
    static const QRegularExpression pattern(u"\\b[a-z0-9]{6}\\.[a-z0-9]{16}\\b"_s);
    return pattern;
}
const QRegularExpression &certificateKeyPattern()
{
    static const QRegularExpression pattern(
        u"((?:--certificate-key[ =]|certificate[ -]key:?\\s*)['\"]?)[0-9a-fA-F]{64}"_s,
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}
const QRegularExpression &bareKeyPattern()
{
    static const QRegularExpression pattern(u"^\\s*[0-9a-f]{64}\\s*$"_s,
                                            QRegularExpression::MultilineOption);
    return pattern;
}

} // namespace

void Redactor::addSecret(const QString &value)
{
    const QString trimmed = value.trimmed();
    if (trimmed.size() < 6)
        return;
    std::lock_guard lock(m_mutex);
    if (!m_secrets.contains(trimmed))
        m_secrets.append(trimmed);
}

QString Redactor::redact(const QString &text) const
{
    QString result = text;
    {
        std::lock_guard lock(m_mutex);
        for (const QString &secret : m_secrets)
            result.replace(secret, QString::fromUtf16(Mask));
    }
    const QString mask = QString::fromUtf16(Mask);
    result.replace(tokenPattern(), mask);
    result.replace(certificateKeyPattern(), u"\\1"_s + mask);
    result.replace(bareKeyPattern(), mask);
    return result;
}

QStringList Redactor::redact(const QStringList &lines) const
{
    QStringList result;
    result.reserve(lines.size());
    for (const QString &line : lines)
        result.append(redact(line));
    return result;
}

} // namespace Clusterwright
