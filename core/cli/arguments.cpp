// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "cli/command.h"

#include <QTextStream>

namespace Clusterwright {

bool parseArguments(const QStringList &arguments, const QStringList &booleanOptions,
                    const QStringList &valuedOptions, ParsedArguments *parsed, CliIo &io)
{
    bool onlyPositional = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (onlyPositional || !arg.startsWith(u'-') || arg == u'-') {
            parsed->positional << arg;
            continue;
        }
        if (arg == u"--") {
            onlyPositional = true;
            continue;
        }
        if (!arg.startsWith(u"--")) {
            io.err << "unknown option " << arg << Qt::endl;
            return false;
        }
        QString name = arg.mid(2);
        QString value;
        const qsizetype eq = name.indexOf(u'=');
        const bool hasInlineValue = eq >= 0;
        if (hasInlineValue) {
            value = name.mid(eq + 1);
            name.truncate(eq);
        }
        if (booleanOptions.contains(name) && !hasInlineValue) {
            parsed->flags << name;
        } else if (valuedOptions.contains(name)) {
            if (!hasInlineValue) {
                if (i + 1 >= arguments.size()) {
                    io.err << "option --" << name << " needs a value" << Qt::endl;
                    return false;
                }
                value = arguments[++i];
            }
            parsed->values.insert(name, value);
        } else {
            io.err << "unknown option " << arg << Qt::endl;
            return false;
        }
    }
    return true;
}

} // namespace Clusterwright
