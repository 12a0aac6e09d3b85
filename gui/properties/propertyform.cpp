// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "properties/propertyform.h"

#include "edit/designeditor.h"
#include "edit/objectvalue.h"
#include "properties/validatedfield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace Clusterwright {
namespace {

// The flags widget: one check box per option.
class FlagsBox : public QWidget
{
public:
    FlagsBox(const QStringList &options, const QStringList &labels, QWidget *parent)
        : QWidget(parent)
        , m_options(options)
    {
        auto *layout = new QGridLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        for (int i = 0; i < options.size(); ++i) {
            auto *box = new QCheckBox(labels.value(i, options[i]), this);
            box->setObjectName(options[i]);
            layout->addWidget(box, i / 2, i % 2);
            m_boxes << box;
        }
        setFocusProxy(m_boxes.value(0));
    }
    QString value() const
    {
        QStringList on;
        for (int i = 0; i < m_boxes.size(); ++i) {
            if (m_boxes[i]->isChecked())
                on << m_options[i];
        }
        return on.join(u',');
    }
    void setValue(const QString &value)
    {
        const QStringList on = value.split(u',', Qt::SkipEmptyParts);
        for (int i = 0; i < m_boxes.size(); ++i)
            m_boxes[i]->setChecked(on.contains(m_options[i]));
    }
    QList<QCheckBox *> m_boxes;

private:
    QStringList m_options;
};

} // namespace

PropertyForm::PropertyForm(DesignEditor *editor, std::optional<ObjectKind> kind, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_kind(kind)
    , m_layout(new QFormLayout(this))
{
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
}

void PropertyForm::setIndex(int index)
{
    const bool other = index != m_index;
    m_index = index;
    const bool valid = m_kind && index >= 0 && index < objectCount(m_editor->topology(), *m_kind);
    m_name = valid ? nameOf(objectAt(m_editor->topology(), *m_kind, index)) : QString();
    if (!m_kind || valid) {
        m_loading = true;
        for (const QString &key : std::as_const(m_order))
            load(key, m_bindings[key], other);
        for (const auto &custom : std::as_const(m_custom))
            custom(index);
        m_loading = false;
    }
}

void PropertyForm::reload()
{
    setIndex(m_index);
}

void PropertyForm::load(const QString &, Binding &b, bool force)
{
    const Topology &t = m_editor->topology();
    const QString value = b.get(t, m_index);
    if (auto *field = qobject_cast<ValidatedField *>(b.widget)) {
        field->setValue(value, force);
    } else if (auto *combo = qobject_cast<QComboBox *>(b.widget)) {
        if (b.items) {
            const QStringList items = b.items(t, m_index);
            QStringList current;
            for (int i = 0; i < combo->count(); ++i)
                current << combo->itemText(i);
            if (items != current) {
                combo->clear();
                combo->addItems(items);
            }
        }
        if (combo->isEditable())
            combo->setCurrentText(value);
        else
            combo->setCurrentIndex(combo->findText(value));
    } else if (auto *spin = qobject_cast<QSpinBox *>(b.widget)) {
        spin->setValue(value.isEmpty() ? spin->minimum() : value.toInt());
    } else if (auto *flags = dynamic_cast<FlagsBox *>(b.widget)) {
        flags->setValue(value);
    }
}

int PropertyForm::resolvedIndex() const
{
    if (!m_kind)
        return -1;
    const Topology &t = m_editor->topology();
    if (m_index >= 0 && m_index < objectCount(t, *m_kind)
        && nameOf(objectAt(t, *m_kind, m_index)) == m_name)
        return m_index;
    return objectIndex(t, *m_kind, m_name);
}

void PropertyForm::commit(const QString &key, const QString &value)
{
    if (m_loading)
        return;
    if (m_kind) {
        m_index = resolvedIndex();
        if (m_index < 0)
            return; // the object was deleted while its field still had the focus
    }
    const Binding &b = m_bindings[key];
    const Topology &current = m_editor->topology();
    if (b.get(current, m_index) == value)
        return;
    if (m_kind && key == QLatin1StringView(NameKey)) {
        QString error;
        if (!m_editor->rename(*m_kind, m_index, value, &error)) {
            if (auto *field = qobject_cast<ValidatedField *>(b.widget))
                field->showError(error);
        }
        return;
    }
    Topology t = current;
    b.set(t, m_index, value);
    if (m_kind) {
        const QString name = nameOf(objectAt(t, *m_kind, m_index));
        m_editor->editObject(m_index, objectAt(t, *m_kind, m_index), key,
                             tr("Change %1 of %2").arg(b.label, name));
    } else {
        m_editor->editCluster(t.metadata, t.cluster, key, tr("Change %1").arg(b.label));
    }
}

QWidget *PropertyForm::labelled(const QString &key, const QString &label, const QString &tip,
                                QWidget *widget, Getter get, Setter set, Items items)
{
    widget->setObjectName(key);
    widget->setToolTip(tip);
    widget->setAccessibleName(label);
    auto *title = new QLabel(tr("%1:").arg(label), this);
    title->setBuddy(widget);
    title->setToolTip(tip);
    m_layout->addRow(title, widget);
    m_bindings.insert(key, {label, std::move(get), std::move(set), std::move(items), widget});
    m_order << key;
    return widget;
}

void PropertyForm::addSection(const QString &title)
{
    auto *label = new QLabel(title, this);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 8, 0, 0);
    m_layout->addRow(label);
}

