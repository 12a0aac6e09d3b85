// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

namespace Clusterwright {

// Starts the designer: checks for a display, creates the QApplication, opens the
// file named on the command line (if any) and runs the event loop.
int runDesigner(int argc, char *argv[]);

// Why the GUI cannot start here, or empty when a display (or QT_QPA_PLATFORM) is set.
const char *missingDisplayMessage();

} // namespace Clusterwright
