#include "factsheetchart.h"

#include "charttextitem.h"
#include "valuelabels.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsRectItem>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QPen>

#include <algorithm>
#include <cmath>

namespace {

// Above Qt Charts' own items (series, axes, labels).
constexpr qreal textZ = 100;
// The category labels take at most this share of the chart's width; what is longer wraps.
constexpr qreal labelShare = 0.42;
constexpr qreal widestLabelShare = 0.55;

ChartTextItem *newTextItem(QGraphicsItem *parent)
{
    auto *item = new ChartTextItem(parent);
    item->setZValue(textZ);
    return item;
}

// Wider than this, the text would have to break inside a word.
qreal longestWordWidth(const QString &text, const QFontMetricsF &metrics)
{
    qreal widest = 0;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        widest = std::max(widest, metrics.horizontalAdvance(word));
    return std::ceil(widest) + 1;
}

// A round step (1, 2, 2.5 or 5 times a power of ten) that splits 0..maximum into about `intervals`.
qint64 niceStep(double maximum, int intervals)
{
    if (maximum <= 0)
        return 1;
    const double raw = maximum / std::max(1, intervals);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / magnitude;
    double nice = 10.0;
    if (fraction <= 1.0)
        nice = 1.0;
    else if (fraction <= 2.0)
        nice = 2.0;
    else if (fraction <= 2.5 && magnitude >= 10.0) // 2.5 only where it stays whole
        nice = 2.5;
    else if (fraction <= 5.0)
        nice = 5.0;
    return std::max<qint64>(1, std::llround(nice * magnitude));
}

QColor tint(const QColor &colour, const QColor &background, qreal amount)
{
    const auto channel = [amount](int x, int y) { return static_cast<int>(std::lround(y + (x - y) * amount)); };
    return QColor(channel(colour.red(), background.red()), channel(colour.green(), background.green()),
                  channel(colour.blue(), background.blue()));
}

} // namespace

FactsheetChart::FactsheetChart(QGraphicsItem *parent)
    : QChart(parent), m_series(new QHorizontalStackedBarSeries), m_categoryAxis(new QBarCategoryAxis),
      m_valueAxis(new QCategoryAxis), m_title(newTextItem(this)), m_subtitle(newTextItem(this)),
      m_axisTitle(newTextItem(this)), m_note(newTextItem(this)), m_noteSwatch(new QGraphicsRectItem(this)),
      m_source(newTextItem(this)), m_empty(newTextItem(this))
{
    // Animations delay the first paint and make a selection change look like a data change.
    setAnimationOptions(QChart::NoAnimation);
    legend()->hide(); // the derived bar's note is ours, so it can wrap
    setBackgroundRoundness(0);
    setBackgroundPen(Qt::NoPen);
    m_noteSwatch->setZValue(textZ);

    addSeries(m_series);
    m_categoryAxis->setGridLineVisible(false);
    m_categoryAxis->setLabelsVisible(false); // drawn by us, wrapped, never elided
    addAxis(m_categoryAxis, Qt::AlignLeft);
    m_series->attachAxis(m_categoryAxis);
    // QValueAxis formats its labels printf-style, not the en_GB way: a category axis whose
    // "categories" end at round values carries our own tick labels ("600k", "£10m").
    m_valueAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_valueAxis->setTruncateLabels(false);
    addAxis(m_valueAxis, Qt::AlignBottom);
    m_series->attachAxis(m_valueAxis);

    // Connected at series level: the bar sets are replaced on every new description.
    connect(m_series, &QAbstractBarSeries::clicked, this,
            [this](int category, QBarSet *) { emit barClicked(barOfCategory(category)); });
    connect(m_series, &QAbstractBarSeries::pressed, this,
            [this](int category, QBarSet *) { emit barPressed(barOfCategory(category)); });
    connect(m_series, &QAbstractBarSeries::hovered, this,
            [this](bool hovered, int category, QBarSet *) { emit barHovered(barOfCategory(category), hovered); });
    // Should the geometry end up other than asked for (size constraints), lay out for what it is.
    connect(this, &QGraphicsWidget::geometryChanged, this, [this] { layOutFrame(size()); });
    connect(this, &QChart::plotAreaChanged, this, &FactsheetChart::placeOnPlotArea);

    m_theme = ::ChartTheme::print(QSizeF(640, 360));
    applyTheme();
}

