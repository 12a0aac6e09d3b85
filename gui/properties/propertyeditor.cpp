// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "properties/propertyeditor.h"

#include "edit/designeditor.h"
#include "edit/objectvalue.h"
#include "model/topologydocument.h"
#include "properties/propertyform.h"
#include "properties/propertyforms.h"
#include "properties/validatedfield.h"

#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Clusterwright {
namespace {

QString kindLabel(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Host:
        return PropertyEditor::tr("Physical host");
    case ObjectKind::Network:
        return PropertyEditor::tr("Network");
    case ObjectKind::Node:
        return PropertyEditor::tr("Node");
    case ObjectKind::Vip:
        return PropertyEditor::tr("VIP");
    case ObjectKind::Storage:
        return PropertyEditor::tr("Storage");
    }
    return {};
}

QWidget *scrolled(QWidget *form)
{
    auto *area = new QScrollArea;
    area->setWidget(form);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

} // namespace

PropertyEditor::PropertyEditor(DesignEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_title(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_multiple(new QLabel(this))
    , m_cluster(PropertyForms::cluster(editor, nullptr))
{
    setObjectName(QStringLiteral("propertyEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_stack, 1);
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_title->setFont(font);
    m_title->setObjectName(QStringLiteral("propertyTitle"));
    m_multiple->setWordWrap(true);
    m_multiple->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_stack->addWidget(scrolled(m_cluster));
    m_forms = {PropertyForms::host(editor, nullptr), PropertyForms::network(editor, nullptr),
               PropertyForms::node(editor, nullptr), PropertyForms::vip(editor, nullptr),
               PropertyForms::storage(editor, nullptr)};
    for (PropertyForm *form : std::as_const(m_forms))
        m_stack->addWidget(scrolled(form));
    m_stack->addWidget(m_multiple);

    TopologyDocument *document = editor->document();
    connect(document, &TopologyDocument::objectInserted, this, [this](ObjectKind kind, int index) {
        if (m_kind == kind && index <= m_index)
            ++m_index;
        markStale();
    });
    connect(document, &TopologyDocument::objectRemoved, this, [this](ObjectKind kind, int index) {
        if (m_kind == kind && index == m_index)
            m_kind.reset(), m_index = -1, m_selectionSize = 0;
        else if (m_kind == kind && index < m_index)
            --m_index;
        markStale();
    });
    connect(document, &TopologyDocument::objectChanged, this, &PropertyEditor::markStale);
    connect(document, &TopologyDocument::clusterChanged, this, &PropertyEditor::markStale);
    connect(document, &TopologyDocument::metadataChanged, this, &PropertyEditor::markStale);
    connect(document, &TopologyDocument::resetDone, this, [this] { setSelection({}); });
    connect(editor, &DesignEditor::batchFinished, this, [this] {
        if (m_stale)
            refresh();
    });
    setSelection({});
}

void PropertyEditor::markStale()
{
    m_stale = true;
    if (!m_editor->inBatch())
        refresh();
}

void PropertyEditor::setSelection(const QList<ObjectRef> &objects)
{
    m_selectionSize = int(objects.size());
    if (objects.size() == 1) {
        const ObjectRef &ref = objects.first();
        const int index = objectIndex(m_editor->topology(), ref.kind, ref.name);
        showObject(index >= 0 ? std::optional(ref.kind) : std::nullopt, index);
    } else {
        showObject(std::nullopt, -1);
    }
}

void PropertyEditor::showObject(std::optional<ObjectKind> kind, int index)
{
    m_kind = kind;
    m_index = index;
    refresh();
}

void PropertyEditor::refresh()
{
    m_stale = false;
    const Topology &t = m_editor->topology();
    if (m_selectionSize > 1) {
        m_title->setText(tr("%n objects selected", "", m_selectionSize));
        m_multiple->setText(tr("Select one object to edit its properties. Delete, Duplicate "
                               "and the clipboard work on all of them."));
        m_stack->setCurrentWidget(m_multiple);
        return;
    }
    if (!m_kind || m_index < 0 || m_index >= objectCount(t, *m_kind)) {
        m_title->setText(tr("Cluster settings"));
        m_cluster->reload();
        m_stack->setCurrentIndex(0);
        return;
    }
    PropertyForm *form = m_forms[int(*m_kind)];
    m_title->setText(tr("%1 %2").arg(kindLabel(*m_kind), nameOf(objectAt(t, *m_kind, m_index))));
    form->setIndex(m_index);
    m_stack->setCurrentIndex(1 + int(*m_kind));
}

PropertyForm *PropertyEditor::currentForm() const
{
    if (m_selectionSize > 1)
        return nullptr;
    return m_kind && m_index >= 0 ? m_forms[int(*m_kind)] : m_cluster;
}

PropertyForm *PropertyEditor::form(std::optional<ObjectKind> kind) const
{
    return kind ? m_forms[int(*kind)] : m_cluster;
}

QString PropertyEditor::title() const
{
    return m_title->text();
}

void PropertyEditor::focusName()
{
    PropertyForm *form = currentForm();
    if (!form || !form->kind())
        return;
    if (ValidatedField *field = form->textField(QLatin1StringView(PropertyForm::NameKey))) {
        field->lineEdit()->setFocus(Qt::ShortcutFocusReason);
        field->lineEdit()->selectAll();
    }
}

} // namespace Clusterwright
