// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "cli/command.h"

#include "cli/formatcommands.h"

namespace Clusterwright {

const QList<Command> &commands()
{
    static const QList<Command> all{
        {QStringLiteral("check-format"), QStringLiteral("check-format FILE..."),
         QStringLiteral("Load each file and report format errors (file:line:col)."),
         &runCheckFormat},
        {QStringLiteral("fmt"), QStringLiteral("fmt FILE... [--check]"),
         QStringLiteral("Rewrite files in canonical form; --check only lists the ones that "
                        "would change."),
         &runFmt},
    };
    return all;
}

} // namespace Clusterwright