void FactsheetChart::setDescription(const ChartDescription &description)
{
    const QList<int> selected = selectedBars();
    m_description = description;
    rebuildBars();
    frameChanged();
    // A new description of the same rows keeps what was selected.
    QList<int> kept;
    for (int bar : selected) {
        if (bar < barCount())
            kept << bar;
    }
    setSelectedBars(kept);
}

void FactsheetChart::setChartTheme(const ::ChartTheme &theme)
{
    const bool newScale = theme.valueAxis != m_theme.valueAxis;
    m_theme = theme;
    if (newScale)
        setBarValues();
    applyTheme();
    frameChanged();
}

void FactsheetChart::setShowsSourceLine(bool shows)
{
    m_showsSourceLine = shows;
    frameChanged();
}

void FactsheetChart::setTransparentBackground(bool transparent)
{
    m_transparent = transparent;
    applyTheme();
}

void FactsheetChart::rebuildBars()
{
    // Every bar is in exactly one of three sets, 0 in the others, so each can have its own look:
    // stacked, the zeros take no room. Category 0 is at the bottom: the first bar goes on top.
    m_series->clear();
    m_stated = new QBarSet(tr("Stated"));
    m_derived = new QBarSet(tr("Derived"));
    m_others = new QBarSet(tr("Other lines"));
    QStringList categories;
    for (int category = 0; category < barCount(); ++category) {
        m_stated->append(0.0);
        m_derived->append(0.0);
        m_others->append(0.0);
        categories << QString::number(category); // hidden; QBarCategoryAxis needs distinct ones
    }
    setBarValues();
    m_categoryAxis->setCategories(categories);
    m_series->append({m_stated, m_derived, m_others});
    m_series->setVisible(barCount() > 0);
    m_valueAxis->setVisible(barCount() > 0);
    m_categoryAxis->setVisible(barCount() > 0);

    qDeleteAll(m_labels);
    qDeleteAll(m_values);
    m_labels.clear();
    m_values.clear();
    for (int bar = 0; bar < barCount(); ++bar) {
        m_labels << newTextItem(this);
        m_values << newTextItem(this);
    }
    applyTheme();
}

void FactsheetChart::setBarValues()
{
    if (!m_stated)
        return;
    for (int category = 0; category < barCount(); ++category) {
        const ChartBar &bar = m_description.bars.at(barOfCategory(category));
        const auto value = static_cast<qreal>(drawnValue(bar.value));
        m_stated->replace(category, !bar.derived && bar.otherLines == 0 ? value : 0.0);
        m_derived->replace(category, bar.derived ? value : 0.0);
        m_others->replace(category, bar.otherLines > 0 ? value : 0.0);
    }
}

double FactsheetChart::sizeRatio() const
{
    double smallest = 0;
    double largest = 0;
    for (const ChartBar &bar : m_description.bars) {
        if (bar.value <= 0)
            continue; // no bar to see at any scale
        smallest = smallest > 0 ? std::min(smallest, bar.value) : bar.value;
        largest = std::max(largest, bar.value);
    }
    return smallest > 0 ? largest / smallest : 1.0;
}

double FactsheetChart::logStart() const
{
    double smallest = 0;
    for (const ChartBar &bar : m_description.bars) {
        if (bar.value > 0)
            smallest = smallest > 0 ? std::min(smallest, bar.value) : bar.value;
    }
    if (smallest <= 0)
        return 1;
    double start = std::pow(10.0, std::floor(std::log10(smallest)));
    if (smallest < start * 2) // less than a third of a decade: hardly a bar
        start /= 10;
    return start;
}

double FactsheetChart::drawnValue(double value) const
{
    if (m_theme.valueAxis == ValueAxisScale::Linear)
        return value;
    const double start = logStart();
    return value > start ? std::log10(value / start) : 0.0;
}

QString FactsheetChart::valueTextOf(int bar) const
{
    return ValueLabels::barText(m_description.bars.at(bar), m_description.valueKind, m_theme.valueLabels);
}

QString FactsheetChart::axisTitleText() const
{
    // Said where the axis is, so no reader takes equal steps for equal amounts.
    if (m_theme.valueAxis == ValueAxisScale::Log)
        return tr("%1, logarithmic scale").arg(m_description.valueAxisTitle);
    return m_description.valueAxisTitle;
}

