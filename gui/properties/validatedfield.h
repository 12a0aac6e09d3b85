// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;

namespace Clusterwright {

// A line edit that checks what is typed and says why it is wrong. The reason shows while
// typing; a value is only committed (Enter or leaving the field) when the check passes, so
// a bad value never reaches the design.
class ValidatedField : public QWidget
{
    Q_OBJECT

public:
    using Check = std::function<QString(const QString &)>;

    explicit ValidatedField(QWidget *parent = nullptr);

    void setCheck(Check check) { m_check = std::move(check); }
    // Shows the design's value. Keeps a refused text the user is still fixing, unless the
    // design's value changed under it or `force` (another object) is set.
    void setValue(const QString &value, bool force = false);
    QString value() const { return m_loaded; }
    QString text() const;
    // Shows a reason from outside (a refused rename) until the next edit.
    void showError(const QString &reason);
    QString error() const { return m_error; }
    bool hasError() const { return !m_error.isEmpty(); }
    QLineEdit *lineEdit() const { return m_edit; }
    QLabel *errorLabel() const { return m_errorLabel; }

signals:
    void committed(const QString &text);

private:
    void recheck();
    void finish();

    QLineEdit *m_edit;
    QLabel *m_errorLabel;
    Check m_check;
    QString m_loaded;
    QString m_error;
};

} // namespace Clusterwright
