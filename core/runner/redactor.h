// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include <QString>
#include <QStringList>

#include <mutex>

namespace Clusterwright {

// Blanks secrets out of every text that leaves the runner (events, journal,
// summaries): the values of secret captures as they become known, and what
// kubeadm prints unasked (join tokens, certificate keys) by their shape.
class Redactor
{
public:
    static constexpr char16_t Mask[] = u"[redacted]";

    void addSecret(const QString &value); // thread-safe; ignores values under 6 chars
    QString redact(const QString &text) const;
    QStringList redact(const QStringList &lines) const;

private:
    mutable std::mutex m_mutex;
    QStringList m_secrets;
};

} // namespace Clusterwright
