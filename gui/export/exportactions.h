// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include <QObject>

#include <memory>

class QAction;
class QPrinter;
class QWidget;

namespace Clusterwright {

class DesignScene;

// File > Export (SVG, PNG, PDF) and File > Print: the review page of the design on the
// canvas (see ReviewPage), with file dialogs that remember the last folder and errors in a
// non-blocking box. The printer keeps its settings for the session.
class ExportActions : public QObject
{
    Q_OBJECT

public:
    enum class Format { Svg, Png, Pdf };

    ExportActions(QWidget *window, DesignScene *scene);
    ~ExportActions() override;

    QAction *exportAction(Format format) const;
    QAction *printAction() const { return m_print; }
    QAction *printPreviewAction() const { return m_preview; }

    // What an export action does once the file is chosen; tests call it directly.
    bool exportTo(Format format, const QString &path);
    void chooseAndExport(Format format);
    void print();
    void printPreview();

signals:
    void message(const QString &text, int timeoutMs);

private:
    QAction *make(const QString &name, const QString &text, const QKeySequence &shortcut,
                  const QString &tip);
    QString suggestedPath(Format format) const;
    QPrinter *printer();
    void showError(const QString &title, const QString &error);

    QWidget *m_window;
    DesignScene *m_scene;
    QAction *m_svg;
    QAction *m_png;
    QAction *m_pdf;
    QAction *m_print;
    QAction *m_preview;
    std::unique_ptr<QPrinter> m_printer;
};

} // namespace Clusterwright
