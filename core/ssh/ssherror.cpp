// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "ssh/ssherror.h"

using namespace Qt::StringLiterals;

namespace Clusterwright {

QString SshError::message() const
{
    QString text;
    if (bastion)
        text += u"bastion "_s;
    if (!endpoint.isEmpty())
        text += endpoint + u": "_s;
    text += detail.isEmpty() ? kindName(kind) : detail;
    return text;
}

bool SshError::isRetryable() const
{
    return kind == Kind::ConnectFailed || kind == Kind::Timeout || kind == Kind::Tunnel;
}

QString SshError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::HostKeyUnknown:
        return u"host key unknown"_s;
    case Kind::HostKeyChanged:
        return u"host key changed"_s;
    case Kind::HostKeyRevoked:
        return u"host key revoked"_s;
    case Kind::AuthFailed:
        return u"authentication failed"_s;
    case Kind::ConnectFailed:
        return u"connection failed"_s;
    case Kind::Timeout:
        return u"timed out"_s;
    case Kind::Cancelled:
        return u"cancelled"_s;
    case Kind::Transport:
        return u"connection lost"_s;
    case Kind::Tunnel:
        return u"tunnel failed"_s;
    case Kind::Remote:
        return u"remote operation failed"_s;
    case Kind::InvalidArgument:
        return u"invalid argument"_s;
    case Kind::Config:
        return u"configuration error"_s;
    }
    return {};
}

} // namespace Clusterwright
