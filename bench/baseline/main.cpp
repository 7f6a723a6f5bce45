// The start-up baseline: the least a table-and-chart Qt program does before its first frame. One
// QTableView on a five-row QStandardItemModel and one QChartView with five bars, in a window of
// the explorer's first-run size, with the explorer's --quit-after-first-paint and
// --quit-when-complete.
#include "firstpaintwatcher.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QWidget>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);

    QWidget window;
    window.setWindowTitle(QStringLiteral("Baseline"));

    QStandardItemModel model(0, 3);
    model.setHorizontalHeaderLabels({QStringLiteral("Title"), QStringLiteral("Category"), QStringLiteral("Amount")});
    const QStringList titles = {QStringLiteral("Cobra Biologics"), QStringLiteral("Housebuilding infrastructure"),
                                QStringLiteral("Bericote Four Ashes Business Park"),
                                QStringLiteral("Stafford College Science & Technology Centre"),
                                QStringLiteral("Industrial Strategy programmes")};
    const QList<qreal> amounts = {2.6, 10, 2.8, 2, 4.5};
    auto *set = new QBarSet(QStringLiteral("Funding (£m)"));
    for (int row = 0; row < titles.size(); ++row) {
        model.appendRow({new QStandardItem(titles[row]), new QStandardItem(QStringLiteral("Category")),
                         new QStandardItem(QString::number(amounts[row]))});
        *set << amounts[row];
    }
    auto *table = new QTableView(&window);
    table->setModel(&model);
    table->horizontalHeader()->setStretchLastSection(true);

    auto *series = new QBarSeries;
    series->append(set);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(QStringLiteral("Funding"));
    auto *categories = new QBarCategoryAxis;
    categories->append(titles);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto *values = new QValueAxis;
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    chart->legend()->hide();
    auto *chartView = new QChartView(chart, &window);

    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(table, 1);
    layout->addWidget(chartView, 2);
    window.resize(1500, 920);

    // Its one chart is built before the first frame, so the window is complete when first painted.
    const QStringList arguments = QApplication::arguments();
    if (arguments.contains(QStringLiteral("--quit-after-first-paint"))
        || arguments.contains(QStringLiteral("--quit-when-complete"))) {
        auto *firstPaint = new FirstPaintWatcher(&window);
        QObject::connect(firstPaint, &FirstPaintWatcher::firstPainted, &app, &QCoreApplication::quit,
                         Qt::QueuedConnection);
    }
    window.show();
    return QApplication::exec();
}
