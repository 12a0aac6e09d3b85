// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include <QDialog>
#include <QList>
#include <QMap>
#include <QString>

class QListWidget;
class QPlainTextEdit;

namespace Clusterwright {

struct Plan;

// The files a plan writes, per node, as `clusterwright render` writes them
// (the uploaded files at their remote paths and one script per step).
struct RenderedFile
{
    QString node;       // "cp-1"; empty for plan.txt
    QString path;       // "/etc/keepalived/keepalived.conf" or "steps/05-init.sh"
    QByteArray content; // placeholders unfilled, never a secret
};
QList<RenderedFile> renderedFiles(const Plan &plan, QString *error = nullptr);

// "Review files": the rendered files, read-only, highlighted as YAML or shell.
class ArtifactViewer : public QDialog
{
    Q_OBJECT

public:
    ArtifactViewer(const QList<RenderedFile> &files, const QString &selectNode,
                   QWidget *parent = nullptr);
    QPlainTextEdit *editor() const { return m_editor; }
    QListWidget *list() const { return m_list; }

private:
    void showFile(int row);

    QList<RenderedFile> m_files;
    QListWidget *m_list;
    QPlainTextEdit *m_editor;
    class ArtifactHighlighter *m_highlighter;
};

} // namespace Clusterwright
