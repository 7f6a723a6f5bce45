#include "barchartwidget.h"

#include "chartview.h"
#include "factsheetmodel.h"
#include "uknumbers.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QEvent>
#include <QFontMetricsF>
#include <QItemSelectionModel>
#include <QLegend>
#include <QRegularExpression>
#include <QSet>
#include <QTextDocument>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {

// Aim for about this many intervals on the value axis.
constexpr int targetValueIntervals = 6;

// A round step (1, 2, 2.5 or 5 times a power of ten) that splits 0..maximum into about
// targetValueIntervals intervals; a whole number, as every value we plot is one.
qint64 niceStep(qint64 maximum)
{
    if (maximum <= 0)
        return 1;
    const double raw = static_cast<double>(maximum) / targetValueIntervals;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / magnitude;
    double nice = 10.0;
    if (fraction <= 1.0)
        nice = 1.0;
    else if (fraction <= 2.0)
        nice = 2.0;
    else if (fraction <= 2.5 && magnitude >= 10.0) // 2.5 only where it stays whole: 25, 250, ...
        nice = 2.5;
    else if (fraction <= 5.0)
        nice = 5.0;
    return std::max<qint64>(1, std::llround(nice * magnitude));
}

// Qt Charts 6.4 gives each category label the axis width / (categories + 2), less 4 px of padding
// on either side, and measures the label with a 0.5 px document margin on either side plus about
// 1 px; what is wider it cuts to "...". 2 px more for rounding.
constexpr qreal categoryLabelSlack = 2 * 4.0 + 2 * 0.5 + 1.0 + 2.0;

} // namespace