void PropertyForm::addText(const QString &key, const QString &label, const QString &tip, Getter get,
                           Setter set, Check check)
{
    auto *field = new ValidatedField(this);
    if (check) {
        field->setCheck([this, check](const QString &text) {
            return check(text, m_editor->topology(), m_index);
        });
    }
    labelled(key, label, tip, field, std::move(get), std::move(set));
    field->lineEdit()->setObjectName(key + QStringLiteral("Edit"));
    connect(field, &ValidatedField::committed, this,
            [this, key](const QString &text) { commit(key, text); });
}

void PropertyForm::addChoice(const QString &key, const QString &label, const QString &tip,
                             Items items, Getter get, Setter set, bool editable)
{
    auto *combo = new QComboBox(this);
    combo->setEditable(editable);
    combo->addItems(items(m_editor->topology(), m_index));
    labelled(key, label, tip, combo, std::move(get), std::move(set), std::move(items));
    if (editable) {
        connect(combo->lineEdit(), &QLineEdit::editingFinished, this,
                [this, key, combo] { commit(key, combo->currentText()); });
    }
    connect(combo, &QComboBox::activated, this,
            [this, key, combo] { commit(key, combo->currentText()); });
}

void PropertyForm::addNumber(const QString &key, const QString &label, const QString &tip, int min,
                             int max, const QString &none, Getter get, Setter set)
{
    auto *spin = new QSpinBox(this);
    // One below the minimum stands for "not set".
    spin->setRange(min - 1, max);
    spin->setSpecialValueText(none);
    spin->setAccelerated(true);
    labelled(key, label, tip, spin, std::move(get), std::move(set));
    connect(spin, &QSpinBox::valueChanged, this, [this, key, spin](int value) {
        commit(key, value == spin->minimum() ? QString() : QString::number(value));
    });
}

void PropertyForm::addFlags(const QString &key, const QString &label, const QString &tip,
                            const QStringList &options, const QStringList &labels, Getter get,
                            Setter set)
{
    auto *flags = new FlagsBox(options, labels, this);
    labelled(key, label, tip, flags, std::move(get), std::move(set));
    for (QCheckBox *box : std::as_const(flags->m_boxes)) {
        connect(box, &QCheckBox::toggled, this,
                [this, key, flags] { commit(key, flags->value()); });
    }
}

void PropertyForm::addCustom(const QString &label, QWidget *widget,
                             std::function<void(int index)> load)
{
    if (label.isEmpty())
        m_layout->addRow(widget);
    else
        m_layout->addRow(tr("%1:").arg(label), widget);
    m_custom << std::move(load);
}

QWidget *PropertyForm::fieldWidget(const QString &key) const
{
    return m_bindings.value(key).widget;
}

ValidatedField *PropertyForm::textField(const QString &key) const
{
    return qobject_cast<ValidatedField *>(fieldWidget(key));
}

} // namespace Clusterwright
