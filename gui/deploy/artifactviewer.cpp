// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "deploy/artifactviewer.h"

#include "deploy/render.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSplitter>
#include <QSyntaxHighlighter>
#include <QTemporaryDir>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Clusterwright {

// Just enough colour to read YAML and shell: comments, keys, strings,
// placeholders and a few shell words.
class ArtifactHighlighter : public QSyntaxHighlighter
{
public:
    explicit ArtifactHighlighter(QTextDocument *document)
        : QSyntaxHighlighter(document)
    {}
    void setShell(bool shell)
    {
        m_shell = shell;
        rehighlight();
    }

protected:
    void highlightBlock(const QString &text) override
    {
        static const QRegularExpression key(u"^\\s*-?\\s*([A-Za-z0-9_.\\-/]+):(\\s|$)"_s);
        static const QRegularExpression word(
            u"\\b(if|then|else|fi|for|in|do|done|case|esac|export|exit|test)\\b"_s);
        static const QRegularExpression quoted(u"'[^']*'|\"[^\"]*\""_s);
        static const QRegularExpression placeholder(u"\\$\\{cw:[^}]+\\}"_s);
        QTextCharFormat keyFormat, wordFormat, stringFormat, placeholderFormat, commentFormat;
        keyFormat.setForeground(QColor(0x1f, 0x5f, 0xa8));
        wordFormat.setForeground(QColor(0x8a, 0x2b, 0x8a));
        wordFormat.setFontWeight(QFont::Bold);
        stringFormat.setForeground(QColor(0x2e, 0x7d, 0x32));
        placeholderFormat.setForeground(QColor(0xb2, 0x5b, 0x00));
        placeholderFormat.setFontWeight(QFont::Bold);
        commentFormat.setForeground(Qt::gray);
        commentFormat.setFontItalic(true);

        if (!m_shell) {
            const QRegularExpressionMatch match = key.match(text);
            if (match.hasMatch())
                setFormat(match.capturedStart(1), match.capturedLength(1), keyFormat);
        } else {
            for (auto it = word.globalMatch(text); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                setFormat(m.capturedStart(), m.capturedLength(), wordFormat);
            }
        }
        for (auto it = quoted.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            setFormat(m.capturedStart(), m.capturedLength(), stringFormat);
        }
        for (auto it = placeholder.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            setFormat(m.capturedStart(), m.capturedLength(), placeholderFormat);
        }
        const qsizetype hash = text.indexOf(u'#');
        if (hash >= 0 && (hash == 0 || text.at(hash - 1).isSpace()))
            setFormat(int(hash), int(text.size() - hash), commentFormat);
    }

private:
    bool m_shell = false;
};

QList<RenderedFile> renderedFiles(const Plan &plan, QString *error)
{
    QList<RenderedFile> files;
    QTemporaryDir dir;
    QStringList written;
    QString why;
    if (!dir.isValid() || !renderPlan(plan, dir.path(), &written, &why)) {
        if (error)
            *error = why.isEmpty() ? dir.errorString() : why;
        return files;
    }
    written.sort();
    for (const QString &relative : std::as_const(written)) {
        QFile file(dir.filePath(relative));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        RenderedFile rendered;
        if (relative.contains(u'/')) {
            rendered.node = relative.section(u'/', 0, 0);
            rendered.path = relative.section(u'/', 1);
            if (!rendered.path.startsWith(u"steps/"))
                rendered.path.prepend(u'/');
        } else {
            rendered.path = relative;
        }
        rendered.content = file.readAll();
        files.append(rendered);
    }
    return files;
}

ArtifactViewer::ArtifactViewer(const QList<RenderedFile> &files, const QString &selectNode,
                               QWidget *parent)
    : QDialog(parent)
    , m_files(files)
    , m_list(new QListWidget(this))
    , m_editor(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Review Files"));
    resize(1000, 640);
    m_list->setObjectName(u"files"_s);
    m_editor->setObjectName(u"content"_s);
    m_editor->setReadOnly(true);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_highlighter = new ArtifactHighlighter(m_editor->document());
    int select = 0;
    for (const RenderedFile &file : std::as_const(m_files)) {
        if (select == 0 && !selectNode.isEmpty() && file.node == selectNode)
            select = int(m_list->count());
        m_list->addItem(file.node.isEmpty() ? file.path : file.node + u": "_s + file.path);
    }
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(1, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    layout->addWidget(buttons);
    connect(m_list, &QListWidget::currentRowChanged, this, &ArtifactViewer::showFile);
    if (!m_files.isEmpty())
        m_list->setCurrentRow(select);
}

void ArtifactViewer::showFile(int row)
{
    if (row < 0 || row >= m_files.size())
        return;
    const RenderedFile &file = m_files.at(row);
    m_highlighter->setShell(file.path.endsWith(u".sh") || file.path.endsWith(u".txt"));
    m_editor->setPlainText(QString::fromUtf8(file.content));
}

} // namespace Clusterwright
