// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// Servers for password and sudo prompts (tst_sshauth, tst_sshupload, tst_deployprompts).
#include "sshdfixture.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace Clusterwright::Test {

bool SshdFixture::startWithRootPassword(const QString &password, Options options)
{
    const ToolResult hash
        = runTool(u"openssl"_s, {u"passwd"_s, u"-6"_s, u"-stdin"_s}, password.toUtf8() + '\n');
    QFile realShadow(u"/etc/shadow"_s);
    if (!hash.ok() || !realShadow.open(QIODevice::ReadOnly))
        return false;
    QByteArrayList lines = realShadow.readAll().split('\n');
    for (QByteArray &line : lines) {
        if (line.startsWith("root:")) {
            QByteArrayList fields = line.split(':');
            fields[1] = hash.out.trimmed();
            line = fields.join(':');
        }
    }
    QFile fakeShadow(dir() + u"/shadow"_s);
    if (!fakeShadow.open(QIODevice::WriteOnly) || fakeShadow.write(lines.join('\n')) < 0)
        return false;
    fakeShadow.close();
    options.extraConfig.append(u"PasswordAuthentication yes"_s);
    options.privateMountSetup.append(u"mount --bind %1 /etc/shadow"_s.arg(fakeShadow.fileName()));
    return start(options);
}

bool SshdFixture::startWithFakeSudo(const QString &password, Options options)
{
    const QString bin = dir() + u"/bin"_s;
    QFile fake(bin + u"/sudo"_s);
    if (!QDir().mkpath(bin) || !fake.open(QIODevice::WriteOnly))
        return false;
    fake.write(uR"(#!/bin/sh
printf '%s\n' "$*" >> %1/sudo.log
[ "$1" = "-S" ] || exit 1
IFS= read -r pw || exit 1
[ "$pw" = "%2" ] || { echo 'Sorry, try again.' >&2; exit 1; }
shift 3
[ "$1" = "-k" ] && shift
[ "$1" = "-v" ] && exit 0
[ "$1" = "--" ] && shift
exec "$@"
)"_s.arg(dir(), password)
                   .toUtf8());
    fake.close();
    fake.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    options.extraConfig.append(u"SetEnv PATH=%1:/usr/sbin:/usr/bin:/sbin:/bin"_s.arg(bin));
    return start(options);
}

} // namespace Clusterwright::Test
