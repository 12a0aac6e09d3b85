// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "properties/interfacelist.h"

#include "edit/designeditor.h"
#include "properties/fieldchecks.h"
#include "properties/validatedfield.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLayoutItem>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace Clusterwright {

InterfaceList::InterfaceList(DesignEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_rows(new QGridLayout)
    , m_attachCombo(new QComboBox(this))
    , m_attachButton(new QPushButton(tr("Attach"), this))
{
    setObjectName(QStringLiteral("interfaces"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rows);
    m_rows->setColumnStretch(1, 1);
    auto *attachRow = new QHBoxLayout;
    attachRow->addWidget(m_attachCombo, 1);
    attachRow->addWidget(m_attachButton);
    layout->addLayout(attachRow);
    m_attachCombo->setObjectName(QStringLiteral("attachNetwork"));
    m_attachCombo->setAccessibleName(tr("Network to attach to"));
    m_attachButton->setObjectName(QStringLiteral("attachButton"));
    m_attachButton->setToolTip(tr("Attach the node to this network with its next free address"));
    connect(m_attachButton, &QPushButton::clicked, this, &InterfaceList::attach);
}

void InterfaceList::setNode(int index)
{
    const bool other = index != m_node;
    m_node = index;
    if (other)
        m_networks.clear(); // forces new rows, dropping any refused text of another node
    reload();
}

int InterfaceList::resolvedNode() const
{
    const Topology &t = m_editor->topology();
    if (m_node >= 0 && m_node < t.nodes.size() && t.nodes[m_node].name == m_nodeName)
        return m_node;
    return t.nodeIndex(m_nodeName);
}

void InterfaceList::reload()
{
    const Topology &t = m_editor->topology();
    if (m_node < 0 || m_node >= t.nodes.size())
        return;
    const Node &node = t.nodes[m_node];
    m_nodeName = node.name;
    QStringList networks;
    for (const Interface &interface : node.interfaces)
        networks << interface.network;
    if (networks != m_networks)
        rebuild();
    for (int k = 0; k < m_fields.size(); ++k)
        m_fields[k]->setValue(node.interfaces[k].address);

    m_attachCombo->clear();
    for (const Network &network : t.networks) {
        if (!networks.contains(network.name))
            m_attachCombo->addItem(network.name);
    }
    m_attachCombo->setEnabled(m_attachCombo->count() > 0);
    m_attachButton->setEnabled(m_attachCombo->count() > 0);
}

void InterfaceList::rebuild()
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_fields.clear();
    const Topology &t = m_editor->topology();
    const Node &node = t.nodes[m_node];
    m_networks.clear();
    for (int k = 0; k < node.interfaces.size(); ++k) {
        const QString network = node.interfaces[k].network;
        m_networks << network;
        auto *label = new QLabel(network, this);
        auto *field = new ValidatedField(this);
        field->setObjectName(QStringLiteral("address-") + network);
        field->setAccessibleName(tr("Address on %1").arg(network));
        field->setToolTip(tr("The node's address on %1").arg(network));
        field->setCheck([this, network](const QString &text) {
            return FieldChecks::addressIn(text, m_editor->topology(), network);
        });
        label->setBuddy(field->lineEdit());
        auto *detachButton = new QToolButton(this);
        detachButton->setIcon(style()->standardIcon(QStyle::SP_LineEditClearButton));
        detachButton->setAccessibleName(tr("Detach from %1").arg(network));
        detachButton->setObjectName(QStringLiteral("detach-") + network);
        detachButton->setToolTip(tr("Remove the node's interface on %1").arg(network));
        m_rows->addWidget(label, k, 0, Qt::AlignTop);
        m_rows->addWidget(field, k, 1);
        m_rows->addWidget(detachButton, k, 2, Qt::AlignTop);
        m_fields << field;
        connect(field, &ValidatedField::committed, this,
                [this, k](const QString &text) { commitAddress(k, text); });
        connect(detachButton, &QToolButton::clicked, this, [this, k] { detach(k); });
    }
}

ValidatedField *InterfaceList::addressField(const QString &network) const
{
    const qsizetype k = m_networks.indexOf(network);
    return k < 0 ? nullptr : m_fields.value(k);
}

void InterfaceList::commitAddress(int interface, const QString &address)
{
    m_node = resolvedNode();
    if (m_node < 0)
        return;
    const Topology &t = m_editor->topology();
    Node node = t.nodes[m_node];
    if (interface >= node.interfaces.size())
        return;
    const QString old = node.interfaces[interface].address;
    node.interfaces[interface].address = address;
    // The SSH address usually is one of the interfaces: keep it with the interface.
    if (!old.isEmpty() && node.ssh.address == old)
        node.ssh.address = address;
    m_editor->editObject(
        m_node, node, QStringLiteral("interfaces.%1.address").arg(interface),
        tr("Change address of %1 on %2").arg(node.name, node.interfaces[interface].network));
}

void InterfaceList::detach(int interface)
{
    m_node = resolvedNode();
    if (m_node < 0)
        return;
    const Topology &t = m_editor->topology();
    Node node = t.nodes[m_node];
    if (interface >= node.interfaces.size())
        return;
    const QString network = node.interfaces.takeAt(interface).network;
    m_editor->editObject(m_node, node, {}, tr("Detach %1 from %2").arg(node.name, network));
}

void InterfaceList::attach()
{
    const QString network = m_attachCombo->currentText();
    if (network.isEmpty())
        return;
    m_node = resolvedNode();
    if (m_node < 0)
        return;
    QString error;
    const QString node = m_editor->topology().nodes[m_node].name;
    if (!m_editor->attachToNetwork({node}, network, &error))
        m_attachButton->setToolTip(error);
}

} // namespace Clusterwright