BarChartWidget::BarChartWidget(QWidget *parent)
    : QWidget(parent), m_chart(new QChart), m_view(new ChartView(m_chart, this)), m_series(new QBarSeries),
      m_categoryAxis(new QBarCategoryAxis), m_valueAxis(new QCategoryAxis)
{
    // Animations delay the first paint and make a selection change look like a data change.
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->hide();
    m_chart->setBackgroundRoundness(0);
    QFont titleFont = m_chart->titleFont();
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);

    m_chart->addSeries(m_series);
    m_categoryAxis->setGridLineVisible(false);
    m_chart->addAxis(m_categoryAxis, Qt::AlignBottom);
    m_series->attachAxis(m_categoryAxis);
    // QValueAxis formats its labels printf-style and cannot group digits the en_GB way, so the
    // value axis is a category axis whose "categories" end at round values we label ourselves.
    m_valueAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    m_series->attachAxis(m_valueAxis);
    connect(m_chart, &QChart::plotAreaChanged, this, &BarChartWidget::fitCategoryLabels);

    // Connected at series level: the bar set is replaced on every rebuild.
    connect(m_series, &QAbstractBarSeries::clicked, this, [this](int bar, QBarSet *set) {
        if (set == m_set)
            takeBarClick(bar);
    });
    connect(m_series, &QAbstractBarSeries::hovered, this, [this](bool hovered, int bar, QBarSet *set) {
        if (set == m_set)
            showToolTip(hovered, bar);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

BarChartWidget::~BarChartWidget() = default;

QColor BarChartWidget::barColor()
{
    return QColor(0x4e, 0x79, 0xa7); // muted blue
}

QColor BarChartWidget::selectedBarColor()
{
    return QColor(0xe1, 0x57, 0x59); // warm red: stands out from the blue for most colour vision
}

void BarChartWidget::setSelectionModel(QItemSelectionModel *selection)
{
    if (selection == m_selection)
        return;
    for (const QMetaObject::Connection &connection : std::as_const(m_selectionConnections))
        disconnect(connection);
    m_selectionConnections.clear();
    m_selection = selection;
    if (m_selection) {
        m_selectionConnections << connect(m_selection, &QItemSelectionModel::currentRowChanged, this,
                                          &BarChartWidget::applySelection)
                               << connect(m_selection, &QItemSelectionModel::modelChanged, this,
                                          &BarChartWidget::attachModel);
    }
    attachModel();
}

QItemSelectionModel *BarChartWidget::selectionModel() const
{
    return m_selection;
}

void BarChartWidget::attachModel()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    QAbstractItemModel *model = m_selection ? m_selection->model() : nullptr;
    m_model = qobject_cast<FactsheetModel *>(model);
    if (model && !m_model)
        qWarning("BarChartWidget: the selection model must be on the FactsheetModel (the source model)");
    if (m_model) {
        // A selection change is not among these: it only selects and deselects bars.
        m_modelConnections << connect(m_model, &QAbstractItemModel::modelReset, this, &BarChartWidget::rebuild)
                           << connect(m_model, &QAbstractItemModel::dataChanged, this, &BarChartWidget::rebuild)
                           << connect(m_model, &QAbstractItemModel::rowsInserted, this, &BarChartWidget::rebuild)
                           << connect(m_model, &QAbstractItemModel::rowsRemoved, this, &BarChartWidget::rebuild)
                           << connect(m_model, &QAbstractItemModel::rowsMoved, this, &BarChartWidget::rebuild)
                           << connect(m_model, &QAbstractItemModel::layoutChanged, this, &BarChartWidget::rebuild);
    }
    rebuild();
}

QModelIndex BarChartWidget::sourceIndexOfBar(int bar) const
{
    if (!m_model || bar < 0 || bar >= barCount())
        return {};
    return m_model->index(m_rows.at(bar), 0);
}

int BarChartWidget::barOfSourceRow(int row) const
{
    return m_barOfRow.value(row, -1);
}

qint64 BarChartWidget::valueOfBar(int bar) const
{
    return sourceIndexOfBar(bar).data(FactsheetModel::RawValueRole).toLongLong();
}

QString BarChartWidget::axisLabelHtml(const QString &label, const QFontMetricsF &metrics, qreal width)
{
    QStringList lines;
    for (const QString &paragraph : label.split(QLatin1Char('\n'))) {
        QString line;
        for (const QString &word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            // A line may also break after a slash or hyphen: "Living/" "Minimum".
            static const QRegularExpression afterJoiner(QStringLiteral("(?<=[/\\-])"));
            const QStringList pieces = word.split(afterJoiner, Qt::SkipEmptyParts);
            for (int i = 0; i < pieces.size(); ++i) {
                // A piece wider than the bar is elided here: Qt would cut the label from its
                // end, dropping whole lines (the value) before it shortened the piece.
                const QString piece
                    = width > 0 ? metrics.elidedText(pieces.at(i), Qt::ElideRight, width) : pieces.at(i);
                const QString separator = i == 0 && !line.isEmpty() ? QStringLiteral(" ") : QString();
                if (!line.isEmpty() && width > 0 && metrics.horizontalAdvance(line + separator + piece) > width) {
                    lines << line;
                    line = piece;
                } else {
                    line += separator + piece;
                }
            }
        }
        lines << line;
    }
    for (QString &line : lines)
        line = line.toHtmlEscaped();
    return QStringLiteral("<center>%1</center>").arg(lines.join(QStringLiteral("<br>")));
}

void BarChartWidget::fitCategoryLabels()
{
    if (m_categoryLabels.isEmpty())
        return;
    // Before the first layout there is no width to fit: lines break only where the label says.
    const QRectF plotArea = m_chart->plotArea();
    const qreal share = plotArea.width() / static_cast<qreal>(m_categoryLabels.size() + 2) - categoryLabelSlack;
    const qreal width = plotArea.isEmpty() ? 0.0 : std::max(share, 1.0);
    const QFontMetricsF metrics(m_categoryAxis->labelsFont());
    QStringList shown;
    shown.reserve(m_categoryLabels.size());
    QSet<QString> used;
    for (const QString &label : std::as_const(m_categoryLabels)) {
        QString html = axisLabelHtml(label, metrics, width);
        // Distinct labels can wrap alike; QBarCategoryAxis would drop the repeat, so make it
        // differ invisibly.
        while (used.contains(html))
            html += QStringLiteral("&#8203;");
        used.insert(html);
        shown << html;
    }
    // Only on a real change: the plot area is re-laid out after new categories.
    if (shown != m_categoryAxis->categories())
        m_categoryAxis->setCategories(shown);
}

QString BarChartWidget::categoryLabel(const QModelIndex &index) const
{
    return barName(index);
}

QString BarChartWidget::formatAxisValue(qint64 value) const
{
    return formatValue(value);
}

void BarChartWidget::rebuild()
{
    const Plan plan = planBars(m_model);
    m_rows = m_model ? plan.rows : QList<int>();
    m_barOfRow.clear();
    m_barOfRow.reserve(m_rows.size());

    QList<qreal> values;
    values.reserve(m_rows.size());
    m_categoryLabels.clear();
    QStringList hiddenCategories;
    qint64 maximum = 0;
    for (int bar = 0; bar < barCount(); ++bar) {
        m_barOfRow.insert(m_rows.at(bar), bar);
        const QModelIndex index = sourceIndexOfBar(bar);
        const qint64 value = index.data(FactsheetModel::RawValueRole).toLongLong();
        values << static_cast<qreal>(value);
        maximum = std::max(maximum, value);
        if (!plan.categoryLabelsVisible) {
            // Unshown, but QBarCategoryAxis still needs one distinct category per bar.
            hiddenCategories << QString::number(bar + 1);
            continue;
        }
        // QBarCategoryAxis drops a repeated category, which would shift every later bar's label;
        // two lines with the same title are told apart for people too.
        const QString label = categoryLabel(index);
        QString unique = label;
        for (int copy = 2; m_categoryLabels.contains(unique); ++copy)
            unique = tr("%1 (%2)").arg(label, UkNumbers::count(copy));
        m_categoryLabels << unique;
    }

    // The old set goes with clear(); a new one keeps no stale selection or values.
    m_series->clear();
    m_set = new QBarSet(plan.title);
    m_set->setColor(barColor());
    m_set->setBorderColor(barColor());
    m_set->setSelectedColor(selectedBarColor());
    m_set->append(values);

    m_categoryAxis->clear();
    if (plan.categoryLabelsVisible)
        fitCategoryLabels();
    else
        m_categoryAxis->append(hiddenCategories);
    m_categoryAxis->setLabelsVisible(plan.categoryLabelsVisible);
    m_series->append(m_set);
    rebuildValueAxis(maximum);

    m_chart->setTitle(plan.title);
    setAccessibleDescription(accessibleSummary(plan.title));
    applySelection();
    emit barsRebuilt();
}

void BarChartWidget::rebuildValueAxis(qint64 maximum)
{
    const QStringList oldLabels = m_valueAxis->categoriesLabels();
    for (const QString &label : oldLabels)
        m_valueAxis->remove(label);

    const qint64 step = niceStep(maximum);
    const qint64 top = std::max<qint64>(step, (maximum + step - 1) / step * step);
    m_valueAxis->setStartValue(0);
    // The first "category" is empty (0 to 0), so that 0 gets its label too.
    for (qint64 tick = 0; tick <= top; tick += step)
        m_valueAxis->append(formatAxisValue(tick), static_cast<qreal>(tick));
    m_valueAxis->setRange(0, static_cast<qreal>(top));
}

void BarChartWidget::applySelection()
{
    if (!m_set)
        return;
    int wanted = -1;
    if (m_selection && m_model) {
        const QModelIndex current = m_selection->currentIndex();
        if (current.isValid() && current.model() == m_model)
            wanted = barOfSourceRow(current.row());
    }
    const QList<int> selected = m_set->selectedBars();
    if (wanted >= 0 && selected == QList<int> {wanted})
        return;
    // Only the bars that change: with many bars, deselectAllBars() would touch every one.
    if (!selected.isEmpty())
        m_set->deselectBars(selected);
    if (wanted >= 0)
        m_set->selectBar(wanted);
}

void BarChartWidget::takeBarClick(int bar)
{
    const QModelIndex index = sourceIndexOfBar(bar);
    if (!m_selection || !index.isValid())
        return;
    const QModelIndex current = m_selection->currentIndex();
    if (current.isValid() && current.row() == index.row())
        return; // already the current row: nothing changes, nothing to echo
    m_selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void BarChartWidget::showToolTip(bool hovered, int bar)
{
    // As rich text, so that a long source sentence wraps (a plain-text tooltip does not) and no
    // "<" in a title is taken for markup.
    if (hovered)
        QToolTip::showText(QCursor::pos(), Qt::convertFromPlainText(toolTipForBar(bar)), m_view);
    else
        QToolTip::hideText();
}

QString BarChartWidget::toolTipForBar(int bar) const
{
    const QModelIndex index = sourceIndexOfBar(bar);
    if (!index.isValid())
        return {};
    QString value = formatValue(index.data(FactsheetModel::RawValueRole).toLongLong());
    const QString qualifier = index.data(FactsheetModel::AmountQualifierRole).toString();
    if (!qualifier.isEmpty())
        value = tr("%1 %2").arg(qualifier, value);
    QStringList lines {tr("%1: %2").arg(index.data(FactsheetModel::LabelRole).toString(), value)};
    if (index.data(FactsheetModel::DerivedRole).toBool())
        lines << tr("Derived: %1").arg(index.data(FactsheetModel::DerivationRole).toString());
    const QString source = index.data(FactsheetModel::SourceSentenceRole).toString();
    if (!source.isEmpty())
        lines << tr("Source: “%1”").arg(source);
    return lines.join(QLatin1Char('\n'));
}

QString BarChartWidget::accessibleSummary(const QString &title) const
{
    QStringList bars;
    bars.reserve(barCount());
    for (int bar = 0; bar < barCount(); ++bar)
        bars << tr("%1 %2").arg(barName(sourceIndexOfBar(bar)), formatValue(valueOfBar(bar)));
    if (bars.isEmpty())
        return title;
    return tr("%1: %2").arg(title, bars.join(tr("; ")));
}

void BarChartWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Titles and labels are built with tr() at rebuild time.
    if (event->type() == QEvent::LanguageChange)
        rebuild();
}
