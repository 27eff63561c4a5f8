#include "crowding/SourceMappingEditor.h"

#include "core/IsoTime.h"
#include "core/TimeCursor.h"
#include "sdk/DashboardContext.h"
#include "sdk/EntityStore.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

SourceMappingEditor::SourceMappingEditor(DashboardContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    m_list = new QListWidget(this);
    m_list->setMaximumHeight(90);
    auto *remove = new QPushButton(tr("Stop using"), this);
    remove->setToolTip(tr("At least one type stays: add another before removing this one"));
    m_type = new QComboBox(this);
    m_count = new QComboBox(this);
    m_occupancy = new QComboBox(this);
    m_fold = new QComboBox(this);
    m_fold->addItem(tr("people counted in each period (summed per hour)"), int(HourlySeries::Fold::Sum));
    m_fold->addItem(tr("people present (averaged per hour)"), int(HourlySeries::Fold::Mean));
    auto *add = new QPushButton(tr("Use this type"), this);

    auto *form = new QFormLayout;
    form->addRow(tr("Entity type:"), m_type);
    form->addRow(tr("Count attribute:"), m_count);
    form->addRow(tr("Occupancy attribute:"), m_occupancy);
    form->addRow(tr("The count is:"), m_fold);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addWidget(remove, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(listRow);
    layout->addLayout(form);
    layout->addWidget(add, 0, Qt::AlignLeft);

    connect(m_type, &QComboBox::activated, this, &SourceMappingEditor::refillAttributes);
    connect(add, &QPushButton::clicked, this, [this] {
        CrowdSource s;
        s.type = m_type->currentText();
        s.count = m_count->currentText();
        s.occupancy = m_occupancy->currentData().toString();
        s.fold = HourlySeries::Fold(m_fold->currentData().toInt());
        if (!s.isValid())
            return;
        if (s.type == CrowdSource::crowdFlowObserved().type && s.count == CrowdSource::crowdFlowObserved().count)
            s = CrowdSource::crowdFlowObserved(); // its direction and congestion attributes too
        m_sources.removeIf([&](const CrowdSource &o) { return o.type == s.type; });
        m_sources << s;
        showSources();
        emit sourcesChanged(m_sources);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        // The dashboard always counts from something: the last source is replaced, not removed.
        if (row < 0 || row >= m_sources.size() || m_sources.size() == 1)
            return;
        m_sources.removeAt(row);
        showSources();
        emit sourcesChanged(m_sources);
    });
    connect(m_context->store(), &EntityStore::reset, this, &SourceMappingEditor::refillTypes);
    refillTypes();
}

void SourceMappingEditor::setSources(const QList<CrowdSource> &sources)
{
    m_sources = sources;
    showSources();
}

void SourceMappingEditor::showSources()
{
    m_list->clear();
    for (const CrowdSource &s : std::as_const(m_sources))
        m_list->addItem(s.occupancy.isEmpty() ? tr("%1: count %2").arg(s.type, s.count)
                                              : tr("%1: count %2, occupancy %3").arg(s.type, s.count, s.occupancy));
}

void SourceMappingEditor::refillTypes()
{
    const QString current = m_type->currentText();
    m_type->clear();
    m_type->addItems(m_context->store()->types());
    m_type->setCurrentIndex(std::max(0, m_type->findText(current)));
    refillAttributes();
}

void SourceMappingEditor::refillAttributes()
{
    m_count->clear();
    m_occupancy->clear();
    m_occupancy->addItem(tr("(none)"), QString());
    if (m_type->currentText().isEmpty())
        return;
    // The numeric attributes of the type's entities now: what can be a count.
    const qint64 t = IsoTime::fromDateTime(m_context->timeCursor()->time());
    QStringList numeric;
    for (const Entity &e : m_context->store()->stateAt(t, {m_type->currentText()})) {
        for (const AttributeGroup &g : e.attributes()) {
            if (g.instances().isEmpty() || numeric.contains(g.name()))
                continue;
            bool ok = false;
            g.instances().front().toNumber(&ok);
            if (ok)
                numeric << g.name();
        }
        if (numeric.size() > 40)
            break;
    }
    numeric.sort();
    m_count->addItems(numeric);
    for (const QString &n : std::as_const(numeric))
        m_occupancy->addItem(n, n);
}
