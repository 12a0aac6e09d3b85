// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "format/topologyformat.h"

#include <QObject>

// The .cw.yaml format: loading (tst_format.cpp) and writing and saving
// (tst_formatwriter.cpp). Files under tests/data/{good,bad} drive most rows.
class TestFormat : public QObject
{
    Q_OBJECT

private slots:
    // Loading
    void specExample();
    void sourceMap();
    void goodFiles_data();
    void goodFiles();
    void examples_data();
    void examples();
    void badFiles_data();
    void badFiles();
    void hostileInputs_data();
    void hostileInputs();
    void fieldValues_data();
    void fieldValues();
    void literalText();
    void characterColumns();
    void mutations();
    void loadFileErrors();
    void diagnosticText();

    // Writing and saving
    void quoting_data();
    void quoting();
    void canonicalText();
    void longLayoutKey();
    void saveAndReload();
    void saveFailureKeepsOriginal_data();
    void saveFailureKeepsOriginal();
};

namespace FormatTest {

QByteArray readFile(const QString &path);
QString dump(const QList<Clusterwright::Diagnostic> &diagnostics);
// `expectation` is "line:column: error|warning: text" or "error|warning: text".
bool hasDiagnostic(const QList<Clusterwright::Diagnostic> &diagnostics, const QString &expectation);
// load -> write -> load gives an equal topology, and writing it again gives the
// same bytes. Returns an explanation, or an empty string.
QString checkRoundTrip(const Clusterwright::Topology &topology);

} // namespace FormatTest
