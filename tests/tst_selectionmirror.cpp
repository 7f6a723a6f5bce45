// The one selection lives on the source model; the table's selection on the proxy mirrors it
// through every sort and filter, and a click on the table becomes the source's selection, once.
#include "embeddedfactsheet.h"
#include "factsheetmodel.h"
#include "fundinglinesproxymodel.h"
#include "selectionmirror.h"
#include "testoutput.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString cobra = u"fundingLine/cobra-biologics"_s;
const QString housebuilding = u"fundingLine/housebuilding-infrastructure"_s;
const QString bericote = u"fundingLine/bericote-four-ashes"_s;
const QString national = u"fundingLine/industrial-strategy-programmes"_s;
const QString employment = u"figure/employment"_s;
const QString caseStudy = u"caseStudy/stafford-college-stc"_s;

constexpr QItemSelectionModel::SelectionFlags selectRow
    = QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows;

QString entityOf(const QModelIndex &index)
{
    return index.data(FactsheetModel::EntityIdRole).toString();
}

} // namespace

class TestSelectionMirror final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void mirrorsSelectionMadeBeforeIt();
    void sourceCurrentSelectsProxyRow();
    void selectionFollowsSort();
    void selectionFollowsFilter();
    void proxyCurrentBecomesSourceCurrent();
    void viewClickBecomesSourceCurrent();
    void entityNotInProxyClearsProxySelection_data();
    void entityNotInProxyClearsProxySelection();
    void sourceResetClearsBoth();
    void wholeSelectionsBothWays();
    void filteredOutLinesAreDeselectedWhenAsked();

private:
    void selectOnSource(const QString &entityId);
    // The entity the proxy side shows as selected: its current row, which must also be the only
    // selected row. Empty when nothing is selected.
    QString proxySelectedEntity() const;
    void createMirror();

    std::unique_ptr<FactsheetModel> m_model;
    std::unique_ptr<FundingLinesProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
    std::unique_ptr<QItemSelectionModel> m_sourceSelection;
    std::unique_ptr<QItemSelectionModel> m_proxySelection;
    std::unique_ptr<SelectionMirror> m_mirror;
};