QString FactsheetChart::subtitleText() const
{
    if (m_theme.valueAxis == ValueAxisScale::Log || sizeRatio() <= 100)
        return m_description.subtitle;
    const QString note = tr("The largest bar is more than 100 times the smallest: a logarithmic axis shows every bar.");
    return m_description.subtitle.isEmpty() ? note : m_description.subtitle + QLatin1Char('\n') + note;
}

void FactsheetChart::applyTheme()
{
    const ::ChartTheme &theme = m_theme;
    setBackgroundBrush(m_transparent ? QBrush(Qt::transparent) : QBrush(theme.background));
    setPlotAreaBackgroundVisible(false);
    m_series->setBarWidth(theme.barThickness);
    if (m_stated) {
        m_stated->setColor(theme.bar);
        m_stated->setBorderColor(theme.bar);
        m_stated->setSelectedColor(theme.selectedBar);
        // Derived: a pale fill inside a dashed outline of the bar colour, in every medium (a
        // hatch pattern does not survive SVG).
        m_derived->setBrush(tint(theme.bar, theme.background, 0.22));
        QPen outline(theme.bar, std::max(1.5, theme.labelSize / 7.0), Qt::DashLine);
        outline.setJoinStyle(Qt::MiterJoin);
        m_derived->setPen(outline);
        m_derived->setSelectedColor(theme.selectedBar);
        m_others->setColor(theme.otherBar);
        m_others->setBorderColor(theme.otherBar);
        m_others->setSelectedColor(theme.selectedBar);
    }
    const QPen axisPen(theme.axisLine, 1);
    m_categoryAxis->setLinePen(axisPen);
    m_valueAxis->setLinePen(axisPen);
    m_valueAxis->setGridLineVisible(theme.gridVisible);
    m_valueAxis->setGridLineColor(theme.grid);
    m_valueAxis->setLabelsColor(theme.secondaryText);
    m_valueAxis->setLabelsFont(theme.font(theme.tickSize));
    m_noteSwatch->setBrush(tint(theme.bar, theme.background, 0.22));
    QPen swatchPen(theme.bar, std::max(1.5, theme.footerSize / 7.0), Qt::DashLine);
    m_noteSwatch->setPen(swatchPen);
}

void FactsheetChart::setGeometry(const QRectF &rect)
{
    // The frame (texts, margins) first, for the new size: QGraphicsWidget::setGeometry lays the
    // plot out at once, and with the old margins Qt Charts would lay out, and we would rebuild
    // the value axis for, a plot area about to change.
    layOutFrame(rect.size());
    QChart::setGeometry(rect);
}

void FactsheetChart::frameChanged()
{
    m_frameLaidOutFor = QSizeF();
    layOutFrame(size());
}

