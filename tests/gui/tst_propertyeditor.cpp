// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// The property editor: bad values are refused with the reason and never reach the design,
// good ones become undoable commands, and the forms follow the document.
#include "edit/designeditor.h"
#include "format/topologyformat.h"
#include "model/topologydocument.h"
#include "properties/interfacelist.h"
#include "properties/propertyeditor.h"
#include "properties/propertyform.h"
#include "properties/validatedfield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace Clusterwright;
using namespace Qt::StringLiterals;

class tst_PropertyEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void clusterSettingsWhenNothingSelected();
    void badCidrIsRefused_data();
    void badCidrIsRefused();
    void interfaceAddresses();
    void renameThroughTheNameField();
    void spinEditsMerge();
    void rolesHostAndChoices();
    void detachAndAttach();
    void followsUndo();
    void multipleSelection();
    void editFinishingAfterDeleteGoesNowhere();

private:
    void select(ObjectKind kind, const QString &name);
    // Types `text` into the field like a user and presses Enter.
    void type(ValidatedField *field, const QString &text);
    PropertyForm *form() const { return m_properties->currentForm(); }
    const Node &node(const QString &name) const
    {
        return m_document->topology().nodes[m_document->topology().nodeIndex(name)];
    }

    std::unique_ptr<TopologyDocument> m_document;
    std::unique_ptr<DesignEditor> m_editor;
    std::unique_ptr<PropertyEditor> m_properties;
};

void tst_PropertyEditor::init()
{
    m_document = std::make_unique<TopologyDocument>();
    m_document->reset(
        *loadTopologyFile(QStringLiteral(CW_EXAMPLES_DIR "/seichi-onp-k8s.cw.yaml")).topology);
    m_editor = std::make_unique<DesignEditor>(m_document.get());
    m_properties = std::make_unique<PropertyEditor>(m_editor.get());
    m_properties->resize(420, 900);
    m_properties->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_properties.get()));
}

void tst_PropertyEditor::cleanup()
{
    m_properties.reset();
    m_editor.reset();
    m_document.reset();
}

void tst_PropertyEditor::select(ObjectKind kind, const QString &name)
{
    m_properties->setSelection({{kind, name, -1}});
}

void tst_PropertyEditor::type(ValidatedField *field, const QString &text)
{
    QVERIFY(field);
    QLineEdit *edit = field->lineEdit();
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

void tst_PropertyEditor::clusterSettingsWhenNothingSelected()
{
    QCOMPARE(m_properties->title(), u"Cluster settings"_s);
    QVERIFY(!form()->kind());
    ValidatedField *pods = form()->textField(u"podCidr"_s);
    QCOMPARE(pods->text(), u"10.128.0.0/16"_s);

    const Topology before = m_document->topology();
    type(pods, u"10.128.0.0/33"_s);
    QVERIFY(pods->hasError());
    QVERIFY(pods->errorLabel()->isVisible());
    QVERIFY(m_document->topology() == before);

    type(pods, u"10.200.0.0/16, fd00:10::/56"_s);
    QVERIFY(!pods->hasError());
    QCOMPARE(m_document->topology().cluster.podCidrs,
             (QStringList{u"10.200.0.0/16"_s, u"fd00:10::/56"_s}));
    QCOMPARE(m_editor->undoStack()->undoText(), u"Change Pod CIDR"_s);

    ValidatedField *version = form()->textField(u"kubernetesVersion"_s);
    type(version, u"1.30"_s);
    QVERIFY(version->hasError());
    QCOMPARE(m_document->topology().cluster.kubernetesVersion, u"v1.27.1"_s);

    auto *cni = qobject_cast<QComboBox *>(form()->fieldWidget(u"cni"_s));
    cni->setCurrentText(u"calico"_s);
    emit cni->activated(cni->currentIndex());
    QVERIFY(m_document->topology().cluster.cni == Cni::Calico);
}

void tst_PropertyEditor::badCidrIsRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason"); // a piece of the message
    QTest::newRow("octet") << u"192.168.0.300/20"_s << u"300"_s;
    QTest::newRow("host bits") << u"192.168.1.5/24"_s << u"192.168.1.0/24"_s;
    QTest::newRow("no length") << u"192.168.0.0"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void tst_PropertyEditor::badCidrIsRefused()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    select(ObjectKind::Network, u"service"_s);
    QCOMPARE(m_properties->title(), u"Network service"_s);
    ValidatedField *cidr = form()->textField(u"cidr"_s);
    const Topology before = m_document->topology();
    type(cidr, text);
    QVERIFY(cidr->hasError());
    QVERIFY2(cidr->error().contains(reason), qPrintable(cidr->error()));
    QVERIFY(cidr->errorLabel()->text().contains(cidr->error()));
    QVERIFY(m_document->topology() == before);
    QCOMPARE(m_editor->undoStack()->count(), 0);
    // The refused text stays for fixing, even when the document changes meanwhile.
    m_editor->moveNodes({{u"cp-1"_s, std::nullopt, QPointF(5, 5)}}, m_editor->newGesture());
    QCOMPARE(cidr->text(), text);

    type(cidr, u"192.168.0.0/21"_s);
    QVERIFY(!cidr->hasError());
    QCOMPARE(m_document->topology().networks[0].cidr, u"192.168.0.0/21"_s);
    QCOMPARE(m_editor->undoStack()->undoText(), u"Change CIDR of service"_s);
}

