#include "investmentspanel.h"

#include "factsheetmodel.h"
#include "fundinglinedelegate.h"
#include "fundinglinesproxymodel.h"
#include "selectionmirror.h"
#include "uknumbers.h"

#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace {
// Long enough to let a word be typed, short enough to feel immediate.
constexpr int filterDelayMs = 150;
// Below this many lines a sort or filter takes a few milliseconds: do it at once. Above it, plan it
// on a worker thread so the window keeps responding (a million lines take about a second).
constexpr int backgroundLines = 20000;
} // namespace

InvestmentsPanel::InvestmentsPanel(QItemSelectionModel *selection, QWidget *parent)
    : QWidget(parent), m_model(qobject_cast<FactsheetModel *>(const_cast<QAbstractItemModel *>(selection->model()))),
      m_proxy(new FundingLinesProxyModel(this)), m_table(new QTableView(this)), m_filterEdit(new QLineEdit(this)),
      m_categoryBox(new QComboBox(this)), m_filterDelay(new QTimer(this))
{
    Q_ASSERT(m_model);
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

    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new FundingLineDelegate(m_table));
    m_table->setAccessibleName(tr("Investments table"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Tab moves on to the next pane; arrow keys move within the table.
    m_table->setTabKeyNavigation(false);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
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
    m_table->setSortingEnabled(true);
    // Legible however far a splitter goes: the width of a title, the header and three lines.
    m_table->setMinimumSize(QFontMetrics(m_table->font()).averageCharWidth() * 32,
                            m_table->horizontalHeader()->sizeHint().height()
                                + 3 * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth()
                                + style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    // Councillors compare sizes: the largest line first.
    m_table->sortByColumn(FactsheetModel::AmountColumn, Qt::DescendingOrder);

    m_mirror = new SelectionMirror(selection, m_table->selectionModel(), this);
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
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filterBar);
    layout->addWidget(m_table, 1);

    // Tab in screen order: the filter bar, then the table (built first, it would come first).
    setTabOrder(m_filterEdit, m_categoryBox);
    setTabOrder(m_categoryBox, m_table);

    refillCategories();
    m_table->resizeColumnsToContents();
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
    for (const QString &category : m_model->categories())
        m_categoryBox->addItem(category, category);
    // Keep the user's choice across a reload when the new factsheet still has it.
    const int index = m_categoryBox->findData(chosen);
    m_categoryBox->setCurrentIndex(index < 0 ? 0 : index);
    m_proxy->setCategory(m_categoryBox->currentData().toString());
}

QString InvestmentsPanel::summaryText() const
{
    const QString summary = tr("%1 of %2 funding lines · local total %3")
                                .arg(UkNumbers::count(m_proxy->shownCount()), UkNumbers::count(m_proxy->totalCount()),
                                     UkNumbers::pounds(m_proxy->shownLocalTotal()));
    return m_proxy->isBusy() ? tr("%1 · updating…").arg(summary) : summary;
}
