// The window in the desktop's colours, light or dark: every text reads on its background at WCAG
// AA (4.5:1) in the table (the national line and selected rows included), the details pane and
// the charts, measured on what is drawn, not on what was meant.
#include "charts/chartwidget.h"
#include "charttextitem.h"
#include "charttheme.h"
#include "colourscheme.h"
#include "detailpane.h"
#include "factsheetchart.h"
#include "factsheetdocument.h"
#include "factsheetmodel.h"
#include "fundinglinesproxymodel.h"
#include "investmentspanel.h"
#include "mainwindow.h"
#include "readablecolours.h"
#include "readers/factsheetreader.h"
#include "testoutput.h"
#include "windowfixture.h"
#include "windowpanes.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHash>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QValueAxis>

#include <cmath>
#include <memory>

namespace {

const QString national = QStringLiteral("fundingLine/industrial-strategy-programmes");
const QString cobra = QStringLiteral("fundingLine/cobra-biologics");

QPalette palette(const QHash<QPalette::ColorRole, QColor> &colours)
{
    QPalette palette;
    for (auto it = colours.cbegin(); it != colours.cend(); ++it)
        palette.setColor(it.key(), it.value());
    return palette;
}

// A dark desktop as Plasma's Breeze Dark colours it: light text on a light-blue highlight
// (2.2:1), which nothing in Qt corrects.
QPalette breezeDarkLike()
{
    return palette({{QPalette::Window, QColor(0x31, 0x36, 0x3b)},
                    {QPalette::WindowText, QColor(0xef, 0xf0, 0xf1)},
                    {QPalette::Base, QColor(0x23, 0x26, 0x29)},
                    {QPalette::AlternateBase, QColor(0x2a, 0x2e, 0x32)},
                    {QPalette::Text, QColor(0xef, 0xf0, 0xf1)},
                    {QPalette::Button, QColor(0x31, 0x36, 0x3b)},
                    {QPalette::ButtonText, QColor(0xef, 0xf0, 0xf1)},
                    {QPalette::Highlight, QColor(0x3d, 0xae, 0xe9)},
                    {QPalette::HighlightedText, QColor(0xef, 0xf0, 0xf1)},
                    {QPalette::ToolTipBase, QColor(0x31, 0x36, 0x3b)},
                    {QPalette::ToolTipText, QColor(0xef, 0xf0, 0xf1)}});
}

// The dark Fusion palette many Qt programs set for themselves: white on mid-blue (3.9:1).
QPalette fusionDarkLike()
{
    return palette({{QPalette::Window, QColor(0x35, 0x35, 0x35)},
                    {QPalette::WindowText, Qt::white},
                    {QPalette::Base, QColor(0x2a, 0x2a, 0x2a)},
                    {QPalette::AlternateBase, QColor(0x42, 0x42, 0x42)},
                    {QPalette::Text, Qt::white},
                    {QPalette::Button, QColor(0x35, 0x35, 0x35)},
                    {QPalette::ButtonText, Qt::white},
                    {QPalette::Highlight, QColor(0x2a, 0x82, 0xda)},
                    {QPalette::HighlightedText, Qt::white}});
}

struct CellColours
{
    QColor background; // the colour most of the cell is
    QColor text;       // the colour farthest from it: the glyphs' (drawn without antialiasing)
};

CellColours coloursIn(const QImage &image, const QRect &rect)
{
    QHash<QRgb, int> counts;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x)
            ++counts[image.pixel(x, y)];
    }
    QRgb background = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            background = it.key();
        }
    }
    CellColours colours {QColor(background), QColor(background)};
    qreal farthest = 1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const qreal ratio = contrastRatio(QColor(it.key()), colours.background);
        if (ratio > farthest) {
            farthest = ratio;
            colours.text = QColor(it.key());
        }
    }
    return colours;
}

// Styles may shade a fill by a few levels (Fusion's selection): the same colour to the eye.
bool near(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) <= 4 && std::abs(a.green() - b.green()) <= 4
        && std::abs(a.blue() - b.blue()) <= 4;
}

QString describe(const QColor &text, const QColor &background)
{
    return QStringLiteral("%1 on %2: %3:1")
        .arg(text.name(), background.name())
        .arg(contrastRatio(text, background), 0, 'f', 2);
}

} // namespace

class TestDesktopColours final : public WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void readableOnMovesTextOnlyAsFarAsNeeded_data();
    void readableOnMovesTextOnlyAsFarAsNeeded();
    void tableTextReads_data();
    void tableTextReads();
    void nationalLineIsTintedFromThePaletteAndItalic_data();
    void nationalLineIsTintedFromThePaletteAndItalic();
    void detailsTextReads_data();
    void detailsTextReads();
    void chartTextReads_data();
    void chartTextReads();

private:
    void addPaletteRows();
    void showWith(const QPalette &palette);
};

void TestDesktopColours::initTestCase()
{
    useTestSettings();
}

void TestDesktopColours::init()
{
    TestOutput::watch();
    QVERIFY(openWindow());
}