void tst_PropertyEditor::interfaceAddresses()
{
    select(ObjectKind::Node, u"cp-1"_s);
    auto *interfaces = form()->findChild<InterfaceList *>();
    QVERIFY(interfaces);
    ValidatedField *service = interfaces->addressField(u"service"_s);
    QCOMPARE(service->text(), u"192.168.8.11"_s);
    type(service, u"192.168.8.300"_s);
    QVERIFY(service->hasError());
    type(service, u"10.0.0.1"_s);
    QVERIFY(service->hasError());
    QVERIFY(service->error().contains(u"192.168.0.0/20"_s));
    QCOMPARE(node(u"cp-1"_s).interfaces[0].address, u"192.168.8.11"_s);

    type(service, u"192.168.8.99"_s);
    QVERIFY(!service->hasError());
    QCOMPARE(node(u"cp-1"_s).interfaces[0].address, u"192.168.8.99"_s);
    QCOMPARE(node(u"cp-1"_s).ssh.address, u"192.168.18.11"_s);

    // The SSH address was the storage address: it moves with it.
    type(interfaces->addressField(u"storage"_s), u"192.168.18.99"_s);
    QCOMPARE(node(u"cp-1"_s).ssh.address, u"192.168.18.99"_s);
    QCOMPARE(form()->textField(u"ssh.address"_s)->text(), u"192.168.18.99"_s);
    QCOMPARE(m_editor->undoStack()->count(), 2);
}

void tst_PropertyEditor::renameThroughTheNameField()
{
    select(ObjectKind::Node, u"bastion"_s);
    ValidatedField *name = form()->textField(QLatin1StringView(PropertyForm::NameKey));
    type(name, u"Bastion_1"_s);
    QVERIFY(name->hasError());
    type(name, u"cp-2"_s);
    QVERIFY(name->hasError());
    QVERIFY(name->error().contains(u"cp-2"_s));
    QCOMPARE(m_editor->undoStack()->count(), 0);

    type(name, u"jump"_s);
    QVERIFY(!name->hasError());
    QCOMPARE(m_properties->title(), u"Node jump"_s);
    QCOMPARE(node(u"cp-1"_s).ssh.jump, u"jump"_s);
    m_editor->undoStack()->undo();
    QCOMPARE(m_properties->title(), u"Node bastion"_s);
    QCOMPARE(name->text(), u"bastion"_s);
}

void tst_PropertyEditor::spinEditsMerge()
{
    select(ObjectKind::Node, u"wk-1"_s);
    auto *cpus = qobject_cast<QSpinBox *>(form()->fieldWidget(u"cpus"_s));
    QCOMPARE(cpus->value(), 6);
    cpus->stepUp();
    cpus->stepUp();
    cpus->stepUp();
    QVERIFY(node(u"wk-1"_s).cpus == 9);
    QCOMPARE(m_editor->undoStack()->count(), 1);
    QCOMPARE(m_editor->undoStack()->undoText(), u"Change CPUs of wk-1"_s);
    // Down to the special value: no CPU count at all.
    cpus->setValue(cpus->minimum());
    QVERIFY(!node(u"wk-1"_s).cpus);
    m_editor->undoStack()->undo();
    QVERIFY(node(u"wk-1"_s).cpus == 6);
    QCOMPARE(cpus->value(), 6);
}