void TestSelectionMirror::init()
{
    TestOutput::watch();
    m_model = std::make_unique<FactsheetModel>();
    m_modelTester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                               QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_model->setFactsheet(embeddedFactsheet());
    m_proxy = std::make_unique<FundingLinesProxyModel>();
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(m_proxy.get(),
                                                               QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_proxy->setSourceModel(m_model.get());
    m_sourceSelection = std::make_unique<QItemSelectionModel>(m_model.get());
    m_proxySelection = std::make_unique<QItemSelectionModel>(m_proxy.get());
}

void TestSelectionMirror::createMirror()
{
    m_mirror = std::make_unique<SelectionMirror>(m_sourceSelection.get(), m_proxySelection.get());
}

void TestSelectionMirror::cleanup()
{
    m_mirror.reset();
    m_proxySelection.reset();
    m_sourceSelection.reset();
    m_proxyTester.reset();
    m_proxy.reset();
    m_modelTester.reset();
    m_model.reset();
}

void TestSelectionMirror::selectOnSource(const QString &entityId)
{
    const QModelIndex index = m_model->indexOfEntity(entityId);
    QVERIFY(index.isValid());
    m_sourceSelection->setCurrentIndex(index, selectRow);
}

QString TestSelectionMirror::proxySelectedEntity() const
{
    const QModelIndex current = m_proxySelection->currentIndex();
    const QModelIndexList rows = m_proxySelection->selectedRows();
    if (!current.isValid())
        return rows.isEmpty() ? QString() : u"selected rows without a current one"_s;
    if (rows.size() != 1 || rows.first().row() != current.row())
        return u"current row is not the one selected row"_s;
    return entityOf(current);
}

void TestSelectionMirror::mirrorsSelectionMadeBeforeIt()
{
    selectOnSource(bericote);
    createMirror();
    QCOMPARE(proxySelectedEntity(), bericote);
}

void TestSelectionMirror::sourceCurrentSelectsProxyRow()
{
    createMirror();
    m_proxy->sort(FactsheetModel::AmountColumn, Qt::DescendingOrder);
    QSignalSpy mirrored(m_mirror.get(), &SelectionMirror::mirroredCurrentChanged);

    selectOnSource(cobra);
    // National, housebuilding, Bericote, Cobra, Stafford: Cobra is proxy row 3, source row 0.
    QCOMPARE(proxySelectedEntity(), cobra);
    QCOMPARE(m_proxySelection->currentIndex(), m_proxy->index(3, 0));
    QCOMPARE(mirrored.count(), 1);
    QCOMPARE(mirrored.at(0).at(0).value<QModelIndex>(), m_proxy->index(3, 0));
    // The record is untouched by mirroring it.
    QCOMPARE(m_sourceSelection->currentIndex(), m_model->index(0, 0));
    QCOMPARE(m_sourceSelection->selectedRows(), QModelIndexList({m_model->index(0, 0)}));
}

void TestSelectionMirror::selectionFollowsSort()
{
    createMirror();
    selectOnSource(bericote);
    QCOMPARE(m_proxySelection->currentIndex().row(), 2);
    QSignalSpy sourceCurrent(m_sourceSelection.get(), &QItemSelectionModel::currentRowChanged);
    QSignalSpy mirrored(m_mirror.get(), &SelectionMirror::mirroredCurrentChanged);

    m_proxy->sort(FactsheetModel::AmountColumn, Qt::DescendingOrder);
    QCOMPARE(proxySelectedEntity(), bericote);
    QCOMPARE(m_proxySelection->currentIndex().row(), 2);
    m_proxy->sort(FactsheetModel::AmountColumn, Qt::AscendingOrder);
    QCOMPARE(proxySelectedEntity(), bericote);
    QCOMPARE(m_proxySelection->currentIndex().row(), 2);
    m_proxy->sort(FactsheetModel::TitleColumn, Qt::AscendingOrder);
    QCOMPARE(proxySelectedEntity(), bericote);
    QCOMPARE(m_proxySelection->currentIndex().row(), 0);
    m_proxy->sort(FactsheetModel::TitleColumn, Qt::DescendingOrder);
    QCOMPARE(proxySelectedEntity(), bericote);
    QCOMPARE(m_proxySelection->currentIndex().row(), 4);

    QCOMPARE(mirrored.count(), 4);
    QCOMPARE(mirrored.last().at(0).value<QModelIndex>(), m_proxy->index(4, 0));
    // Sorting the table never changes what is selected.
    QCOMPARE(sourceCurrent.count(), 0);
    QCOMPARE(entityOf(m_sourceSelection->currentIndex()), bericote);
}

void TestSelectionMirror::selectionFollowsFilter()
{
    createMirror();
    m_proxy->sort(FactsheetModel::AmountColumn, Qt::AscendingOrder);
    selectOnSource(bericote);
    QSignalSpy sourceCurrent(m_sourceSelection.get(), &QItemSelectionModel::currentRowChanged);
    QSignalSpy mirrored(m_mirror.get(), &SelectionMirror::mirroredCurrentChanged);

    // Still shown, at another row: Bericote (£2.8m), housebuilding (£10m), national.
    m_proxy->setFilterText(u"infrastructure"_s);
    QCOMPARE(proxySelectedEntity(), bericote);
    QCOMPARE(m_proxySelection->currentIndex().row(), 0);

    // Filtered out: the table shows no selection rather than another line.
    m_proxy->setFilterText(u"cobra"_s);
    QCOMPARE(m_proxy->rowCount(), 1);
    QCOMPARE(proxySelectedEntity(), QString());
    QVERIFY(!m_proxySelection->hasSelection());
    QCOMPARE(mirrored.last().at(0).value<QModelIndex>(), QModelIndex());

    // Shown again: selected again, where the sort puts it.
    m_proxy->setFilterText(QString());
    QCOMPARE(proxySelectedEntity(), bericote);
    QCOMPARE(m_proxySelection->currentIndex().row(), 2);
    QCOMPARE(mirrored.count(), 3);
    QCOMPARE(mirrored.last().at(0).value<QModelIndex>(), m_proxy->index(2, 0));

    // Same through the category filter.
    m_proxy->setCategory(u"Skills"_s);
    QCOMPARE(proxySelectedEntity(), QString());
    m_proxy->setCategory(QString());
    QCOMPARE(proxySelectedEntity(), bericote);

    // The record never moved.
    QCOMPARE(sourceCurrent.count(), 0);
    QCOMPARE(entityOf(m_sourceSelection->currentIndex()), bericote);
}

void TestSelectionMirror::proxyCurrentBecomesSourceCurrent()
{
    createMirror();
    m_proxy->sort(FactsheetModel::AmountColumn, Qt::DescendingOrder);
    QSignalSpy sourceCurrent(m_sourceSelection.get(), &QItemSelectionModel::currentRowChanged);
    QSignalSpy proxyCurrent(m_proxySelection.get(), &QItemSelectionModel::currentRowChanged);
    QSignalSpy mirrored(m_mirror.get(), &SelectionMirror::mirroredCurrentChanged);

    // A click on the first row: the national line, last of the lines in the source.
    m_proxySelection->setCurrentIndex(m_proxy->index(0, FactsheetModel::AmountColumn), selectRow);
    QCOMPARE(sourceCurrent.count(), 1);
    QCOMPARE(proxyCurrent.count(), 1);
    QCOMPARE(m_sourceSelection->currentIndex().row(), 4);
    QCOMPARE(entityOf(m_sourceSelection->currentIndex()), national);
    QCOMPARE(m_sourceSelection->selectedRows().size(), 1);
    QCOMPARE(m_sourceSelection->selectedRows().first().row(), 4);
    QCOMPARE(sourceCurrent.at(0).at(0).value<QModelIndex>().row(), 4);
    QCOMPARE(proxySelectedEntity(), national);
    QCOMPARE(mirrored.count(), 1);
    QCOMPARE(mirrored.at(0).at(0).value<QModelIndex>().row(), 0);

    // Arrow down: housebuilding, source row 1.
    m_proxySelection->setCurrentIndex(m_proxy->index(1, FactsheetModel::AmountColumn), selectRow);
    QCOMPARE(sourceCurrent.count(), 2);
    QCOMPARE(proxyCurrent.count(), 2);
    QCOMPARE(entityOf(m_sourceSelection->currentIndex()), housebuilding);
    QCOMPARE(m_sourceSelection->currentIndex().row(), 1);

    // Another column of the same row is the same entity: nothing to report.
    m_proxySelection->setCurrentIndex(m_proxy->index(1, FactsheetModel::TitleColumn), selectRow);
    QCOMPARE(sourceCurrent.count(), 2);
    QCOMPARE(proxySelectedEntity(), housebuilding);
}

void TestSelectionMirror::viewClickBecomesSourceCurrent()
{
    createMirror();
    m_proxy->sort(FactsheetModel::AmountColumn, Qt::DescendingOrder);
    QSignalSpy sourceCurrent(m_sourceSelection.get(), &QItemSelectionModel::currentRowChanged);

    // A view moves the current index on its own (focus-in, a press) before it selects: that alone
    // is nobody's choice and is not taken.
    const QModelIndex firstRow = m_proxy->index(0, FactsheetModel::TitleColumn); // the national line
    m_proxySelection->setCurrentIndex(firstRow, QItemSelectionModel::NoUpdate);
    QCOMPARE(sourceCurrent.count(), 0);
    QVERIFY(!m_sourceSelection->currentIndex().isValid());

    // Then it selects the row: that is the choice.
    m_proxySelection->select(firstRow, selectRow);
    QCOMPARE(sourceCurrent.count(), 1);
    QCOMPARE(entityOf(m_sourceSelection->currentIndex()), national);
    QCOMPARE(m_sourceSelection->currentIndex().row(), 4);
    QCOMPARE(proxySelectedEntity(), national);
}

void TestSelectionMirror::entityNotInProxyClearsProxySelection_data()
{
    QTest::addColumn<QString>("entity");

    QTest::newRow("stated figure") << employment;
    QTest::newRow("derived figure") << u"figure/employment-2010"_s;
    QTest::newRow("case study") << caseStudy;
}

void TestSelectionMirror::entityNotInProxyClearsProxySelection()
{
    QFETCH(QString, entity);

    createMirror();
    selectOnSource(cobra);
    QCOMPARE(proxySelectedEntity(), cobra);
    QSignalSpy sourceCurrent(m_sourceSelection.get(), &QItemSelectionModel::currentRowChanged);
    QSignalSpy mirrored(m_mirror.get(), &SelectionMirror::mirroredCurrentChanged);

    selectOnSource(entity);
    QCOMPARE(proxySelectedEntity(), QString());
    QVERIFY(!m_proxySelection->hasSelection());
    QCOMPARE(mirrored.count(), 1);
    QCOMPARE(mirrored.at(0).at(0).value<QModelIndex>(), QModelIndex());
    // Clearing the table does not clear the record.
    QCOMPARE(sourceCurrent.count(), 1);
    QCOMPARE(entityOf(m_sourceSelection->currentIndex()), entity);
    QCOMPARE(m_sourceSelection->selectedRows().size(), 1);

    // And back to a funding line.
    selectOnSource(cobra);
    QCOMPARE(proxySelectedEntity(), cobra);
}

void TestSelectionMirror::sourceResetClearsBoth()
{
    createMirror();
    selectOnSource(cobra);
    QSignalSpy mirrored(m_mirror.get(), &SelectionMirror::mirroredCurrentChanged);

    m_model->setFactsheet(embeddedFactsheet());
    QVERIFY(!m_sourceSelection->currentIndex().isValid());
    QCOMPARE(proxySelectedEntity(), QString());
    // Once, for the proxy's reset; the source selection model resets without signals.
    QCOMPARE(mirrored.count(), 1);
    QCOMPARE(mirrored.last().at(0).value<QModelIndex>(), QModelIndex());

    // Selecting after the reset works as before.
    selectOnSource(bericote);
    QCOMPARE(proxySelectedEntity(), bericote);
}

namespace {

QStringList entitiesOf(const QModelIndexList &rows)
{
    QStringList entities;
    for (const QModelIndex &row : rows)
        entities << entityOf(row);
    entities.sort(); // by id: "figure/…" before "fundingLine/…"
    return entities;
}

} // namespace

void TestSelectionMirror::wholeSelectionsBothWays()
{
    createMirror();
    m_proxy->sort(FactsheetModel::AmountColumn, Qt::DescendingOrder);
    QItemSelection chosen;
    for (const QString &entity : {cobra, bericote, employment}) {
        const QModelIndex index = m_model->indexOfEntity(entity);
        chosen.select(index, index);
    }
    m_sourceSelection->select(chosen, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    // The figure has no row here; the two lines are selected, whole rows.
    QCOMPARE(entitiesOf(m_proxySelection->selectedRows()), (QStringList {bericote, cobra}));
    QCOMPARE(m_proxySelection->selectedRows(FactsheetModel::ScopeColumn).size(), 2);
    m_proxy->sort(FactsheetModel::TitleColumn, Qt::AscendingOrder);
    QCOMPARE(entitiesOf(m_proxySelection->selectedRows()), (QStringList {bericote, cobra}));
    QCOMPARE(m_proxySelection->selectedRows().first().row(), 0); // Bericote first by title

    // A range chosen on the proxy side (Shift+click over two rows) becomes the whole record.
    QSignalSpy changed(m_sourceSelection.get(), &QItemSelectionModel::selectionChanged);
    m_proxySelection->select(QItemSelection(m_proxy->index(2, 0), m_proxy->index(3, FactsheetModel::ScopeColumn)),
                             QItemSelectionModel::ClearAndSelect);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(entitiesOf(m_sourceSelection->selectedRows()), (QStringList {housebuilding, national}));
    // Mapping back agrees, row for row.
    QCOMPARE(m_mirror->toSource(m_mirror->toProxy(m_sourceSelection->selection())), m_sourceSelection->selection());
}

void TestSelectionMirror::filteredOutLinesAreDeselectedWhenAsked()
{
    createMirror();
    QItemSelection chosen;
    for (const QString &entity : {cobra, employment}) {
        const QModelIndex index = m_model->indexOfEntity(entity);
        chosen.select(index, index);
    }
    m_sourceSelection->select(chosen, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    // Without being asked, a hidden line stays the record.
    QCOMPARE(entitiesOf(m_sourceSelection->selectedRows()), (QStringList {employment, cobra}));
    m_proxy->setFilterText(u"housebuilding"_s);
    QCOMPARE(entitiesOf(m_sourceSelection->selectedRows()), (QStringList {employment, cobra}));
    m_proxy->setFilterText(QString());
    // Asked for funding lines, a hidden line is deselected at once, and a figure stays.
    m_mirror->setDeselectsFilteredOut([](const QModelIndex &index) {
        return index.data(FactsheetModel::KindRole).toInt() == FactsheetModel::FundingLineKind;
    });
    m_proxy->setFilterText(u"housebuilding"_s);
    QCOMPARE(entitiesOf(m_sourceSelection->selectedRows()), (QStringList {employment}));
    m_proxy->setFilterText(QString());
    QCOMPARE(entitiesOf(m_sourceSelection->selectedRows()), (QStringList {employment}));
}

QTEST_GUILESS_MAIN(TestSelectionMirror)
#include "tst_selectionmirror.moc"
