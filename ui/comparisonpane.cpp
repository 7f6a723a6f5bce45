#include "comparisonpane.h"

#include "charts/chartview.h"
#include "factsheetchart.h"

#include <QEvent>
#include <QItemSelectionModel>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QVBoxLayout>

#include <cmath>

ComparisonPane::ComparisonPane(QItemSelectionModel *selection, QWidget *parent)
    : QWidget(parent), m_selection(selection), m_chart(new FactsheetChart), m_view(new ChartView(m_chart, this)),
      m_words(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("comparisonPane"));
    setAccessibleName(tr("Comparison"));
    setFocusPolicy(Qt::StrongFocus);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setMinimumHeight(160);
    m_view->viewport()->installEventFilter(this);
    // The words scroll within the room the pane has: a label as tall as its text made every new
    // selection re-lay out and repaint the whole window, and laid out every line each time.
    m_words->setReadOnly(true);
    m_words->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_words->setFrameShape(QFrame::NoFrame);
    // Focus as the selectable label it replaces had it: by a click, never in the Tab chain.
    m_words->setFocusPolicy(Qt::ClickFocus);
    m_words->setTabChangesFocus(true);
    m_words->setAccessibleName(tr("Comparison in words"));
    m_words->setBackgroundRole(QPalette::Window);
    m_words->viewport()->setBackgroundRole(QPalette::Window);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_view, 3);
    layout->addWidget(m_words, 2);
    keepRoomForTwoLines();

    connect(m_chart, &FactsheetChart::barClicked, this, &ComparisonPane::takeBarClick);
    if (m_selection) {
        connect(m_selection, &QItemSelectionModel::selectionChanged, this, &ComparisonPane::refresh);
        if (QAbstractItemModel *model = m_selection->model()) {
            connect(model, &QAbstractItemModel::modelReset, this, &ComparisonPane::refresh);
            connect(model, &QAbstractItemModel::dataChanged, this, &ComparisonPane::refresh);
            connect(model, &QAbstractItemModel::headerDataChanged, this, &ComparisonPane::refresh);
        }
    }
    m_chart->setChartTheme(ChartTheme::window(palette(), font()));
    refresh();
}

void ComparisonPane::refresh()
{
    m_comparison = Comparison::of(m_selection);
    setAccessibleDescription(m_comparison.text());
    // Laying the chart out again is most of the cost: not while nobody can see it.
    m_shownIsStale = true;
    if (!isVisible())
        return;
    if (!m_inBarClick) {
        showComparison();
        return;
    }
    // A click on our own bar changed the selection: Qt Charts is still delivering that click to
    // the bar, which a new description would delete under it. Once the click is done.
    if (!m_showQueued) {
        m_showQueued = true;
        QMetaObject::invokeMethod(this, &ComparisonPane::showComparison, Qt::QueuedConnection);
    }
}

void ComparisonPane::showComparison()
{
    m_showQueued = false;
    m_shownIsStale = false;
    m_chart->setDescription(m_comparison.chart);
    m_words->setPlainText(m_comparison.text());
}

void ComparisonPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_shownIsStale)
        showComparison();
}

void ComparisonPane::keepRoomForTwoLines()
{
    // Two lines compared say five lines of words (two amounts, their difference, two shares):
    // room for those without scrolling, whatever is selected, so the pane keeps its size. Qt
    // shows them all only with a pixel to spare below the lines and their top and bottom margins.
    const int margins = 2 * static_cast<int>(std::ceil(m_words->document()->documentMargin()));
    m_words->setMinimumHeight(5 * m_words->fontMetrics().lineSpacing() + margins + 1);
}

bool ComparisonPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::MouseButtonPress)
        m_pressModifiers = static_cast<QMouseEvent *>(event)->modifiers();
    return QWidget::eventFilter(watched, event);
}

void ComparisonPane::takeBarClick(int bar)
{
    if (!m_selection || bar < 0 || bar >= m_comparison.chart.bars.size())
        return;
    const QModelIndex index = m_comparison.chart.bars.at(bar).index;
    if (!index.isValid())
        return;
    m_inBarClick = true;
    if (m_pressModifiers.testFlag(Qt::ControlModifier))
        m_selection->setCurrentIndex(index, QItemSelectionModel::Toggle | QItemSelectionModel::Rows);
    else
        m_selection->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    m_inBarClick = false;
}

void ComparisonPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        keepRoomForTwoLines();
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        m_chart->setChartTheme(ChartTheme::window(palette(), font()));
        m_view->setBackgroundBrush(m_chart->chartTheme().background);
    } else if (event->type() == QEvent::LanguageChange) {
        refresh();
    }
}
