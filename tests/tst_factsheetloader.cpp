// A bad document is refused as a whole, with a message that names the file, the place and what
// was wrong; the model that tries to load it keeps what it had.
#include "factsheetloader.h"
#include "factsheetmodel.h"
#include "testoutput.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject embeddedObject()
{
    QFile file(FactsheetLoader::embeddedPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// `node` with the value at `path` ("fundingLines/2/amount") replaced; an undefined value removes it.
QJsonValue replaced(const QJsonValue &node, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString key = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = key.toInt();
        const QJsonValue child = replaced(array.at(index), path, value);
        if (child.isUndefined())
            array.removeAt(index);
        else
            array.replace(index, child);
        return array;
    }
    QJsonObject object = node.toObject();
    const QJsonValue child = replaced(object.value(key), path, value);
    if (child.isUndefined())
        object.remove(key);
    else
        object.insert(key, child);
    return object;
}

// The embedded factsheet with one thing changed: a document that is bad for that reason only.
QByteArray withChange(const QString &path, const QJsonValue &value)
{
    return QJsonDocument(replaced(embeddedObject(), path.split(u'/'), value).toObject()).toJson();
}

QByteArray without(const QString &path)
{
    return withChange(path, QJsonValue(QJsonValue::Undefined));
}

// Every row and column as displayed, with the raw value and entity behind each row.
QStringList dump(const QAbstractItemModel &model)
{
    QStringList lines;
    lines << QString::number(model.rowCount()) + u" rows"_s;
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column)
            cells << model.index(row, column).data().toString();
        const QModelIndex first = model.index(row, 0);
        cells << first.data(FactsheetModel::EntityIdRole).toString()
              << first.data(FactsheetModel::RawValueRole).toString();
        lines << cells.join(u" | "_s);
    }
    return lines;
}

} // namespace

class TestFactsheetLoader final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void initTestCase();

    void unmodifiedDocumentLoads();
    void embeddedFileLoads();
    void rejectsBadDocument_data();
    void rejectsBadDocument();
    void missingFileNamesItsPath();
    void modelKeepsFactsheetOnError_data();
    void modelKeepsFactsheetOnError();
    void modelLoadsGoodFileWithOneReset();

private:
    static void addBadDocuments();
};

void TestFactsheetLoader::initTestCase()
{
    QVERIFY(embeddedObject().contains(u"fundingLines"_s));
}

void TestFactsheetLoader::unmodifiedDocumentLoads()
{
    // The bad documents below differ from this one by one change each; it must itself be good.
    const FactsheetLoadResult result
        = FactsheetLoader::loadData(withChange(u"format"_s, u"factsheet-explorer"_s), u"good.json"_s);
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    QCOMPARE(result.factsheet().fundingLines.size(), size_t(5));
    QCOMPARE(result.factsheet().figures.size(), size_t(7));
}

void TestFactsheetLoader::embeddedFileLoads()
{
    const FactsheetLoadResult result = FactsheetLoader::loadFile(FactsheetLoader::embeddedPath());
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    QCOMPARE(result.factsheet().area.name, u"Stoke-on-Trent & Staffordshire"_s);
}