void FactsheetChart::layOutFrame(const QSizeF &size)
{
    const QRectF frame(QPointF(0, 0), size);
    // Laying out every text again is the costly part of an export: only when something changed.
    if (frame.isEmpty() || frame.size() == m_frameLaidOutFor)
        return;
    m_frameLaidOutFor = frame.size();
    const ::ChartTheme &theme = m_theme;
    const qreal pad = theme.padding;
    const qreal width = std::max(1.0, frame.width() - 2 * pad);

    m_title->setText(m_description.title, theme.font(theme.titleSize), theme.text, width);
    m_subtitle->setText(subtitleText(), theme.font(theme.subtitleSize), theme.secondaryText, width);
    m_title->setPos(pad, pad);
    m_subtitle->setPos(pad, pad + m_title->height());
    const qreal top = pad + m_title->height() + m_subtitle->height() + gap();

    // The footer, from the bottom up: source line, then the derived bar's note beside its swatch.
    const QFont footerFont = theme.font(theme.footerSize);
    m_source->setText(m_showsSourceLine ? m_description.sourceLine : QString(), footerFont, theme.secondaryText, width);
    const qreal swatch = std::round(theme.footerSize * 1.6);
    const bool derived = !m_description.derivedNote.isEmpty() && barCount() > 0;
    m_note->setText(derived ? m_description.derivedNote : QString(), footerFont, theme.text,
                    std::max(1.0, width - swatch - gap()));
    m_noteSwatch->setVisible(derived);
    qreal bottom = frame.height() - pad;
    bottom -= m_source->height();
    m_source->setPos(pad, bottom);
    if (derived) {
        bottom -= m_note->height() + gap() * 0.5;
        m_note->setPos(pad + swatch + gap(), bottom);
        m_noteSwatch->setRect(pad, bottom + (QFontMetricsF(footerFont).height() - swatch * 0.6) / 2, swatch,
                              swatch * 0.6);
    }
    m_axisTitle->setText(barCount() > 0 ? axisTitleText() : QString(), theme.font(theme.tickSize), theme.secondaryText,
                         -1);
    bottom -= m_axisTitle->height() + gap();

    // The category labels: as wide as the longest needs, up to a share of the chart, and leaving
    // room for a plot and the widest value label beside it; wrapped at spaces beyond that. Where
    // even that does not fit, or there are so many bars that lines would collide, the type of
    // labels and values gets smaller, down to 60 % of the theme's.
    const qreal tickHeight = QFontMetricsF(theme.font(theme.tickSize)).height() * 1.6;
    const qreal band = std::max(1.0, (bottom - top - tickHeight) / std::max(1, barCount()));
    const qreal minimumPlot = std::max(60.0, width * 0.25);
    m_labelSize = theme.labelSize;
    qreal labelWidth = 0;
    for (int attempt = 0; attempt < 8; ++attempt) {
        const QFont font = theme.font(m_labelSize);
        const QFontMetricsF metrics(font);
        const QFontMetricsF valueMetrics(theme.font(m_labelSize));
        qreal natural = 0;
        qreal longestWord = 0;
        qreal widestValue = 0;
        for (int bar = 0; bar < barCount(); ++bar) {
            const QString &label = m_description.bars.at(bar).label;
            natural = std::max(natural, std::ceil(metrics.horizontalAdvance(label)) + 2);
            longestWord = std::max(longestWord, longestWordWidth(label, metrics));
            widestValue = std::max(widestValue, valueMetrics.horizontalAdvance(valueTextOf(bar)));
        }
        const qreal room = width - widestValue - minimumPlot - 3 * gap();
        labelWidth = std::max(longestWord, std::min({natural, width * widestLabelShare, room}));
        labelWidth = std::min(labelWidth, std::max(longestWord, width * labelShare));
        qreal tallest = 0;
        for (int bar = 0; bar < barCount(); ++bar) {
            m_labels.at(bar)->setText(m_description.bars.at(bar).label, font, theme.text, labelWidth, Qt::AlignRight);
            tallest = std::max(tallest, m_labels.at(bar)->height());
        }
        const bool fitsAcross = labelWidth + widestValue + minimumPlot + 3 * gap() <= width;
        if ((tallest <= band && fitsAcross) || m_labelSize <= theme.labelSize * 0.6)
            break;
        m_labelSize = std::max(theme.labelSize * 0.6, m_labelSize * 0.9);
    }
    const QFont valueFont = theme.font(m_labelSize);
    for (int bar = 0; bar < barCount(); ++bar)
        m_values.at(bar)->setText(valueTextOf(bar), valueFont, theme.text);
    const qreal left = barCount() > 0 ? pad + labelWidth + gap() : pad;
    const QMargins frameMargins(static_cast<int>(std::ceil(left)), static_cast<int>(std::ceil(top)),
                                static_cast<int>(pad), static_cast<int>(std::ceil(frame.height() - bottom)));
    // New margins mean a new plot area, and plotAreaChanged will place the bars' texts on it:
    // placing them on the old one now would rebuild the value axis once more for nothing.
    const bool plotAreaWillChange = frameMargins != margins();
    setMargins(frameMargins);
    m_empty->setText(barCount() > 0 ? QString() : m_description.emptyText, theme.font(theme.labelSize),
                     theme.secondaryText, width, Qt::AlignHCenter);
    m_empty->setPos(pad, (top + bottom - m_empty->height()) / 2);
    if (!plotAreaWillChange)
        placeOnPlotArea();
}

