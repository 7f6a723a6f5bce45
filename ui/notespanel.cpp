#include "notespanel.h"

#include "areafacts.h"
#include "uknumbers.h"

#include <QAbstractItemModel>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTextCursor>
#include <QVBoxLayout>

NotesPanel::NotesPanel(QAbstractItemModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_heading(new QLabel(this)), m_view(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("notesPanel"));
    m_heading->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("notesView"));
    m_view->setOpenLinks(false);
    m_view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_view->setTabChangesFocus(true);
    m_view->setAccessibleName(tr("Notes"));
    m_view->setAccessibleDescription(tr("Paragraphs of the summary the reader could not place, with why"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_view, 1);

    connect(m_model, &QAbstractItemModel::modelReset, this, &NotesPanel::refresh);
    refresh();
}

QString NotesPanel::text() const
{
    return m_view->toPlainText();
}

void NotesPanel::refresh()
{
    const QList<Note> notes = AreaFacts::of(m_model).notes;
    const int count = static_cast<int>(notes.size());
    // Every piece of text is escaped here: nothing from a file can turn into markup.
    QString html;
    for (const Note &note : notes) {
        const QString where = note.line > 0 ? tr("Line %1").arg(UkNumbers::count(note.line)) : tr("Unknown line");
        html += QStringLiteral("<p style=\"margin-bottom: 0\"><b>%1</b>: %2</p>")
                    .arg(where.toHtmlEscaped(), note.reason.toHtmlEscaped());
        html += QStringLiteral("<p style=\"margin-top: 2px; margin-left: 12px\"><i>%1</i></p>")
                    .arg(tr("“%1”").arg(note.text).toHtmlEscaped());
    }
    m_view->setHtml(html);
    m_view->moveCursor(QTextCursor::Start); // a new factsheet's notes from their first
    m_view->verticalScrollBar()->setValue(0);
    m_heading->setText(tr("<b>%1</b>: what the reader could not place in the summary, kept as it was read")
                           .arg(NotesCount::countText(count)));
    setVisible(count > 0);
    if (count != m_count) {
        m_count = count;
        emit countChanged(count);
    }
}

NotesCount::NotesCount(QAbstractItemModel *model, QWidget *parent) : QLabel(parent), m_model(model)
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
    const int count = static_cast<int>(AreaFacts::of(m_model).notes.size());
    setText(count == 0 ? QString() : countText(count));
    setToolTip(count == 0 ? QString() : tr("Paragraphs of the summary the reader could not place: see Notes"));
    setVisible(count > 0);
}
