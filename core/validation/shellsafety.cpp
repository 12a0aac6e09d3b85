// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "validation/shellsafety_p.h"

#include "validation/rulecontext_p.h"

namespace Clusterwright {

using namespace Qt::StringLiterals;

RuleInfo shellSafetyRule()
{
    return {u"NAME008"_s,
            Severity::Error,
            u"A value could inject into shell commands"_s,
            u"SSH users, identity files, jump targets, NFS export paths, the Kubernetes version "
            u"and the DNS domain may hold only letters, digits and a few safe punctuation "
            u"characters, must not start with '-', and may not hold quotes, spaces, line breaks, "
            u"control or non-ASCII characters."_s,
            u"These values end up in commands run on the nodes and in ssh options. A ';', '$(', "
            u"a quote or a line break would run another command (CVE-2023-6004 was exactly this "
            u"in libssh's ProxyCommand), and a leading '-' is read as an option "
            u"(\"-oProxyCommand=...\"); look-alike Unicode letters hide a different value."_s,
            u"Rename the user, move the key or the export to a plain path."_s};
}

QString describeCharacter(QChar c)
{
    switch (c.unicode()) {
    case u'\n':
        return u"a line break"_s;
    case u'\r':
        return u"a carriage return"_s;
    case u'\t':
        return u"a tab"_s;
    case u' ':
        return u"a space"_s;
    case 0:
        return u"a NUL character"_s;
    case u'\'':
    case u'"':
    case u'`':
        return u"a quote (%1)"_s.arg(c);
    default:
        break;
    }
    const QString code
        = u"U+"_s + QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0');
    if (c.unicode() > 127)
        return u"the non-ASCII character '%1' (%2)"_s.arg(c, code);
    if (c.unicode() < 32 || c.unicode() == 127)
        return u"a control character (%1)"_s.arg(code);
    return u"'%1'"_s.arg(c);
}

namespace {

bool isAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

// Why `value` is unsafe, or empty. `extra` lists the punctuation allowed besides
// letters and digits; `tildeFirst` allows "~/..." for local paths.
QString unsafeReason(const QString &value, QStringView extra, bool tildeFirst, int maxLength)
{
    if (value.size() > maxLength)
        return u"it has %1 characters, at most %2 are allowed"_s.arg(value.size()).arg(maxLength);
    if (value.startsWith(u'-'))
        return u"it starts with '-', so a command would read it as an option"_s;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (isAlnum(c) || extra.contains(c) || (tildeFirst && i == 0 && c == u'~'))
            continue;
        return u"it contains %1"_s.arg(describeCharacter(c));
    }
    return {};
}

// The value as it can be shown in one line of a message.
QString printable(const QString &value)
{
    QString out;
    for (const QChar c : value.left(60)) {
        if (c == u'\n')
            out += u"\\n"_s;
        else if (c.unicode() < 32 || c.unicode() == 127)
            out += u'?';
        else
            out += c;
    }
    return value.size() > 60 ? out + u"..."_s : out;
}

// One field to check; the label and path are only built for an unsafe value.
struct Field
{
    QStringView extra; // punctuation allowed besides letters and digits
    bool tildeFirst;   // "~/..." for local paths
    int maxLength;
    const char16_t *label;  // "%1" is the object's name
    const char16_t *suffix; // appended to the object's path
    const char16_t *advice;
};

void check(RuleContext &ctx, const QString &value, const Field &field, ObjectKind kind, int index)
{
    if (value.isEmpty())
        return;
    const QString why = unsafeReason(value, field.extra, field.tildeFirst, field.maxLength);
    if (why.isEmpty())
        return;
    const bool cluster = index < 0;
    QString label = QString::fromUtf16(field.label);
    if (!cluster)
        label = label.arg(ctx.ref(kind, index).name);
    const QString path
        = (cluster ? QString() : objectPath(kind, index)) + QString::fromUtf16(field.suffix);
    Finding &f = ctx.add(
        u"NAME008"_s,
        u"%1 (\"%2\") is unsafe to use in commands: %3."_s.arg(label, printable(value), why),
        cluster ? QList<ObjectRef>{} : QList<ObjectRef>{ctx.ref(kind, index)}, path);
    f.suggestion = QString::fromUtf16(field.advice);
}

const Field kUser{u"._-",       false,
                  32,           u"The SSH user of node %1",
                  u".ssh.user", u"Use only letters, digits, '.', '_' and '-'."};
const Field kIdentity{
    u"._-/+@,%=:",
    true,
    4096,
    u"The identity file of node %1",
    u".ssh.identityFile",
    u"Use a path of letters, digits and '._-/+@,%=:', such as ~/.ssh/id_ed25519."};
const Field kJump{u"._-@:[]",   false,
                  300,          u"The SSH jump of node %1",
                  u".ssh.jump", u"Name the bastion node, or write [user@]host[:port]."};
const Field kExport{
    u"._-/+@,%=:",
    false,
    1024,
    u"The export path of storage %1",
    u".export",
    u"Use an absolute path of letters, digits and '._-/+@,%=:', such as /volume1/k8s."};
const Field kVersion{u".+-",
                     false,
                     64,
                     u"The Kubernetes version",
                     u"cluster.kubernetesVersion",
                     u"Write a version such as v1.30.0."};
const Field kDomain{u".-",
                    false,
                    253,
                    u"The cluster DNS domain",
                    u"cluster.dnsDomain",
                    u"Write a domain such as cluster.local."};

} // namespace

void checkShellSafety(RuleContext &ctx)
{
    const Topology &t = ctx.topology;
    for (int i = 0; i < int(t.nodes.size()); ++i) {
        const SshAccess &ssh = t.nodes[i].ssh;
        check(ctx, ssh.user, kUser, ObjectKind::Node, i);
        check(ctx, ssh.identityFile, kIdentity, ObjectKind::Node, i);
        if (ctx.nodes[i].jump < 0)
            check(ctx, ssh.jump, kJump, ObjectKind::Node, i);
    }
    for (int i = 0; i < int(t.storage.size()); ++i)
        check(ctx, t.storage[i].exportPath, kExport, ObjectKind::Storage, i);
    check(ctx, t.cluster.kubernetesVersion, kVersion, ObjectKind::Node, -1);
    check(ctx, t.cluster.dnsDomain, kDomain, ObjectKind::Node, -1);
}

} // namespace Clusterwright