void FactsheetChart::placeOnPlotArea()
{
    const QRectF plot = plotArea();
    if (m_placing || plot.isEmpty() || barCount() == 0)
        return;
    // Setting the range below changes the axis, which may report the same plot area again.
    m_placing = true;
    const ::ChartTheme &theme = m_theme;
    const qreal labelGap = gap() * 0.6;

    // A range wide enough that every value label fits right of its bar.
    double range = 1; // a decade on a logarithmic axis
    for (int bar = 0; bar < barCount(); ++bar) {
        const qreal labelWidth = m_values.at(bar)->boundingRect().width();
        const qreal room = std::max(plot.width() - labelWidth - labelGap, plot.width() * 0.25);
        range = std::max(range, drawnValue(m_description.bars.at(bar).value) * plot.width() / room);
    }
    if (m_theme.valueAxis == ValueAxisScale::Log)
        placeLogTicks(plot, range);
    else
        placeTicks(plot, range);

    for (int bar = 0; bar < barCount(); ++bar) {
        const QRectF bounds = barRect(bar);
        ChartTextItem *label = m_labels.at(bar);
        label->setPos(theme.padding, bounds.center().y() - label->height() / 2);
        ChartTextItem *value = m_values.at(bar);
        value->setPos(bounds.right() + labelGap, bounds.center().y() - value->height() / 2);
    }
    const QFontMetricsF tickMetrics(theme.font(theme.tickSize));
    const qreal axisTitleWidth = m_axisTitle->boundingRect().width();
    // Centred under the plot, but never past the chart's right edge (a long title in a small chart).
    const qreal axisTitleRight = size().width() - theme.padding - axisTitleWidth;
    m_axisTitle->setPos(std::max(theme.padding, std::min(plot.center().x() - axisTitleWidth / 2, axisTitleRight)),
                        plot.bottom() + tickMetrics.height() * 1.6);
    m_placing = false;
}

void FactsheetChart::placeTicks(const QRectF &plot, double range)
{
    // As many round ticks as fit with room between their labels, at most six intervals. Exact
    // money that labels fewer than two ticks beside 0 ("£10,000,000" alone in a window) gives way
    // to the short form, which for a round tick is exact too ("£5m", "£10m", "£15m").
    const QFontMetricsF tickMetrics(m_theme.font(m_theme.tickSize));
    for (const ValueLabels::Style style : {m_theme.valueLabels, ValueLabels::Style::Short}) {
        const auto tickText = [this, style](qint64 tick) {
            return ValueLabels::tickText(m_description, static_cast<double>(tick), style);
        };
        qint64 step = 0;
        for (int intervals = 6; intervals > 1 && step == 0; --intervals) {
            const qint64 candidate = niceStep(range, intervals);
            qreal widest = 0;
            int count = 0;
            for (qint64 tick = 0; static_cast<double>(tick) <= range; tick += candidate, ++count)
                widest = std::max(widest, tickMetrics.horizontalAdvance(tickText(tick)));
            const int fewestTicks = style == ValueLabels::Style::Short ? 2 : 3;
            if (count >= fewestTicks && count * widest * 1.8 <= plot.width())
                step = candidate;
        }
        if (step == 0 && style != ValueLabels::Style::Short)
            continue;
        if (step == 0)
            step = niceStep(range, 1);
        QStringList ticks;
        QList<qreal> ends;
        for (qint64 tick = 0; static_cast<double>(tick) <= range; tick += step) {
            ticks << tickText(tick);
            ends << static_cast<qreal>(tick);
        }
        setTicks(ticks, ends, range);
        return;
    }
}

void FactsheetChart::placeLogTicks(const QRectF &plot, double range)
{
    // A tick at every decade from the axis start, or at every second or third one where their
    // labels would otherwise touch (exact money first, as placeTicks()).
    const QFontMetricsF tickMetrics(m_theme.font(m_theme.tickSize));
    const double start = logStart();
    const int decades = static_cast<int>(std::floor(range + 1e-9));
    for (const ValueLabels::Style style : {m_theme.valueLabels, ValueLabels::Style::Short}) {
        const auto tickText = [this, start, style](int decade) {
            return ValueLabels::tickText(m_description, start * std::pow(10.0, decade), style);
        };
        qreal widest = 0;
        for (int decade = 0; decade <= decades; ++decade)
            widest = std::max(widest, tickMetrics.horizontalAdvance(tickText(decade)));
        const auto fits = [&](int step) {
            const int count = decades / step + 1; // ticks at 0, step, 2 step, … up to decades
            return count * widest * 1.3 <= plot.width();
        };
        int step = 1;
        while (step < std::max(1, decades) && !fits(step))
            ++step;
        if (!fits(step) && style != ValueLabels::Style::Short)
            continue;
        QStringList ticks;
        QList<qreal> ends;
        for (int decade = 0; decade <= decades; decade += step) {
            ticks << tickText(decade);
            ends << static_cast<qreal>(decade);
        }
        setTicks(ticks, ends, range);
        return;
    }
}