void TestDesktopColours::cleanup()
{
    closeWindow();
}

void TestDesktopColours::addPaletteRows()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("Fusion light") << QApplication::style()->standardPalette();
    QTest::newRow("Breeze Dark") << breezeDarkLike();
    QTest::newRow("Fusion dark") << fusionDarkLike();
    QTest::newRow("our dark scheme") << ColourScheme::palette(ColourScheme::Scheme::Dark);
    QTest::newRow("our light scheme") << ColourScheme::palette(ColourScheme::Scheme::Light);
}

void TestDesktopColours::showWith(const QPalette &palette)
{
    m_window->setPalette(palette);
    // Glyphs in one colour, so the text's colour is found exactly among the pixels.
    QFont font = m_window->font();
    font.setStyleStrategy(QFont::NoAntialias);
    m_window->setFont(font);
    // Large enough that every cell of the table is in sight.
    m_window->resize(2400, 1400);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_VERIFY(panes(*m_window).chartsBuilt());
}

void TestDesktopColours::readableOnMovesTextOnlyAsFarAsNeeded_data()
{
    QTest::addColumn<QColor>("text");
    QTest::addColumn<QColor>("background");
    QTest::addColumn<QColor>("readable");
    QTest::newRow("black on white reads") << QColor(Qt::black) << QColor(Qt::white) << QColor(Qt::black);
    QTest::newRow("grey on white darkens") << QColor(0x99, 0x99, 0x99) << QColor(Qt::white) << QColor(0x6b, 0x6b, 0x6b);
    QTest::newRow("white on mid-blue goes to black")
        << QColor(Qt::white) << QColor(0x2a, 0x82, 0xda) << QColor(Qt::black);
    QTest::newRow("light grey on dark lightens")
        << QColor(0x80, 0x80, 0x80) << QColor(0x2a, 0x2a, 0x2a) << QColor(0x99, 0x99, 0x99);
}

void TestDesktopColours::readableOnMovesTextOnlyAsFarAsNeeded()
{
    QFETCH(QColor, text);
    QFETCH(QColor, background);
    QFETCH(QColor, readable);
    const QColor made = ReadableColours::readableOn(text, {background});
    QCOMPARE(made.name(), readable.name());
    QVERIFY2(contrastRatio(made, background) >= 4.5, qPrintable(describe(made, background)));
}

void TestDesktopColours::tableTextReads_data()
{
    addPaletteRows();
}

void TestDesktopColours::tableTextReads()
{
    QFETCH(QPalette, palette);
    showWith(palette);
    QTableView *table = panes(*m_window).investments()->table();
    const QPalette readable = ReadableColours::withReadableText(palette);
    // A local line selected (the national one not), then the national line selected.
    for (const QString &selected : {cobra, national}) {
        QVERIFY(m_window->selectEntity(selected));
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());
        const QImage image = table->viewport()->grab().toImage();
        QCOMPARE(image.devicePixelRatio(), 1.0);
        const QAbstractItemModel *proxy = table->model();
        int selectedCells = 0;
        int measured = 0;
        for (int row = 0; row < proxy->rowCount(); ++row) {
            for (int column = 0; column < proxy->columnCount(); ++column) {
                const QModelIndex index = proxy->index(row, column);
                if (index.data().toString().isEmpty())
                    continue;
                const QRect cell = table->visualRect(index).intersected(image.rect()).adjusted(1, 1, -1, -1);
                if (cell.width() < 16)
                    continue; // scrolled out of sight
                ++measured;
                const CellColours colours = coloursIn(image, cell);
                const QString where = QStringLiteral("row %1 (%2), column %3: %4")
                                          .arg(row)
                                          .arg(index.data(FactsheetModel::EntityIdRole).toString())
                                          .arg(column)
                                          .arg(describe(colours.text, colours.background));
                QVERIFY2(contrastRatio(colours.text, colours.background) >= 4.5, qPrintable(where));
                // The selection is drawn in the palette's highlight (deepened where needed), but
                // for the current cell, over which the style draws its focus frame.
                if (index.data(FactsheetModel::EntityIdRole).toString() == selected && index != table->currentIndex()) {
                    QVERIFY2(near(colours.background, readable.color(QPalette::Active, QPalette::Highlight)),
                             qPrintable(where));
                    ++selectedCells;
                }
            }
        }
        // Every cell with text was in sight and measured; the selected row's, but for the current.
        int withText = 0;
        int selectedWithText = 0;
        for (int row = 0; row < proxy->rowCount(); ++row) {
            for (int column = 0; column < proxy->columnCount(); ++column) {
                const QModelIndex index = proxy->index(row, column);
                if (index.data().toString().isEmpty())
                    continue;
                ++withText;
                if (index.data(FactsheetModel::EntityIdRole).toString() == selected)
                    ++selectedWithText;
            }
        }
        QCOMPARE(measured, withText);
        QCOMPARE(selectedCells, selectedWithText - 1);
        QVERIFY(selectedCells >= 3);
    }
}

void TestDesktopColours::nationalLineIsTintedFromThePaletteAndItalic_data()
{
    addPaletteRows();
}

