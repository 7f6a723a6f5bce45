#include "chartwidget.h"

#include "chartmetrics.h"
#include "chartview.h"
#include "factsheetchart.h"
#include "selectionsummary.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QTextDocument>
#include <QToolTip>
#include <QVBoxLayout>

namespace {

// Room around the chart for the focus frame.
constexpr int focusMargin = 2;

// The window's menus hold the actions for these keys and act on the chart with focus: here the
// keys are only shown in the chart's context menu, so no key is bound twice.
QAction *newAction(const QString &text, const QKeySequence &shortcut, QWidget *parent)
{
    auto *action = new QAction(text, parent);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetShortcut);
    action->setShortcutVisibleInContextMenu(true);
    return action;
}

} // namespace

ChartWidget::ChartWidget(const QString &chartName, QWidget *parent)
    : QWidget(parent), m_chartName(chartName), m_chart(new FactsheetChart), m_view(new ChartView(m_chart, this))
{
    setObjectName(chartName + QStringLiteral("Chart"));
    setFocusPolicy(Qt::StrongFocus);
    // The view shows; this widget takes the focus, the keys and the focus frame.
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->viewport()->installEventFilter(this);
    m_view->viewport()->setMouseTracking(true);
    setMinimumSize(ChartMetrics::minimumSize);

    m_copy = newAction(tr("&Copy Chart"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this);
    m_export = newAction(tr("&Export Chart…"), QKeySequence(Qt::CTRL | Qt::Key_E), this);
    m_print = newAction(tr("&Print Chart…"), QKeySequence::Print, this);
    m_present = newAction(tr("P&resent Chart"), QKeySequence(Qt::Key_F11), this);
    m_clear = newAction(tr("C&lear Selection"), QKeySequence(Qt::Key_Escape), this);
    connect(m_copy, &QAction::triggered, this, &ChartWidget::copyRequested);
    connect(m_export, &QAction::triggered, this, &ChartWidget::exportRequested);
    connect(m_print, &QAction::triggered, this, &ChartWidget::printRequested);
    connect(m_present, &QAction::triggered, this, &ChartWidget::presentRequested);
    connect(m_clear, &QAction::triggered, this, &ChartWidget::clearSelection);

    // Qt Charts reports a click when the button comes up: whether the press was on a bar is
    // known at the press, so a release elsewhere can clear the selection.
    connect(m_chart, &FactsheetChart::barPressed, this, [this] { m_pressHitBar = true; });
    connect(m_chart, &FactsheetChart::barClicked, this,
            [this](int bar) { selectBar(bar, m_pressModifiers.testFlag(Qt::ControlModifier)); });
    connect(m_chart, &FactsheetChart::barHovered, this, [](int, bool hovered) {
        if (!hovered)
            QToolTip::hideText();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(focusMargin, focusMargin, focusMargin, focusMargin);
    layout->addWidget(m_view);
    applyLook();
    rebuild();
}

ChartWidget::~ChartWidget() = default;

void ChartWidget::setLook(Look look)
{
    m_look = look;
    applyLook();
}

void ChartWidget::setBarPalette(ChartPalette palette)
{
    m_barPalette = palette;
    applyLook();
}

void ChartWidget::applyLook()
{
    if (m_look == Look::Presentation) {
        m_chart->setChartTheme(ChartTheme::presentation(QSizeF(m_view->viewport()->size()), m_barPalette));
        m_chart->setShowsSourceLine(true);
    } else {
        m_chart->setChartTheme(ChartTheme::window(palette(), font(), m_barPalette));
        m_chart->setShowsSourceLine(false);
    }
    // The view's own background around the chart, for a window whose palette is dark.
    m_view->setBackgroundBrush(m_chart->chartTheme().background);
}

void ChartWidget::setSelectionModel(QItemSelectionModel *selection)
{
    if (selection == m_selection)
        return;
    for (const QMetaObject::Connection &connection : std::as_const(m_selectionConnections))
        disconnect(connection);
    m_selectionConnections.clear();
    m_selection = selection;
    if (m_selection) {
        m_selectionConnections << connect(m_selection, &QItemSelectionModel::selectionChanged, this,
                                          &ChartWidget::applySelection)
                               << connect(m_selection, &QItemSelectionModel::modelChanged, this,
                                          &ChartWidget::attachModel);
    }
    attachModel();
}

void ChartWidget::setFundingOrder(ChartDescriptions::FundingOrder order)
{
    if (order == m_fundingOrder)
        return;
    m_fundingOrder = order;
    rebuild();
}

QItemSelectionModel *ChartWidget::selectionModel() const
{
    return m_selection;
}

void ChartWidget::attachModel()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    if (QAbstractItemModel *model = m_selection ? m_selection->model() : nullptr) {
        // A selection change is not among these: it only selects and deselects bars.
        m_modelConnections << connect(model, &QAbstractItemModel::modelReset, this, &ChartWidget::rebuild)
                           << connect(model, &QAbstractItemModel::dataChanged, this, &ChartWidget::rebuild)
                           << connect(model, &QAbstractItemModel::rowsInserted, this, &ChartWidget::rebuild)
                           << connect(model, &QAbstractItemModel::rowsRemoved, this, &ChartWidget::rebuild)
                           << connect(model, &QAbstractItemModel::rowsMoved, this, &ChartWidget::rebuild)
                           << connect(model, &QAbstractItemModel::layoutChanged, this, &ChartWidget::rebuild)
                           << connect(model, &QAbstractItemModel::headerDataChanged, this, &ChartWidget::rebuild);
    }
    rebuild();
}

const ChartDescription &ChartWidget::description() const
{
    return m_chart->description();
}

void ChartWidget::rebuild()
{
    const QAbstractItemModel *model = m_selection ? m_selection->model() : nullptr;
    m_chart->setDescription(ChartDescriptions::describe(model, m_chartName, m_fundingOrder));
    setAccessibleDescription(description().accessibleDescription());
    applySelection();
    emit barsRebuilt();
}

int ChartWidget::barCount() const
{
    return m_chart->barCount();
}

QModelIndex ChartWidget::sourceIndexOfBar(int bar) const
{
    if (bar < 0 || bar >= barCount())
        return {};
    return description().bars.at(bar).index;
}

int ChartWidget::barOfSourceRow(int row) const
{
    return description().barOfRow(row);
}

QList<int> ChartWidget::selectedBars() const
{
    return m_chart->selectedBars();
}

QRect ChartWidget::barRectInViewport(int bar) const
{
    const QRectF inChart = m_chart->barRect(bar);
    if (inChart.isEmpty())
        return {};
    return m_view->mapFromScene(m_chart->mapRectToScene(inChart)).boundingRect();
}

void ChartWidget::applySelection()
{
    QList<int> bars;
    if (m_selection && m_selection->model()) {
        for (int row : SelectionSummary::rows(m_selection)) {
            const int bar = barOfSourceRow(row);
            if (bar >= 0)
                bars << bar;
        }
    }
    m_chart->setSelectedBars(bars);
}

void ChartWidget::selectBar(int bar, bool toggle)
{
    const QModelIndex index = sourceIndexOfBar(bar);
    if (!m_selection || !index.isValid())
        return;
    if (toggle) {
        m_selection->setCurrentIndex(index, QItemSelectionModel::Toggle | QItemSelectionModel::Rows);
        return;
    }
    const QModelIndexList selected = m_selection->selectedRows();
    if (m_selection->currentIndex().row() == index.row() && selected.size() == 1
        && selected.first().row() == index.row())
        return; // already the one selected row: nothing changes, nothing to echo
    m_selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ChartWidget::clearSelection()
{
    if (m_selection)
        m_selection->clear();
}

int ChartWidget::barAt(const QPoint &viewportPos) const
{
    for (int bar = 0; bar < barCount(); ++bar) {
        if (barRectInViewport(bar).contains(viewportPos))
            return bar;
    }
    return -1;
}

bool ChartWidget::showToolTip(const QPoint &viewportPos, const QPoint &globalPos)
{
    const int bar = barAt(viewportPos);
    if (bar < 0) {
        QToolTip::hideText();
        return true;
    }
    // As rich text, so that a long source sentence wraps at a readable width, and given the
    // bar's rectangle, so that it stays while the pointer rests anywhere on the bar.
    QToolTip::showText(globalPos, Qt::convertFromPlainText(description().bars.at(bar).toolTip), m_view->viewport(),
                       barRectInViewport(bar));
    return true;
}

bool ChartWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view->viewport())
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::ToolTip: {
        // Qt Graphics View would hide any tooltip here for want of an item with one of its own.
        const auto *help = static_cast<QHelpEvent *>(event);
        return showToolTip(help->pos(), help->globalPos());
    }
    case QEvent::MouseButtonPress:
        setFocus(Qt::MouseFocusReason);
        m_pressHitBar = false; // the view's handling of this press may report a bar
        m_pressModifiers = static_cast<QMouseEvent *>(event)->modifiers();
        break;
    case QEvent::Resize:
        // Presentation type follows the size it fills.
        if (m_look == Look::Presentation)
            applyLook();
        break;
    case QEvent::MouseButtonRelease:
        // A click on empty chart space clears the selection everywhere.
        if (static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton && !m_pressHitBar)
            clearSelection();
        break;
    case QEvent::MouseButtonDblClick:
        emit presentRequested();
        return true;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void ChartWidget::keyPressEvent(QKeyEvent *event)
{
    // Esc clears the selection everywhere; in the presentation view it is the view's, to close.
    if (event->key() == Qt::Key_Escape && m_look == Look::Window && event->modifiers() == Qt::NoModifier) {
        clearSelection();
        return;
    }
    // Up and Down walk the bars, as arrow keys walk a list.
    if (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down) {
        if (barCount() == 0)
            return;
        const QList<int> selected = selectedBars();
        int bar = selected.isEmpty() ? -1 : selected.first();
        if (m_selection) {
            const int current = barOfSourceRow(m_selection->currentIndex().row());
            if (current >= 0)
                bar = current;
        }
        const int step = event->key() == Qt::Key_Down ? 1 : -1;
        int next = bar < 0 ? 0 : bar + step;
        // Skip the bar that sums several lines: it has no row to select.
        while (next >= 0 && next < barCount() && !sourceIndexOfBar(next).isValid())
            next += step;
        if (next >= 0 && next < barCount())
            selectBar(next, false);
        return;
    }
    QWidget::keyPressEvent(event);
}

void ChartWidget::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(m_copy);
    menu.addAction(m_export);
    menu.addAction(m_print);
    menu.addSeparator();
    if (m_look == Look::Window) {
        menu.addAction(m_present);
        menu.addAction(m_clear);
    }
    menu.exec(event->globalPos());
}

void ChartWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::FontChange:
    case QEvent::StyleChange:
        applyLook();
        break;
    case QEvent::LanguageChange:
        rebuild();
        break;
    default:
        break;
    }
}

QSize ChartWidget::sizeHint() const
{
    return ChartMetrics::sizeHint;
}

void ChartWidget::paintEvent(QPaintEvent * /*event*/)
{
    if (!hasFocus())
        return;
    // A visible focus cue around the chart, in the palette's highlight.
    QPainter painter(this);
    painter.setPen(QPen(palette().color(QPalette::Highlight), focusMargin));
    painter.drawRect(rect().adjusted(1, 1, -1, -1));
}

void ChartWidget::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void ChartWidget::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}