void FactsheetChart::setTicks(const QStringList &ticks, const QList<qreal> &ends, double range)
{
    const QStringList old = m_valueAxis->categoriesLabels();
    if (ticks == old && m_valueAxis->max() == range)
        return;
    for (const QString &label : old)
        m_valueAxis->remove(label);
    // The first category ends at the axis start, so it gets its label; it must not be empty for
    // Qt to draw it.
    m_valueAxis->setStartValue(-range * 1e-6);
    for (qsizetype tick = 0; tick < ticks.size(); ++tick)
        m_valueAxis->append(ticks.at(tick), ends.at(tick));
    // A hair below the start, or Qt Charts hides the label of the tick at the very start of the axis.
    m_valueAxis->setRange(-range * 1e-7, range);
}

void FactsheetChart::layOutNow()
{
    layOutFrame(size());
    if (QGraphicsLayout *chartLayout = layout())
        chartLayout->activate();
    placeOnPlotArea();
}

void FactsheetChart::setSelectedBars(const QList<int> &bars)
{
    for (int bar = 0; bar < barCount(); ++bar) {
        QBarSet *set = barSetOf(bar);
        const bool wanted = bars.contains(bar);
        // Only the bars that change: with many bars, touching every one costs a repaint each.
        if (set->isBarSelected(categoryOf(bar)) != wanted)
            set->setBarSelected(categoryOf(bar), wanted);
    }
}

QList<int> FactsheetChart::selectedBars() const
{
    QList<int> bars;
    for (int bar = 0; bar < barCount(); ++bar) {
        if (barSetOf(bar)->isBarSelected(categoryOf(bar)))
            bars << bar;
    }
    return bars;
}

QBarSet *FactsheetChart::barSetOf(int bar) const
{
    if (bar < 0 || bar >= barCount())
        return nullptr;
    const ChartBar &description = m_description.bars.at(bar);
    if (description.otherLines > 0)
        return m_others;
    return description.derived ? m_derived : m_stated;
}

QRectF FactsheetChart::barRect(int bar) const
{
    if (bar < 0 || bar >= barCount())
        return {};
    const qreal category = categoryOf(bar);
    const qreal half = m_series->barWidth() / 2;
    const auto value = static_cast<qreal>(drawnValue(m_description.bars.at(bar).value));
    // QChart::mapToPosition is not const, though it changes nothing.
    auto *chart = const_cast<FactsheetChart *>(this); // NOLINT(cppcoreguidelines-pro-type-const-cast)
    const QPointF start = chart->mapToPosition(QPointF(0, category + half), m_series);
    const QPointF end = chart->mapToPosition(QPointF(value, category - half), m_series);
    return QRectF(start, end).normalized();
}

QList<FactsheetChart::PlacedText> FactsheetChart::placedTexts() const
{
    QList<PlacedText> texts;
    const auto add = [&texts](const QString &role, const ChartTextItem *item) {
        if (item->isVisible())
            texts.append({role, item->text(), item->mapRectToParent(item->boundingRect()), item->fits()});
    };
    add(QStringLiteral("title"), m_title);
    add(QStringLiteral("subtitle"), m_subtitle);
    for (const ChartTextItem *label : m_labels)
        add(QStringLiteral("label"), label);
    for (const ChartTextItem *value : m_values)
        add(QStringLiteral("value"), value);
    add(QStringLiteral("axisTitle"), m_axisTitle);
    add(QStringLiteral("note"), m_note);
    add(QStringLiteral("source"), m_source);
    add(QStringLiteral("empty"), m_empty);
    return texts;
}

QStringList FactsheetChart::tickLabels() const
{
    return m_valueAxis->categoriesLabels();
}
