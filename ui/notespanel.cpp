#include "notespanel.h"

#include "factsheetmodel.h"
#include "uknumbers.h"

#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

NotesPanel::NotesPanel(FactsheetModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_heading(new QLabel(this)), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("notesPanel"));
    m_heading->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("notesList"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Line"), tr("Text"), tr("Why it is a note")});
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Notes"));
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_list, 1);

    connect(m_model, &QAbstractItemModel::modelReset, this, &NotesPanel::refresh);
    refresh();
}

void NotesPanel::refresh()
{
    const QList<Note> &notes = m_model->factsheet().notes;
    m_list->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(notes.size());
    for (const Note &note : notes) {
        auto *item
            = new QTreeWidgetItem({note.line > 0 ? UkNumbers::count(note.line) : QString(), note.text, note.reason});
        item->setToolTip(1, note.text);
        item->setToolTip(2, note.reason);
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignTop);
        items << item;
    }
    m_list->addTopLevelItems(items);
    m_heading->setText(tr("<b>%1</b>: what the reader could not place in the summary, kept as it was read")
                           .arg(NotesCount::countText(static_cast<int>(notes.size()))));
    setVisible(!notes.isEmpty());
    const int count = static_cast<int>(notes.size());
    if (count != m_count) {
        m_count = count;
        emit countChanged(count);
    }
}

NotesCount::NotesCount(FactsheetModel *model, QWidget *parent) : QLabel(parent), m_model(model)
{
    setObjectName(QStringLiteral("notesCount"));
    connect(m_model, &QAbstractItemModel::modelReset, this, &NotesCount::refresh);
    refresh();
}

QString NotesCount::countText(int count)
{
    return count == 1 ? tr("1 note") : tr("%1 notes").arg(UkNumbers::count(count));
}

void NotesCount::refresh()
{
    const int count = static_cast<int>(m_model->factsheet().notes.size());
    setText(count == 0 ? QString() : countText(count));
    setToolTip(count == 0 ? QString() : tr("Paragraphs of the summary the reader could not place: see Notes"));
    setVisible(count > 0);
}
