// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "app/application.h"

#include "app/documentfiles.h"
#include "app/mainwindow.h"
#include "format/topologyformat.h"
#include "model/topologydocument.h"

#include <QApplication>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

#include <cstdio>
#include <cstdlib>

namespace Clusterwright {

const char *missingDisplayMessage()
{
    const auto isSet = [](const char *name) {
        const char *value = std::getenv(name);
        return value && *value;
    };
    if (isSet("QT_QPA_PLATFORM") || isSet("DISPLAY") || isSet("WAYLAND_DISPLAY"))
        return "";
    return "clusterwright: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
           "  To open the designer anyway, run it under a virtual display:\n"
           "      xvfb-run -a clusterwright FILE.cw.yaml\n"
           "  To work headless, use a subcommand, for example:\n"
           "      clusterwright check-format FILE.cw.yaml\n"
           "      clusterwright --help\n";
}

int runDesigner(int argc, char *argv[])
{
    if (const char *message = missingDisplayMessage(); *message) {
        std::fputs(message, stderr);
        return 1;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Clusterwright"));
    QApplication::setOrganizationName(QStringLiteral("Clusterwright"));
    QApplication::setApplicationVersion(QStringLiteral(CW_VERSION));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("clusterwright"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    TopologyDocument document;
    MainWindow window(&document);
    const QStringList args = QApplication::arguments();
    if (args.size() > 1)
        window.openFile(args.at(1));
    window.show();
    // With no file named: offer what a crash left behind, over the window.
    if (args.size() <= 1)
        window.files()->offerRecovery();
    return app.exec();
}

} // namespace Clusterwright