void TestDesktopColours::nationalLineIsTintedFromThePaletteAndItalic()
{
    QFETCH(QPalette, palette);
    showWith(palette);
    QTableView *table = panes(*m_window).investments()->table();
    table->selectionModel()->clear();
    m_window->selectionModel()->clear();
    const QImage image = table->viewport()->grab().toImage();
    const QAbstractItemModel *proxy = table->model();
    const QColor tint = ReadableColours::nationalBackground(ReadableColours::withReadableText(palette));
    QCOMPARE_NE(tint.name(), palette.color(QPalette::Base).name());
    QCOMPARE_NE(tint.name(), palette.color(QPalette::AlternateBase).name());
    bool found = false;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QModelIndex index = proxy->index(row, FactsheetModel::TitleColumn);
        const bool isNational = index.data(FactsheetModel::EntityIdRole).toString() == national;
        const QColor background
            = coloursIn(image, table->visualRect(index).intersected(image.rect()).adjusted(1, 1, -1, -1)).background;
        if (isNational) {
            found = true;
            QCOMPARE(background.name(), tint.name());
            QVERIFY(index.data(Qt::FontRole).value<QFont>().italic());
        } else {
            QCOMPARE_NE(background.name(), tint.name());
        }
    }
    QVERIFY(found);
}

void TestDesktopColours::detailsTextReads_data()
{
    addPaletteRows();
}

void TestDesktopColours::detailsTextReads()
{
    QFETCH(QPalette, palette);
    showWith(palette);
    auto *browser = panes(*m_window).detailPane()->findChild<QTextBrowser *>();
    QVERIFY(browser);
    const QPalette shown = browser->palette();
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        const QColor text = shown.color(group, QPalette::HighlightedText);
        const QColor highlight = shown.color(group, QPalette::Highlight);
        QVERIFY2(contrastRatio(text, highlight) >= 4.5,
                 qPrintable(QStringLiteral("selected text, ") + describe(text, highlight)));
    }
    // Nothing selected, a funding line, a figure, the case study.
    for (const QString &entity : {QString(), cobra, QStringLiteral("figure/employment-2010"),
                                  QStringLiteral("caseStudy/stafford-college-stc")}) {
        if (entity.isEmpty())
            m_window->selectionModel()->clear();
        else
            QVERIFY2(m_window->selectEntity(entity), qPrintable(entity));
        const QColor base = browser->viewport()->palette().color(QPalette::Base);
        QCOMPARE(base.name(), palette.color(QPalette::Base).name());
        int fragments = 0;
        for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                if (fragment.text().trimmed().isEmpty())
                    continue;
                const QTextCharFormat format = fragment.charFormat();
                const QColor text = format.foreground().style() == Qt::NoBrush ? shown.color(QPalette::Text)
                                                                               : format.foreground().color();
                const QColor background
                    = format.background().style() == Qt::NoBrush ? base : format.background().color();
                QVERIFY2(
                    contrastRatio(text, background) >= 4.5,
                    qPrintable(QStringLiteral("%1: “%2” %3").arg(entity, fragment.text(), describe(text, background))));
                ++fragments;
            }
        }
        QVERIFY(fragments >= 1);
    }
}

void TestDesktopColours::chartTextReads_data()
{
    addPaletteRows();
}

void TestDesktopColours::chartTextReads()
{
    QFETCH(QPalette, palette);
    showWith(palette);
    for (ChartWidget *chart : panes(*m_window).charts()) {
        FactsheetChart *drawn = chart->chart();
        const QColor background = drawn->backgroundBrush().color();
        // The chart follows the palette: its background is the window's base.
        QCOMPARE(background.name(), palette.color(QPalette::Base).name());
        int texts = 0;
        for (QGraphicsItem *item : drawn->scene()->items()) {
            if (!item->isVisible())
                continue;
            QColor text;
            QString shown;
            if (const auto *rich = dynamic_cast<QGraphicsTextItem *>(item)) {
                text = rich->defaultTextColor();
                shown = rich->toPlainText();
            } else if (const auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item)) {
                text = simple->brush().color();
                shown = simple->text();
            } else if (const auto *ours = dynamic_cast<ChartTextItem *>(item)) {
                text = ours->colour();
                shown = ours->text();
            }
            if (shown.trimmed().isEmpty())
                continue;
            QVERIFY2(
                contrastRatio(text, background) >= 4.5,
                qPrintable(QStringLiteral("%1: “%2” %3").arg(chart->chartName(), shown, describe(text, background))));
            ++texts;
        }
        QVERIFY2(texts >= 3, qPrintable(chart->chartName()));
        for (QAbstractAxis *axis : drawn->axes()) {
            if (!axis->isVisible() || !axis->labelsVisible())
                continue;
            const QColor labels = axis->labelsColor();
            QVERIFY2(contrastRatio(labels, background) >= 4.5, qPrintable(describe(labels, background)));
        }
    }
}

QTEST_MAIN(TestDesktopColours)
#include "tst_desktopcolours.moc"