void tst_PropertyEditor::rolesHostAndChoices()
{
    select(ObjectKind::Node, u"cp-1"_s);
    auto *worker = form()->fieldWidget(u"roles"_s)->findChild<QCheckBox *>(u"worker"_s);
    QVERIFY(worker);
    worker->click();
    QVERIFY(node(u"cp-1"_s).roles == (QList<Role>{Role::ControlPlane, Role::Worker}));

    auto *host = qobject_cast<QComboBox *>(form()->fieldWidget(u"host"_s));
    QCOMPARE(host->currentText(), u"unchama-sv-prox02"_s);
    host->setCurrentText(u"unchama-sv-prox05"_s);
    emit host->activated(host->currentIndex());
    QCOMPARE(node(u"cp-1"_s).host, u"unchama-sv-prox05"_s);
    QCOMPARE(m_editor->undoStack()->undoText(), u"Change Host of cp-1"_s);
}

void tst_PropertyEditor::detachAndAttach()
{
    select(ObjectKind::Node, u"bastion"_s);
    auto *detach = form()->findChild<QToolButton *>(u"detach-storage"_s);
    QVERIFY(detach);
    detach->click();
    QCOMPARE(node(u"bastion"_s).interfaces.size(), 1);
    QCOMPARE(m_editor->undoStack()->undoText(), u"Detach bastion from storage"_s);

    auto *combo = form()->findChild<QComboBox *>(u"attachNetwork"_s);
    QCOMPARE(combo->currentText(), u"storage"_s);
    form()->findChild<QPushButton *>(u"attachButton"_s)->click();
    // The bastion's old address is free again and the lowest: .16.1 comes first.
    QCOMPARE(node(u"bastion"_s).interfaces.last().address, u"192.168.16.1"_s);
    QCOMPARE(form()->findChild<InterfaceList *>()->addressField(u"storage"_s)->text(),
             u"192.168.16.1"_s);
}

void tst_PropertyEditor::followsUndo()
{
    select(ObjectKind::Vip, u"lb"_s);
    ValidatedField *range = form()->textField(u"range"_s);
    type(range, u"192.168.8.200-192.168.8.100"_s);
    QVERIFY(range->hasError());
    type(range, u"192.168.8.128/26"_s);
    QCOMPARE(m_document->topology().vips[1].range, u"192.168.8.128/26"_s);
    m_editor->undoStack()->undo();
    QCOMPARE(range->text(), u"192.168.8.128-192.168.8.255"_s);
    // Deleting the shown object falls back to the cluster settings.
    m_editor->deleteObjects({{ObjectKind::Vip, u"lb"_s, 1}});
    QCOMPARE(m_properties->title(), u"Cluster settings"_s);
}

void tst_PropertyEditor::multipleSelection()
{
    m_properties->setSelection(
        {{ObjectKind::Node, u"cp-1"_s, 0}, {ObjectKind::Node, u"cp-2"_s, 1}});
    QCOMPARE(m_properties->title(), u"2 objects selected"_s);
    QVERIFY(!m_properties->currentForm());
}

void tst_PropertyEditor::editFinishingAfterDeleteGoesNowhere()
{
    select(ObjectKind::Node, u"wk-2"_s);
    ValidatedField *user = form()->textField(u"ssh.user"_s);
    user->lineEdit()->setFocus();
    QTest::keyClicks(user->lineEdit(), u"bob"_s);
    PropertyForm *nodeForm = form();
    m_editor->deleteObjects({{ObjectKind::Node, u"wk-2"_s, 4}});
    QCOMPARE(m_properties->title(), u"Cluster settings"_s);
    // The field loses the focus only now; its object is gone, wk-3 took its index.
    emit nodeForm->textField(u"ssh.user"_s)->lineEdit()->editingFinished();
    QCOMPARE(node(u"wk-3"_s).ssh.user, u"cloudinit"_s);
    QCOMPARE(m_editor->undoStack()->count(), 1);
}

QTEST_MAIN(tst_PropertyEditor)
#include "tst_propertyeditor.moc"