void TestFactsheetLoader::addBadDocuments()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("expected");

    // Syntax: the place is a line and a column (in characters: "£" is one), where Qt's parser stopped.
    QTest::newRow("malformed JSON: missing comma between members")
        << "{\n  \"format\": \"factsheet-explorer\",\n  \"formatVersion\": 1\n  \"source\": {}\n}\n"_ba
        << u"bad.json: line 4, column 4: malformed JSON: unterminated object"_s;
    QTest::newRow("malformed JSON: column counts characters")
        << "{\n  \"quote\": \"£2.6m\" \"source\": \"x\"\n}\n"_ba
        << u"bad.json: line 2, column 21: malformed JSON: unterminated object"_s;
    QTest::newRow("malformed JSON: text after the document")
        << "{\n  \"format\": \"factsheet-explorer\"\n}\nx\n"_ba
        << u"bad.json: line 4, column 1: malformed JSON: garbage at the end of the document"_s;
    QTest::newRow("malformed JSON: trailing comma") << "{\n  \"links\": [\n    {},\n  ]\n}\n"_ba
                                                    << u"bad.json: line 4, column 4: malformed JSON: "
                                                       "object is missing after a comma"_s;
    QTest::newRow("empty file") << QByteArray() << u"bad.json: document: expected an object, got an empty file"_s;
    QTest::newRow("only white space") << " \n\t\n"_ba << u"bad.json: document: expected an object, got an empty file"_s;
    QTest::newRow("root is an array") << "[\n  {}\n]\n"_ba << u"bad.json: document: expected an object, got an array"_s;

    // The format.
    QTest::newRow("format missing") << without(u"format"_s)
                                    << u"bad.json: format: required field is missing; expected "
                                       "\"factsheet-explorer\""_s;
    QTest::newRow("wrong format name") << withChange(u"format"_s, u"factsheet-explorer-2"_s)
                                       << u"bad.json: format: expected \"factsheet-explorer\", "
                                          "got \"factsheet-explorer-2\""_s;
    QTest::newRow("format name not a string")
        << withChange(u"format"_s, 1) << u"bad.json: format: expected \"factsheet-explorer\", got 1"_s;
    QTest::newRow("unknown formatVersion")
        << withChange(u"formatVersion"_s, 2) << u"bad.json: formatVersion: expected format version 1, got 2"_s;
    QTest::newRow("formatVersion as text")
        << withChange(u"formatVersion"_s, u"1"_s) << u"bad.json: formatVersion: expected format version 1, got \"1\""_s;
    QTest::newRow("source missing") << without(u"source"_s)
                                    << u"bad.json: source: required field is missing; expected an object"_s;
    QTest::newRow("area name empty") << withChange(u"area/name"_s, u" "_s)
                                     << u"bad.json: area.name: expected a non-empty string, got \" \""_s;

    // Funding lines.
    QTest::newRow("fundingLines missing") << without(u"fundingLines"_s)
                                          << u"bad.json: fundingLines: required field is missing; "
                                             "expected an array"_s;
    QTest::newRow("fundingLines not an array") << withChange(u"fundingLines"_s, QJsonObject())
                                               << u"bad.json: fundingLines: expected an array, got an object"_s;
    QTest::newRow("funding line not an object")
        << withChange(u"fundingLines/1"_s, 42) << u"bad.json: fundingLines[1]: expected an object, got 42"_s;
    QTest::newRow("missing title") << without(u"fundingLines/1/title"_s)
                                   << u"bad.json: fundingLines[1].title: required field is missing; "
                                      "expected a non-empty string"_s;
    QTest::newRow("title is null") << withChange(u"fundingLines/1/title"_s, QJsonValue())
                                   << u"bad.json: fundingLines[1].title: expected a non-empty string, got null"_s;
    QTest::newRow("amount as words") << withChange(u"fundingLines/2/amount"_s, u"ten"_s)
                                     << u"bad.json: fundingLines[2].amount: expected a whole number of pounds "
                                        "(0 or more), got \"ten\""_s;
    QTest::newRow("negative amount") << withChange(u"fundingLines/2/amount"_s, -2800000)
                                     << u"bad.json: fundingLines[2].amount: expected a whole number of pounds "
                                        "(0 or more), got -2800000"_s;
    QTest::newRow("fractional amount") << withChange(u"fundingLines/2/amount"_s, 2800000.5)
                                       << u"bad.json: fundingLines[2].amount: expected a whole number of pounds "
                                          "(0 or more), got 2800000.5"_s;
    QTest::newRow("amount disagrees with its quote")
        << withChange(u"fundingLines/2/amount"_s, 2900000)
        << u"bad.json: fundingLines[2].amount: expected 2800000, the value of its quote \"£2.8m\", got 2900000"_s;
    QTest::newRow("quote not in its source sentence")
        << withChange(u"fundingLines/0/quote"_s, u"£2.7m"_s)
        << u"bad.json: fundingLines[0].quote: expected text that appears in the source sentence, got \"£2.7m\""_s;
    QTest::newRow("quote not a figure") << withChange(u"fundingLines/0/quote"_s, u"Cobra Biologics"_s)
                                        << u"bad.json: fundingLines[0].quote: expected a figure as printed, such "
                                           "as \"£2.6m\" or \"548,800\", got \"Cobra Biologics\""_s;
    QTest::newRow("duplicate id") << withChange(u"fundingLines/1/id"_s, u"cobra-biologics"_s)
                                  << u"bad.json: fundingLines[1].id: expected an id not used before, "
                                     "got \"cobra-biologics\""_s;
    QTest::newRow("bad scope") << withChange(u"fundingLines/0/scope"_s, u"regional"_s)
                               << u"bad.json: fundingLines[0].scope: expected \"local\" or \"national\", "
                                  "got \"regional\""_s;
    QTest::newRow("funding line names an unknown case study")
        << withChange(u"fundingLines/3/caseStudy"_s, u"stc"_s)
        << u"bad.json: fundingLines[3].caseStudy: expected the id of the case study, got \"stc\""_s;

    // Figures.
    QTest::newRow("negative figure value") << withChange(u"figures/0/value"_s, -1)
                                           << u"bad.json: figures[0].value: expected a whole number (0 or more), "
                                              "got -1"_s;
    QTest::newRow("figure disagrees with its quote")
        << withChange(u"figures/2/value"_s, 548000)
        << u"bad.json: figures[2].value: expected 548800, the value of its quote \"548,800\", got 548000"_s;
    QTest::newRow("unknown figure group")
        << withChange(u"figures/2/group"_s, u"economy"_s)
        << u"bad.json: figures[2].group: expected \"area\" or \"labourMarket\", got \"economy\""_s;
    QTest::newRow("unknown figure measure")
        << withChange(u"figures/2/measure"_s, u"jobs"_s)
        << u"bad.json: figures[2].measure: expected one of \"population\", \"businesses\", \"employment\", "
           "\"employmentChange\", \"earlierEmployment\", \"livingWageWorkers\", \"apprenticeshipStarts\", "
           "got \"jobs\""_s;
    QTest::newRow("derived figure measure not a string")
        << withChange(u"derivedFigures/0/measure"_s, 3)
        << u"bad.json: derivedFigures[0].measure: expected a non-empty string, got 3"_s;
    QTest::newRow("duplicate figure id") << withChange(u"figures/1/id"_s, u"population"_s)
                                         << u"bad.json: figures[1].id: expected an id not used before, "
                                            "got \"population\""_s;
    QTest::newRow("derived figure refers to an unknown id")
        << withChange(u"derivedFigures/0/difference"_s, QJsonArray({u"employment"_s, u"unemployment"_s}))
        << u"bad.json: derivedFigures[0].difference[1]: expected the id of a stated figure, "
           "got \"unemployment\""_s;
    QTest::newRow("derived figure has one operand")
        << withChange(u"derivedFigures/0/difference"_s, QJsonArray({u"employment"_s}))
        << u"bad.json: derivedFigures[0].difference: expected an array of two figure ids, got an array"_s;
    QTest::newRow("derived figure below zero")
        << withChange(u"derivedFigures/0/difference"_s,
                      QJsonArray({u"employment-increase-since-2010"_s, u"employment"_s}))
        << u"bad.json: derivedFigures[0].difference: expected figures whose difference is 0 or more, "
           "got an array"_s;

    // The case study.
    QTest::newRow("case study missing") << without(u"caseStudy"_s)
                                        << u"bad.json: caseStudy: required field is missing; expected an object"_s;
    QTest::newRow("case study refers to an unknown funding line")
        << withChange(u"caseStudy/fundingLine"_s, u"stafford-college"_s)
        << u"bad.json: caseStudy.fundingLine: expected the id of a funding line, got \"stafford-college\""_s;
    QTest::newRow("opened month 13") << withChange(u"caseStudy/opened"_s, u"2017-13"_s)
                                     << u"bad.json: caseStudy.opened: expected a month as \"YYYY-MM\", "
                                        "got \"2017-13\""_s;
    QTest::newRow("opened with a day") << withChange(u"caseStudy/opened"_s, u"2017-09-15"_s)
                                       << u"bad.json: caseStudy.opened: expected a month as \"YYYY-MM\", "
                                          "got \"2017-09-15\""_s;
    QTest::newRow("opened in words") << withChange(u"caseStudy/opened"_s, u"September 2017"_s)
                                     << u"bad.json: caseStudy.opened: expected a month as \"YYYY-MM\", "
                                        "got \"September 2017\""_s;
    QTest::newRow("level 9") << withChange(u"caseStudy/levels"_s, QJsonArray({3, 4, 9}))
                             << u"bad.json: caseStudy.levels[2]: expected a qualification level from 1 to 8, "
                                "got 9"_s;
    QTest::newRow("level 0") << withChange(u"caseStudy/levels"_s, QJsonArray({0}))
                             << u"bad.json: caseStudy.levels[0]: expected a qualification level from 1 to 8, "
                                "got 0"_s;
    QTest::newRow("facility without a name") << without(u"caseStudy/facilities/1/name"_s)
                                             << u"bad.json: caseStudy.facilities[1].name: required field is "
                                                "missing; expected a non-empty string"_s;

    // Links.
    QTest::newRow("link without a url") << without(u"links/0/url"_s)
                                        << u"bad.json: links[0].url: required field is missing; "
                                           "expected a non-empty string"_s;
}

