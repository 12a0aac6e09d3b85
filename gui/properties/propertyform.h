// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include "model/enums.h"
#include "model/topology.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <optional>

class QFormLayout;

namespace Clusterwright {

class DesignEditor;
class ValidatedField;

// A form over one object of the design (or, without a kind, over the cluster-wide
// settings). Each field is bound by a getter and a setter on the topology; a committed
// field becomes one property-edit command, so typing in one field merges into one undo
// step. The name field renames through the editor, which keeps references whole.
class PropertyForm : public QWidget
{
    Q_OBJECT

public:
    using Getter = std::function<QString(const Topology &, int index)>;
    using Setter = std::function<void(Topology &, int index, const QString &value)>;
    using Check = std::function<QString(const QString &value, const Topology &, int index)>;
    using Items = std::function<QStringList(const Topology &, int index)>;

    static constexpr char NameKey[] = "name";

    PropertyForm(DesignEditor *editor, std::optional<ObjectKind> kind, QWidget *parent = nullptr);

    std::optional<ObjectKind> kind() const { return m_kind; }
    int index() const { return m_index; }
    void setIndex(int index);
    // Refreshes every field from the document.
    void reload();

    void addSection(const QString &title);
    void addText(const QString &key, const QString &label, const QString &tip, Getter get,
                 Setter set, Check check = {});
    // A fixed list of choices (an enum's spellings) or a list from the design (`items`),
    // optionally with free text.
    void addChoice(const QString &key, const QString &label, const QString &tip, Items items,
                   Getter get, Setter set, bool editable = false);
    // An optional number: `none` is shown for no value (the empty string).
    void addNumber(const QString &key, const QString &label, const QString &tip, int min, int max,
                   const QString &none, Getter get, Setter set);
    // Independent on/off options, stored as a comma-separated list of their spellings.
    void addFlags(const QString &key, const QString &label, const QString &tip,
                  const QStringList &options, const QStringList &labels, Getter get, Setter set);
    // A widget of its own (the node's interfaces) that follows the form's object.
    void addCustom(const QString &label, QWidget *widget, std::function<void(int index)> load);

    QWidget *fieldWidget(const QString &key) const;
    ValidatedField *textField(const QString &key) const;

private:
    struct Binding
    {
        QString label;
        Getter get;
        Setter set;
        Items items;
        QWidget *widget = nullptr;
    };
    void commit(const QString &key, const QString &value);
    // The form's object now: a field can finish editing after the object moved or went.
    int resolvedIndex() const;
    void load(const QString &key, Binding &binding, bool force);
    QWidget *labelled(const QString &key, const QString &label, const QString &tip, QWidget *widget,
                      Getter get, Setter set, Items items = {});

    DesignEditor *m_editor;
    std::optional<ObjectKind> m_kind;
    int m_index = -1;
    QString m_name;
    QFormLayout *m_layout;
    QHash<QString, Binding> m_bindings;
    QStringList m_order;
    QList<std::function<void(int)>> m_custom;
    bool m_loading = false;
};

} // namespace Clusterwright
