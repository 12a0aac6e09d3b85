// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#pragma once

#include <QWidget>

class QComboBox;
class QGridLayout;
class QPushButton;

namespace Clusterwright {

class DesignEditor;
class ValidatedField;

// A node's interfaces: one address field per network it is attached to (checked against
// that network's CIDR), a button to detach it, and a way to attach it to another network
// with that network's next free address.
class InterfaceList : public QWidget
{
    Q_OBJECT

public:
    InterfaceList(DesignEditor *editor, QWidget *parent = nullptr);

    void setNode(int index);
    void reload();
    ValidatedField *addressField(const QString &network) const;

private:
    void rebuild();
    void commitAddress(int interface, const QString &address);
    void detach(int interface);
    void attach();

    DesignEditor *m_editor;
    int resolvedNode() const;

    int m_node = -1;
    QString m_nodeName;
    QGridLayout *m_rows;
    QList<ValidatedField *> m_fields;
    QStringList m_networks;
    QComboBox *m_attachCombo;
    QPushButton *m_attachButton;
};

} // namespace Clusterwright
