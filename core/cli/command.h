// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class QTextStream;

namespace Clusterwright {

struct CliIo
{
    QTextStream &out;
    QTextStream &err;
};

// One headless subcommand. `run` gets the arguments after the subcommand name.
struct Command
{
    QString name;
    QString synopsis; // "fmt FILE... [--check]"
    QString summary;  // one line for --help
    int (*run)(const QStringList &arguments, CliIo &io);
};

// Every subcommand, in --help order (commandregistry.cpp).
const QList<Command> &commands();

// Splits "--flag", "--key value"/"--key=value" and positional arguments.
// Unknown options are an error, reported on io.err; returns false then.
struct ParsedArguments
{
    QStringList positional;
    QStringList flags;              // given boolean options, without "--"
    QHash<QString, QString> values; // given valued options, without "--"
};
bool parseArguments(const QStringList &arguments, const QStringList &booleanOptions,
                    const QStringList &valuedOptions, ParsedArguments *parsed, CliIo &io);

} // namespace Clusterwright
