// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "format/diagnostic.h"

#include <optional>

namespace Clusterwright {

class SourceText;

// Streams the YAML events once, before any tree is built, and stops at the first
// thing the format does not allow: an alias, anchor or tag, a key that is not
// text or is repeated, a second document, or more than the nesting, node or
// lookahead limits. Returns that error, or nothing when the text may be loaded.
std::optional<Diagnostic> checkYamlStructure(const SourceText &source);

} // namespace Clusterwright
