// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "properties/validatedfield.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Clusterwright {
namespace {

QColor errorColor()
{
    return QColor(0xd3, 0x2f, 0x2f);
}

} // namespace

ValidatedField::ValidatedField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_errorLabel(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_errorLabel);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setVisible(false);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    QPalette palette = m_errorLabel->palette();
    palette.setColor(QPalette::WindowText, errorColor());
    m_errorLabel->setPalette(palette);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, &ValidatedField::recheck);
    connect(m_edit, &QLineEdit::editingFinished, this, &ValidatedField::finish);
}

QString ValidatedField::text() const
{
    return m_edit->text();
}

void ValidatedField::setValue(const QString &value, bool force)
{
    const bool editing = m_edit->hasFocus() && m_edit->text() != value;
    if (!force && value == m_loaded && (hasError() || editing))
        return;
    m_loaded = value;
    m_edit->setText(value);
    showError({});
}

void ValidatedField::showError(const QString &reason)
{
    m_error = reason;
    // The message says what is wrong; the tinted field only points at where.
    m_errorLabel->setText(reason.isEmpty() ? QString() : tr("⚠ %1").arg(reason));
    m_errorLabel->setVisible(!reason.isEmpty());
    QPalette palette = m_edit->parentWidget()->palette();
    if (!reason.isEmpty()) {
        const QColor base = palette.color(QPalette::Base);
        const QColor error = errorColor();
        palette.setColor(QPalette::Base, QColor((base.red() * 3 + error.red()) / 4,
                                                (base.green() * 3 + error.green()) / 4,
                                                (base.blue() * 3 + error.blue()) / 4));
    }
    m_edit->setPalette(palette);
    m_edit->setAccessibleDescription(reason);
}

void ValidatedField::recheck()
{
    showError(m_check ? m_check(m_edit->text()) : QString());
}

void ValidatedField::finish()
{
    const QString text = m_edit->text();
    recheck();
    if (hasError() || text == m_loaded)
        return;
    emit committed(text);
}

} // namespace Clusterwright
