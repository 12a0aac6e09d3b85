// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include <QString>
#include <QStringView>

namespace Clusterwright {

// The scalar rules the loader and the writer share, so that what one writes the
// other reads back as the same text, and so do other YAML 1.1 and 1.2 tools.

// The words YAML 1.1 reads as a boolean or null: yes, No, ON, off, y, TRUE, ~, null...
bool isYamlBoolOrNullWord(QStringView text);

// Inside [...] and {...} older readers (PyYAML < 5.1) reject a ':' in a plain
// scalar and yaml-cpp ends one at '?', so there "fd00::1" is quoted; in block
// context it stays plain.
enum class ScalarContext { Block, Flow };

// True when `text` written as a plain scalar would not parse, or would be read as
// something else (a boolean, null, number, date) by some YAML reader.
bool needsQuotes(QStringView text, ScalarContext context = ScalarContext::Block);

// `text` as a YAML scalar: plain when that is safe, double-quoted otherwise.
QString yamlScalar(const QString &text, ScalarContext context = ScalarContext::Block);

} // namespace Clusterwright
