// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "format/topologyformat.h"

namespace Clusterwright {

class SourceText;

// Builds the YAML tree of text that passed checkYamlStructure() and maps it onto
// a Topology, reporting every type, spelling and range problem it finds.
LoadResult readTopology(const SourceText &source);

} // namespace Clusterwright
