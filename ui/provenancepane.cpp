#include "provenancepane.h"

#include "areafacts.h"
#include "selectionsummary.h"

#include <QEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QTextBrowser>
#include <QVBoxLayout>

ProvenancePane::ProvenancePane(QItemSelectionModel *selection, QWidget *parent)
    : QWidget(parent), m_selection(selection), m_text(new QTextBrowser(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("provenancePane"));
    setAccessibleName(tr("Source text"));
    m_text->setAccessibleName(tr("Source text"));
    setFocusProxy(m_text);
    m_text->setOpenLinks(false);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->viewport()->installEventFilter(this);
    m_text->installEventFilter(this);
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_status);

    if (m_selection) {
        connect(m_selection, &QItemSelectionModel::selectionChanged, this, &ProvenancePane::showSelection);
        connect(m_selection, &QItemSelectionModel::currentRowChanged, this, &ProvenancePane::showSelection);
        if (QAbstractItemModel *model = m_selection->model())
            connect(model, &QAbstractItemModel::modelReset, this, &ProvenancePane::reload);
    }
    reload();
}

void ProvenancePane::reload()
{
    const QAbstractItemModel *model = m_selection ? m_selection->model() : nullptr;
    const QString text = model ? Provenance::sourceTextOf(AreaFacts::of(model).source) : QString();
    m_provenance.build(model, text);
    m_text->setPlainText(text.isEmpty() ? tr("The text this factsheet was read from is not available.") : text);
    showSelection();
}

void ProvenancePane::showSelection()
{
    m_sentences.clear();
    m_figures.clear();
    QList<QTextEdit::ExtraSelection> marks;
    if (!m_selection || m_provenance.text().isEmpty()) {
        m_text->setExtraSelections(marks);
        return;
    }
    QList<int> rows = SelectionSummary::rows(m_selection);
    const QModelIndex current = m_selection->currentIndex();
    if (current.isValid() && !rows.contains(current.row()))
        rows << current.row();
    const QColor highlight = palette().color(QPalette::Highlight);
    QTextCharFormat sentence;
    sentence.setBackground(highlight);
    sentence.setForeground(palette().color(QPalette::HighlightedText));
    QTextCharFormat figure = sentence;
    figure.setFontWeight(QFont::Bold);
    figure.setFontUnderline(true);
    int missing = 0;
    for (int row : std::as_const(rows)) {
        const Provenance::Span span = m_provenance.spanOf(row);
        if (!span.isValid()) {
            ++missing;
            continue;
        }
        if (!m_sentences.contains(qMakePair(span.start, span.length))) {
            m_sentences << qMakePair(span.start, span.length);
            QTextEdit::ExtraSelection mark;
            mark.cursor = QTextCursor(m_text->document());
            mark.cursor.setPosition(static_cast<int>(span.start));
            mark.cursor.setPosition(static_cast<int>(span.start + span.length), QTextCursor::KeepAnchor);
            mark.format = sentence;
            marks << mark;
        }
        if (span.quoteStart >= 0 && !m_figures.contains(qMakePair(span.quoteStart, span.quoteLength))) {
            m_figures << qMakePair(span.quoteStart, span.quoteLength);
            QTextEdit::ExtraSelection mark;
            mark.cursor = QTextCursor(m_text->document());
            mark.cursor.setPosition(static_cast<int>(span.quoteStart));
            mark.cursor.setPosition(static_cast<int>(span.quoteStart + span.quoteLength), QTextCursor::KeepAnchor);
            mark.format = figure;
            marks << mark;
        }
    }
    m_text->setExtraSelections(marks);
    // Screen readers hear the sentences the selection comes from.
    QStringList heard;
    for (const auto &[start, length] : std::as_const(m_sentences))
        heard << m_provenance.text().mid(start, length);
    setAccessibleDescription(heard.join(QLatin1Char(' ')));
    // The current entity's sentence in view.
    const Provenance::Span shown = m_provenance.spanOf(current.row());
    if (shown.isValid()) {
        QTextCursor cursor(m_text->document());
        cursor.setPosition(static_cast<int>(shown.start));
        m_text->setTextCursor(cursor);
        m_text->ensureCursorVisible();
    }
    m_status->setText(missing > 0
                          ? tr("%n selected not found in the text (derived, or from another source).", "", missing)
                          : QString());
}

bool ProvenancePane::selectAt(qsizetype position)
{
    const QList<int> rows = m_provenance.rowsAt(position);
    if (!m_selection || rows.isEmpty()) {
        m_status->setText(tr("Nothing in the factsheet comes from this sentence."));
        return false;
    }
    QItemSelection chosen;
    const QAbstractItemModel *model = m_selection->model();
    for (int row : rows)
        chosen.select(model->index(row, 0), model->index(row, 0));
    m_selection->select(chosen, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_selection->setCurrentIndex(model->index(rows.first(), 0), QItemSelectionModel::NoUpdate);
    m_status->setText(tr("%n selected from this sentence.", "", static_cast<int>(rows.size())));
    return true;
}

QList<QPair<qsizetype, qsizetype>> ProvenancePane::highlightedSentences() const
{
    return m_sentences;
}

QList<QPair<qsizetype, qsizetype>> ProvenancePane::highlightedFigures() const
{
    return m_figures;
}

bool ProvenancePane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text->viewport() && event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        // A click, not the end of a drag to select words to copy.
        if (mouse->button() == Qt::LeftButton && !m_text->textCursor().hasSelection())
            selectAt(m_text->cursorForPosition(mouse->position().toPoint()).position());
    } else if (watched == m_text && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            selectAt(m_text->textCursor().position());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ProvenancePane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        showSelection();
}
