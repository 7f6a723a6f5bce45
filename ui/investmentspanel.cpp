#include "investmentspanel.h"

#include "areafacts.h"
#include "factsheetmodel.h"
#include "fundinglinedelegate.h"
#include "fundinglinesproxymodel.h"
#include "normalisation.h"
#include "selectionmirror.h"
#include "tableexport.h"
#include "uknumbers.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QCursor>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace {
// Long enough to let a word be typed, short enough to feel immediate.
constexpr int filterDelayMs = 150;
// Below this many lines a sort or filter takes a few milliseconds: do it at once. Above it, plan it
// on a worker thread so the window keeps responding (a million lines take about a second).
constexpr int backgroundLines = 20000;
} // namespace

InvestmentsPanel::InvestmentsPanel(QItemSelectionModel *selection, QWidget *parent)
    : QWidget(parent), m_model(selection->model()), m_proxy(new FundingLinesProxyModel(this)),
      m_table(new QTableView(this)), m_filterEdit(new QLineEdit(this)), m_categoryBox(new QComboBox(this)),
      m_normalisationBox(new QComboBox(this)), m_filterDelay(new QTimer(this))
{
    m_proxy->setBackgroundThreshold(backgroundLines);
    m_proxy->setSourceModel(m_model);

    m_filterEdit->setPlaceholderText(tr("Filter funding lines"));
    m_filterEdit->setAccessibleName(tr("Filter funding lines"));
    m_categoryBox->setAccessibleName(tr("Category"));
    m_categoryBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // Alt+F is the File menu's.
    auto *filterLabel = new QLabel(tr("F&ilter:"), this);
    filterLabel->setBuddy(m_filterEdit);
    auto *categoryLabel = new QLabel(tr("C&ategory:"), this);
    categoryLabel->setBuddy(m_categoryBox);
    // One switch for every view of the amounts: the table, the funding chart, exports.
    for (const Normalisation normalisation : Normalisations::all())
        m_normalisationBox->addItem(Normalisations::label(normalisation), Normalisations::name(normalisation));
    m_normalisationBox->setAccessibleName(tr("Amounts"));
    m_normalisationBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *normalisationLabel = new QLabel(tr("Amo&unts:"), this);
    normalisationLabel->setBuddy(m_normalisationBox);
    connect(m_normalisationBox, &QComboBox::currentIndexChanged, this, [this] {
        emit normalisationChosen(
            Normalisations::fromName(m_normalisationBox->currentData().toString()).value_or(Normalisation::Absolute));
    });
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, &InvestmentsPanel::showNormalisationInForce);

    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new FundingLineDelegate(m_table));
    m_table->setAccessibleName(tr("Investments table"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Councillors compare lines: Ctrl and Shift with clicks and arrows, Ctrl+A for every line shown.
    // Tab moves on to the next pane; arrow keys move within the table.
    m_table->setTabKeyNavigation(false);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    // Fixed row heights keep a million-row table as cheap to scroll as a ten-row one.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(FactsheetModel::PurposeColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setResizeContentsPrecision(200);
    // Councillors compare sizes: the largest line first. Set before sorting is enabled, which sorts by
    // the indicator: else a large factsheet would first be sorted by title (column 0) for nothing.
    m_table->horizontalHeader()->setSortIndicator(FactsheetModel::AmountColumn, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    // Legible however far a splitter goes: the width of a title, the header and three lines.
    m_table->setMinimumSize(QFontMetrics(m_table->font()).averageCharWidth() * 32,
                            m_table->horizontalHeader()->sizeHint().height()
                                + 3 * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth()
                                + style()->pixelMetric(QStyle::PM_ScrollBarExtent));

    m_mirror = new SelectionMirror(selection, m_table->selectionModel(), this);
    // A line the filter hides is no longer selected anywhere: no bar stays red for a line not shown.
    m_mirror->setDeselectsFilteredOut([](const QModelIndex &index) {
        return index.data(FactsheetModel::KindRole).toInt() == FactsheetModel::FundingLineKind;
    });
    connect(m_mirror, &SelectionMirror::mirroredCurrentChanged, m_table, [this](const QModelIndex &current) {
        if (current.isValid())
            m_table->scrollTo(current);
    });

    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(filterDelayMs);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    // The clear button loads its icon through Qt's image plugins, about 2 ms that the first frame
    // need not wait for: it comes with the first text typed, the first time it would show.
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!text.isEmpty() && !m_filterEdit->isClearButtonEnabled())
            m_filterEdit->setClearButtonEnabled(true);
    });
    connect(m_filterDelay, &QTimer::timeout, this, &InvestmentsPanel::applyFilterNow);
    connect(m_categoryBox, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setCategory(m_categoryBox->currentData().toString()); });
    connect(m_proxy, &FundingLinesProxyModel::summaryChanged, this, [this] { emit summaryChanged(summaryText()); });
    connect(m_proxy, &FundingLinesProxyModel::busyChanged, this, [this] { emit summaryChanged(summaryText()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        refillCategories();
        // Fit the columns to the new lines once they are shown (later, if planned in the background).
        if (m_proxy->isBusy())
            m_fitColumnsWhenSettled = true;
        else
            m_table->resizeColumnsToContents();
    });
    connect(m_proxy, &FundingLinesProxyModel::rowsSettled, this, [this] {
        if (std::exchange(m_fitColumnsWhenSettled, false))
            m_table->resizeColumnsToContents();
    });

    auto *filterBar = new QHBoxLayout;
    filterBar->addWidget(filterLabel);
    filterBar->addWidget(m_filterEdit, 1);
    filterBar->addWidget(categoryLabel);
    filterBar->addWidget(m_categoryBox);
    filterBar->addWidget(normalisationLabel);
    filterBar->addWidget(m_normalisationBox);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filterBar);
    layout->addWidget(m_table, 1);

    // Ctrl+C copies the selected rows for a spreadsheet, not only the current cell.
    auto *copyRows = new QAction(tr("&Copy Rows"), m_table);
    copyRows->setShortcut(QKeySequence::Copy);
    copyRows->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(copyRows);
    connect(copyRows, &QAction::triggered, this, &InvestmentsPanel::copySelectedRows);
    auto *copyCited = new QAction(tr("Copy with C&itation"), m_table);
    copyCited->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyCited->setShortcutVisibleInContextMenu(true);
    connect(copyCited, &QAction::triggered, this, &InvestmentsPanel::copyWithCitationRequested);
    auto *exportTable = new QAction(tr("&Export Table as CSV…"), m_table);
    connect(exportTable, &QAction::triggered, this, &InvestmentsPanel::exportTableRequested);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this, copyRows, copyCited, exportTable] {
        QMenu menu(m_table);
        menu.addAction(copyRows);
        menu.addAction(copyCited);
        menu.addSeparator();
        menu.addAction(exportTable);
        menu.exec(QCursor::pos());
    });

    m_noMatch = new QLabel(tr("No funding lines match"), m_table->viewport());
    m_noMatch->setObjectName(QStringLiteral("noMatchLabel"));
    m_noMatch->setAlignment(Qt::AlignCenter);
    m_noMatch->setForegroundRole(QPalette::PlaceholderText);
    m_noMatch->hide();
    connect(m_proxy, &FundingLinesProxyModel::summaryChanged, this, &InvestmentsPanel::showWhetherAnythingMatches);
    connect(m_proxy, &FundingLinesProxyModel::busyChanged, this, &InvestmentsPanel::showWhetherAnythingMatches);

    // Tab in screen order: the filter bar, then the table (built first, it would come first).
    setTabOrder(m_filterEdit, m_categoryBox);
    setTabOrder(m_categoryBox, m_normalisationBox);
    setTabOrder(m_normalisationBox, m_table);

    refillCategories();
    m_table->resizeColumnsToContents();
}