void TestFactsheetLoader::rejectsBadDocument_data()
{
    addBadDocuments();
}

void TestFactsheetLoader::rejectsBadDocument()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, expected);

    const FactsheetLoadResult result = FactsheetLoader::loadData(document, u"bad.json"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().file, u"bad.json"_s);
    QCOMPARE(result.error().text(), expected);
}

void TestFactsheetLoader::missingFileNamesItsPath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"missing.json"_s);

    const FactsheetLoadResult result = FactsheetLoader::loadFile(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().file, path);
    QCOMPARE(result.error().text(), path + u": cannot be opened: No such file or directory"_s);
}

void TestFactsheetLoader::modelKeepsFactsheetOnError_data()
{
    addBadDocuments();
}

void TestFactsheetLoader::modelKeepsFactsheetOnError()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, expected);

    FactsheetModel model;
    QVERIFY(!model.loadFile(FactsheetLoader::embeddedPath()));
    const QStringList before = dump(model);
    QCOMPARE(before.size(), 1 + 5 + 7 + 1);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"bad.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(document), document.size());
    file.close();

    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const std::optional<LoadError> error = model.loadFile(path);
    QVERIFY(error);
    // The same message, naming the file by the path it was opened with.
    QCOMPARE(error->text(), path + expected.mid(QStringLiteral("bad.json").size()));
    QCOMPARE(aboutToReset.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(dump(model), before);
}

void TestFactsheetLoader::modelLoadsGoodFileWithOneReset()
{
    FactsheetModel model;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"good.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray document = withChange(u"fundingLines/0/title"_s, u"Cobra Biologics Ltd"_s);
    QCOMPARE(file.write(document), document.size());
    file.close();

    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const std::optional<LoadError> error = model.loadFile(path);
    QVERIFY2(!error, error ? qPrintable(error->text()) : "");
    QCOMPARE(aboutToReset.count(), 1);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 13);
    QCOMPARE(model.index(0, FactsheetModel::TitleColumn).data().toString(), u"Cobra Biologics Ltd"_s);
}

void TestFactsheetLoader::init()
{
    TestOutput::watch();
}

QTEST_GUILESS_MAIN(TestFactsheetLoader)
#include "tst_factsheetloader.moc"
