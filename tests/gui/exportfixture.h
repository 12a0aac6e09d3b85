// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// Shared by the export tests: a design on the window's document/editor/scene stack, and
// small readers for what the exporters wrote.
#pragma once

#include "canvas/designscene.h"
#include "edit/designeditor.h"
#include "export/reviewexport.h"
#include "export/reviewpage.h"
#include "format/topologyformat.h"
#include "model/topologydocument.h"

#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <memory>

namespace Clusterwright::ExportTest {

using namespace Qt::StringLiterals;

inline const QString SeichiPath = QStringLiteral(CW_EXAMPLES_DIR "/seichi-onp-k8s.cw.yaml");
inline const QDateTime FixedTime = QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC);

// A design loaded into the same document/editor/scene stack the window uses.
struct Design
{
    explicit Design(const Topology &topology, const QString &path = {})
    {
        document.reset(topology);
        document.setFilePath(path);
    }
    TopologyDocument document;
    DesignEditor editor{&document};
    DesignScene scene{&editor};
};

inline std::unique_ptr<Design> loadDesign(const QString &path)
{
    const LoadResult loaded = loadTopologyFile(path);
    if (!loaded.ok())
        return {};
    return std::make_unique<Design>(*loaded.topology, path);
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct SvgContent
{
    QString error;
    QString title;
    QString text; // every <text>, joined by newlines
    int images = 0;
};

inline SvgContent parseSvg(const QByteArray &bytes)
{
    SvgContent svg;
    QXmlStreamReader xml(bytes);
    QStringList texts;
    bool root = true;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (root && xml.name() != u"svg")
            svg.error = u"root element is "_s + xml.name().toString();
        root = false;
        if (xml.name() == u"title")
            svg.title = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (xml.name() == u"text")
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (xml.name() == u"image")
            ++svg.images;
    }
    if (xml.hasError())
        svg.error = xml.errorString() + u" at line "_s + QString::number(xml.lineNumber());
    svg.text = texts.join(u'\n');
    return svg;
}

// Share of pixels that are not white.
inline qreal inkShare(const QImage &image)
{
    qint64 ink = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            if ((image.pixel(x, y) & 0xffffff) != 0xffffff)
                ++ink;
        }
    }
    return qreal(ink) / (qreal(image.width() / 2) * (image.height() / 2));
}

inline QImage renderPng(const ReviewPage &page, const QTemporaryDir &dir, const QString &name,
                        qreal scale = ReviewExport::DefaultPngScale)
{
    const QString path = dir.filePath(name);
    QString error;
    if (!ReviewExport::writePng(page, path, scale, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return QImage(path);
}

} // namespace Clusterwright::ExportTest