void InvestmentsPanel::copySelectedRows()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    auto *mime = new QMimeData;
    mime->setText(TableExport::tabSeparated(m_proxy, rows));
    mime->setHtml(TableExport::htmlTable(m_proxy, rows));
    QGuiApplication::clipboard()->setMimeData(mime);
}

void InvestmentsPanel::showWhetherAnythingMatches()
{
    const bool none = !m_proxy->isBusy() && m_proxy->shownCount() == 0 && m_proxy->totalCount() > 0;
    m_noMatch->setVisible(none);
    if (none)
        m_noMatch->setGeometry(m_table->viewport()->rect());
}

void InvestmentsPanel::applyFilterNow()
{
    m_filterDelay->stop();
    m_proxy->setFilterText(m_filterEdit->text().trimmed());
}

void InvestmentsPanel::refillCategories()
{
    const QString chosen = m_categoryBox->currentData().toString();
    const QSignalBlocker blocker(m_categoryBox);
    m_categoryBox->clear();
    m_categoryBox->addItem(tr("All categories"), QString());
    for (const QString &category : AreaFacts::of(m_model).categories)
        m_categoryBox->addItem(category, category);
    // Keep the user's choice across a reload when the new factsheet still has it.
    const int index = m_categoryBox->findData(chosen);
    m_categoryBox->setCurrentIndex(index < 0 ? 0 : index);
    m_proxy->setCategory(m_categoryBox->currentData().toString());
}

void InvestmentsPanel::showNormalisationInForce()
{
    const int index = m_normalisationBox->findData(Normalisations::name(AreaFacts::of(m_model).normalisation));
    if (index >= 0 && index != m_normalisationBox->currentIndex()) {
        const QSignalBlocker blocker(m_normalisationBox);
        m_normalisationBox->setCurrentIndex(index);
    }
}

QString InvestmentsPanel::summaryText() const
{
    const QString summary = tr("%1 of %2 funding lines · local total %3")
                                .arg(UkNumbers::count(m_proxy->shownCount()), UkNumbers::count(m_proxy->totalCount()),
                                     UkNumbers::pounds(m_proxy->shownLocalTotal()));
    return m_proxy->isBusy() ? tr("%1 · updating…").arg(summary) : summary;
}
