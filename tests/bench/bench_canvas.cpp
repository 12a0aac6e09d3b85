// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// The canvas on a 2,000-node design: open to interactive (load, scene built, first paint),
// a full repaint of the visible area at typical zoom, and a mouse drag of one node (each
// step: the move command, the document update and the scene's reaction, then a repaint).
// Thread CPU time is reported next to wall time: the build machine is shared. Prints a
// Markdown table for docs/benchmarks.md.
#include "benchtiming.h"
#include "topologygenerator.h"

#include "app/mainwindow.h"
#include "canvas/designscene.h"
#include "canvas/designview.h"
#include "canvas/layoutengine.h"
#include "edit/designeditor.h"
#include "format/topologyformat.h"
#include "model/topologydocument.h"
#include "validation/validator.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUndoStack>

#include <algorithm>
#include <ctime>
#include <functional>
#include <vector>

using namespace Clusterwright;
using namespace Clusterwright::Bench;
using namespace Qt::StringLiterals;

namespace {

// Paints the view's viewport the way a paint event does, into an image.
void paint(DesignView *view, QImage *image)
{
    image->fill(Qt::transparent);
    view->viewport()->render(image);
}

void mouse(DesignView *view, QEvent::Type type, QPointF scenePos, Qt::MouseButtons buttons)
{
    QWidget *viewport = view->viewport();
    const QPointF p = view->mapFromScene(scenePos);
    QMouseEvent event(type, p, viewport->mapToGlobal(p),
                      type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, buttons, {});
    QCoreApplication::sendEvent(viewport, &event);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Clusterwright"_s);
    QCoreApplication::setApplicationName(u"bench_canvas"_s);
    QSettings().clear();

    const int nodeCount = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 2000;
    const Topology generated = generateTopology({nodeCount, 1});
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench.cw.yaml"_s);
    QString error;
    if (!saveTopologyFile(generated, path, &error)) {
        out << error << Qt::endl;
        return 1;
    }
    out << u"Canvas benchmark: "_s << generated.nodes.size() << u" nodes, "_s
        << generated.hosts.size() << u" hosts, "_s << generated.networks.size() << u" networks, "_s
        << generated.vips.size() << u" VIPs, "_s << generated.storage.size()
        << u" storage pools, no stored layout; "_s << CW_BUILD_TYPE
        << u" build, viewport 1600x1000.\n\n"_s;
    out << u"| Step | Thread CPU ms | Wall ms | Note |\n|---|---|---|---|\n"_s;

    // 1. Open to interactive, as the designer does it: load, scene built, first paint.
    TopologyDocument document;
    DesignEditor editor(&document);
    LoadResult loaded;
    const Sample load = time([&] { loaded = loadTopologyFile(path); });
    if (!loaded.ok())
        return 1;
    std::unique_ptr<DesignScene> scene;
    const Sample build = time([&] {
        scene = std::make_unique<DesignScene>(&editor);
        document.reset(*loaded.topology, loaded.sourceMap);
    });
    DesignView view(scene.get());
    view.resize(1600 + 2 * view.frameWidth(), 1000 + 2 * view.frameWidth());
    view.show();
    QCoreApplication::processEvents();
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    // Typical zoom: 100%, around the middle of the design.
    const QRectF bounds = scene->layout().bounds;
    view.centerOn(bounds.center().x(), scene->layout().nodes[nodeCount / 2].y());
    const Sample first = time([&] { paint(&view, &image); });
    row(u"Load the file (YAML)"_s, load);
    row(u"Build the scene (layout + items)"_s, build, u"%1 items"_s.arg(scene->items().size()));
    row(u"First paint of the viewport"_s, first, u"caches cold"_s);
    row(u"**Open to interactive**"_s,
        Sample{load.cpu + build.cpu + first.cpu, load.wall + build.wall + first.wall},
        u"target < 1000 ms"_s);

    // 2. Full repaint of the visible area at 100% and at 50%.
    for (qreal zoom : {1.0, 0.5}) {
        view.setZoom(zoom);
        paint(&view, &image);
        std::vector<Sample> repaints;
        for (int i = 0; i < 20; ++i)
            repaints.push_back(time([&] { paint(&view, &image); }));
        const QRectF visible = view.mapToScene(view.viewport()->rect()).boundingRect();
        row(u"Full repaint at %1%"_s.arg(zoom * 100), stats(repaints),
            u"median of 20; %1 items visible; target < 16 ms"_s.arg(scene->items(visible).size()));
    }

    // 3. A mouse drag of one node: 20 steps of 20 px.
    view.setZoom(1.0);
    const int dragged = nodeCount / 2;
    const QPointF start = scene->layout().nodes[dragged] + QPointF(90, 40);
    view.centerOn(start);
    paint(&view, &image);
    const int commandsBefore = editor.undoStack()->count();
    mouse(&view, QEvent::MouseButtonPress, start, Qt::LeftButton);
    std::vector<Sample> steps, frames;
    for (int step = 1; step <= 20; ++step) {
        const QPointF at = start + QPointF(20 * step, 10 * step);
        steps.push_back(time([&] { mouse(&view, QEvent::MouseMove, at, Qt::LeftButton); }));
        frames.push_back(time([&] { paint(&view, &image); }));
    }
    mouse(&view, QEvent::MouseButtonRelease, start + QPointF(400, 200), Qt::NoButton);
    std::vector<Sample> total;
    for (size_t i = 0; i < steps.size(); ++i)
        total.push_back({steps[i].cpu + frames[i].cpu, steps[i].wall + frames[i].wall});
    row(u"Drag step: command + document + scene"_s, stats(steps), u"20 steps"_s);
    std::vector<Sample> layouts;
    LayoutEngine engine;
    for (int i = 0; i < 20; ++i)
        layouts.push_back(time([&] { engine.compute(document.topology()); }));
    row(u"of which the layout engine"_s, stats(layouts), u"whole design, every step"_s);
    row(u"Drag step: repaint"_s, stats(frames));
    row(u"**Drag step, total**"_s, stats(total),
        u"%1 undo step(s) for the drag; target < 16 ms"_s.arg(editor.undoStack()->count()
                                                              - commandsBefore));

    // 4. The severity badges: the window validates after a pause in editing.
    QList<Finding> findings;
    const Sample validation
        = time([&] { findings = validateTopology(document.topology()).findings; });
    const Sample badges = time([&] { scene->setFindings(findings); });
    row(u"Validation for the badges"_s, validation, u"400 ms after the last edit, not per step"_s);
    row(u"Badges onto the items"_s, badges, u"%1 findings"_s.arg(findings.size()));

    // 5. The whole window: MainWindow::openFile (outline and property editor too) + a frame.
    {
        TopologyDocument windowDocument;
        MainWindow window(&windowDocument);
        window.resize(1900, 1100);
        window.show();
        QCoreApplication::processEvents();
        const Sample open = time([&] {
            window.openFile(path);
            QCoreApplication::processEvents();
            window.grab();
        });
        row(u"**Window: open file to first frame**"_s, open,
            u"includes the outline tree; target < 1000 ms"_s);
        window.editor()->undoStack()->setClean();
    }
    out.flush();
    return 0;
}
