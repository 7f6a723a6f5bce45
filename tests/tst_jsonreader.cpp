// A bad document is refused as a whole, with a message that names the file, the place and what
// was wrong; the model of a document that tries to open it keeps what it had.
#include "factsheetdocument.h"
#include "factsheetdump.h"
#include "factsheetmodel.h"
#include "modeldump.h"
#include "readers/factsheetreader.h"
#include "readers/json/jsonreader.h"
#include "readers/json/unknownmembers.h"
#include "readers/readerrules.h"
#include "testoutput.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

using namespace Qt::StringLiterals;

namespace {

QJsonObject embeddedObject()
{
    QFile file(FactsheetReader::embeddedPath());
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

// The embedded factsheet with the value at `path` written as `json`, as it stands: for numbers as
// Qt would never write them (1e-400, 2.8e6) and for values too large to build as a QJsonValue.
QByteArray withRawValue(const QString &path, const QByteArray &json)
{
    const QByteArray marker = "\"raw value marker\"";
    QByteArray document = withChange(path, u"raw value marker"_s);
    return document.replace(marker, json);
}

// `count` qualification levels, all level 3, as a JSON array.
QByteArray levelsArray(int count)
{
    QByteArray array = "[3";
    array.reserve(2 * count + 1);
    for (int i = 1; i < count; ++i)
        array += ",3";
    return array + "]";
}

// `count` local lines of `amount` pounds each, with unique ids, in place of the embedded ones.
QByteArray withLocalLines(int count, qint64 amount)
{
    const QJsonObject first = embeddedObject().value(u"fundingLines"_s).toArray().at(0).toObject();
    QJsonArray lines;
    for (int i = 0; i < count; ++i) {
        QJsonObject line = first;
        line.insert(u"id"_s, u"line-%1"_s.arg(i));
        line.insert(u"amount"_s, static_cast<double>(amount));
        line.remove(u"quote"_s);
        lines.append(line);
    }
    return withChange(u"fundingLines"_s, lines);
}

// The embedded factsheet with one more funding line, of `amount` pounds, in `scope`.
QByteArray withExtraLine(qint64 amount, const QString &scope)
{
    QJsonArray lines = embeddedObject().value(u"fundingLines"_s).toArray();
    QJsonObject line = lines.at(0).toObject();
    line.insert(u"id"_s, u"extra"_s);
    line.insert(u"amount"_s, static_cast<double>(amount));
    line.insert(u"scope"_s, scope);
    line.remove(u"quote"_s);
    lines.append(line);
    return withChange(u"fundingLines"_s, lines);
}

// The embedded factsheet as a version 2 document with `changes` (paths as for withChange()).
QByteArray asVersion2(const QList<std::pair<QString, QJsonValue>> &changes)
{
    QJsonValue document = replaced(embeddedObject(), {u"formatVersion"_s}, 2);
    for (const auto &[path, value] : changes)
        document = replaced(document, path.split(u'/'), value);
    return QJsonDocument(document.toObject()).toJson();
}

const QJsonValue removed(QJsonValue::Undefined);

// The embedded factsheet with 40,000 lines, copies of its first ("copy-0" at fundingLines[5], and
// on), with `changes` made to them: several problems far apart, and only the first is said.
QByteArray largeWith(const QList<std::tuple<int, QString, QJsonValue>> &changes)
{
    QJsonObject root = embeddedObject();
    QJsonArray lines = root.value(u"fundingLines"_s).toArray();
    const QJsonObject first = lines.at(0).toObject();
    for (int i = 0; lines.size() < 40000; ++i) {
        QJsonObject line = first;
        line.insert(u"id"_s, u"copy-%1"_s.arg(i));
        line.remove(u"quote"_s);
        lines.append(line);
    }
    for (const auto &[index, field, value] : changes) {
        QJsonObject line = lines.at(index).toObject();
        line.insert(field, value);
        lines.replace(index, line);
    }
    root.insert(u"fundingLines"_s, lines);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

const QString cobraSource = u"£2.6m to Cobra Biologics to develop cell and gene therapy products that can improve and "
                            "even save lives, including helping turn scientific discoveries into medicines ready for "
                            "patients."_s;

} // namespace

class TestJsonReader final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void initTestCase();

    void unmodifiedDocumentLoads();
    void largeDocumentSaysItsFirstProblem_data();
    void largeDocumentSaysItsFirstProblem();
    void everyCategoryListedHoweverMany_data();
    void everyCategoryListedHoweverMany();
    void embeddedFileLoads();
    void skipsUnknownMembers_data();
    void skipsUnknownMembers();
    void blanksOnlyUnknownMembers_data();
    void blanksOnlyUnknownMembers();
    void walksOnlyDenseDocuments_data();
    void walksOnlyDenseDocuments();
    void rejectsBadDocument_data();
    void rejectsBadDocument();
    void version2_data();
    void version2();
    void version1KeepsItsRules_data();
    void version1KeepsItsRules();
    void refusesFiftyMegabyteAreaName();
    void acceptsFieldsAtTheirLimits_data();
    void acceptsFieldsAtTheirLimits();
    void missingFileNamesItsPath();
    void modelKeepsFactsheetOnError_data();
    void modelKeepsFactsheetOnError();
    void modelLoadsGoodFileWithOneReset();

private:
    static void addBadDocuments();
};

void TestJsonReader::initTestCase()
{
    QVERIFY(embeddedObject().contains(u"fundingLines"_s));
}

void TestJsonReader::unmodifiedDocumentLoads()
{
    // The bad documents below differ from this one by one change each; it must itself be good.
    const FactsheetLoadResult result
        = JsonReader::read(withChange(u"format"_s, u"factsheet-explorer"_s), u"good.json"_s);
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    QCOMPARE(result.factsheet().fundingLines.size(), size_t(5));
    QCOMPARE(result.factsheet().figures.size(), size_t(7));
}

void TestJsonReader::largeDocumentSaysItsFirstProblem_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("expected"); // empty: it loads

    const QString maximum = u"9007199254740991"_s;
    QTest::newRow("no problem") << largeWith({}) << QString();
    QTest::newRow("an id far back used again")
        << largeWith({{30000, u"id"_s, u"copy-0"_s}})
        << u"big.json: fundingLines[30000].id: expected an id not used before, got \"copy-0\""_s;
    QTest::newRow("an id used on the line before")
        << largeWith({{30000, u"id"_s, u"copy-29999"_s}, {30001, u"id"_s, u"copy-29999"_s}})
        << u"big.json: fundingLines[30001].id: expected an id not used before, got \"copy-29999\""_s;
    QTest::newRow("two problems: the first")
        << largeWith({{100, u"title"_s, 5}, {30000, u"scope"_s, u"regional"_s}})
        << u"big.json: fundingLines[100].title: expected a non-empty string, got 5"_s;
    QTest::newRow("a problem before a repeated id")
        << largeWith({{25000, u"scope"_s, u"regional"_s}, {30000, u"id"_s, u"copy-0"_s}})
        << u"big.json: fundingLines[25000].scope: expected \"local\" or \"national\", got \"regional\""_s;
    QTest::newRow("a repeated id before a problem")
        << largeWith({{25000, u"id"_s, u"copy-0"_s}, {30000, u"scope"_s, u"regional"_s}})
        << u"big.json: fundingLines[25000].id: expected an id not used before, got \"copy-0\""_s;
    QTest::newRow("a repeated id and a problem on one line: the id, read first")
        << largeWith({{30000, u"id"_s, u"copy-0"_s}, {30000, u"title"_s, 7}})
        << u"big.json: fundingLines[30000].id: expected an id not used before, got \"copy-0\""_s;
    // £30,400,000 before it: the embedded lines' £17.4m and five copies of £2.6m.
    QTest::newRow("the local total passed, a problem later")
        << largeWith({{10, u"amount"_s, maximum.toDouble()}, {30000, u"scope"_s, u"regional"_s}})
        << u"big.json: fundingLines[10].amount: expected local amounts that add up to at most "
           "£9,007,199,254,740,991, got a local total of £9,007,199,285,140,991 with this line"_s;
    QTest::newRow("a repeated id and a problem on one line, in the first half: the id")
        << largeWith({{1000, u"id"_s, u"copy-0"_s}, {1000, u"title"_s, 7}})
        << u"big.json: fundingLines[1000].id: expected an id not used before, got \"copy-0\""_s;
    // The lines are read in two halves at once (from line 20,000): what one half finds, and the
    // ids and local total across both, still come out as the first problem in document order.
    QTest::newRow("an id used twice in the second half, and in the first")
        << largeWith({{25000, u"id"_s, u"copy-0"_s}, {30000, u"id"_s, u"copy-0"_s}})
        << u"big.json: fundingLines[25000].id: expected an id not used before, got \"copy-0\""_s;
    QTest::newRow("an id of the second half used again in it")
        << largeWith({{39999, u"id"_s, u"copy-20000"_s}})
        << u"big.json: fundingLines[39999].id: expected an id not used before, got \"copy-20000\""_s;
    // £65,004,400,000 before it: £17.4m and 24,995 copies of £2.6m, most of them in the first half.
    QTest::newRow("the local total passed in the second half, a problem later")
        << largeWith({{25000, u"amount"_s, maximum.toDouble()}, {30000, u"scope"_s, u"regional"_s}})
        << u"big.json: fundingLines[25000].amount: expected local amounts that add up to at most "
           "£9,007,199,254,740,991, got a local total of £9,007,264,259,140,991 with this line"_s;
    QTest::newRow("a problem in the second half before the local total passes")
        << largeWith({{25000, u"scope"_s, u"regional"_s}, {30000, u"amount"_s, maximum.toDouble()}})
        << u"big.json: fundingLines[25000].scope: expected \"local\" or \"national\", got \"regional\""_s;
    QTest::newRow("a problem at the start of the second half")
        << largeWith({{20000, u"title"_s, u""_s}, {19999, u"id"_s, u"copy-0"_s}})
        << u"big.json: fundingLines[19999].id: expected an id not used before, got \"copy-0\""_s;
    // £78,004,400,000 before it: £17.4m and 29,995 copies of £2.6m.
    QTest::newRow("the local total passed far on")
        << largeWith({{30000, u"amount"_s, maximum.toDouble()}})
        << u"big.json: fundingLines[30000].amount: expected local amounts that add up to at most "
           "£9,007,199,254,740,991, got a local total of £9,007,277,259,140,991 with this line"_s;
}

void TestJsonReader::largeDocumentSaysItsFirstProblem()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, expected);
    const FactsheetLoadResult result = JsonReader::read(document, u"big.json"_s);
    QCOMPARE(result.ok() ? QString() : result.error().text(), expected);
    if (result.ok()) {
        QCOMPARE(result.factsheet().fundingLines.size(), size_t(40000));
        QCOMPARE(result.factsheet().fundingLines[39999].id, u"copy-39994"_s);
        // The categories the line readers noted, as a walk through the lines finds them.
        Factsheet walked = result.factsheet();
        walked.indexCategories();
        QCOMPARE(result.factsheet().categories, walked.categories);
        QCOMPARE(walked.categories.size(), 5);
    }
}

void TestJsonReader::everyCategoryListedHoweverMany_data()
{
    QTest::addColumn<int>("lines");
    QTest::addColumn<int>("categories");
    // The line readers note the categories as they read (up to 4,096 each), else they are found
    // by a walk through the lines: either way, each once, in the same order.
    QTest::newRow("a few, one reader") << 100 << 7;
    QTest::newRow("a few, two halves") << 30000 << 7;
    QTest::newRow("more than the readers note") << 30000 << 9000;
}

void TestJsonReader::everyCategoryListedHoweverMany()
{
    QFETCH(int, lines);
    QFETCH(int, categories);
    QJsonObject root = embeddedObject();
    QJsonArray array = root.value(u"fundingLines"_s).toArray(); // the summary's own lines, then copies
    const QJsonObject first = array.at(0).toObject();
    while (array.size() < lines) {
        QJsonObject line = first;
        line.insert(u"id"_s, u"line-%1"_s.arg(array.size()));
        array.append(line);
    }
    for (int i = 0; i < lines; ++i) {
        QJsonObject line = array.at(i).toObject();
        line.insert(u"category"_s, u"Category %1"_s.arg(i % categories));
        array.replace(i, line);
    }
    root.insert(u"fundingLines"_s, array);
    const FactsheetLoadResult result
        = JsonReader::read(QJsonDocument(root).toJson(QJsonDocument::Compact), u"many.json"_s);
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    const QStringList &listed = result.factsheet().categories;
    QCOMPARE(listed.size(), categories);
    QCOMPARE(listed.first(), u"Category 0"_s);
    QCOMPARE(listed.at(1), u"Category 1"_s);
    Factsheet walked = result.factsheet();
    walked.indexCategories();
    QCOMPARE(listed, walked.categories);
}

void TestJsonReader::embeddedFileLoads()
{
    const FactsheetLoadResult result = FactsheetReader::readFile(FactsheetReader::embeddedPath());
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    QCOMPARE(result.factsheet().area.name, u"Stoke-on-Trent & Staffordshire"_s);
}

void TestJsonReader::skipsUnknownMembers_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("expected"); // empty: read as the embedded factsheet

    // A large array, as in the document of issue 18 that once took 13.5 times its size.
    const QByteArray ones = "[" + QByteArray("1,").repeated(100'000) + "1]";
    QTest::newRow("a large array at the top level") << withRawValue(u"zzz"_s, ones) << QString();
    QTest::newRow("in the source") << withRawValue(u"source/zzz"_s, ones) << QString();
    QTest::newRow("in the area") << withRawValue(u"area/zzz"_s, ones) << QString();
    QTest::newRow("in a funding line") << withRawValue(u"fundingLines/3/zzz"_s, ones) << QString();
    QTest::newRow("in a figure") << withRawValue(u"figures/1/zzz"_s, ones) << QString();
    QTest::newRow("in the case study") << withRawValue(u"caseStudy/zzz"_s, ones) << QString();
    QTest::newRow("in a facility") << withRawValue(u"caseStudy/facilities/0/zzz"_s, ones) << QString();
    QTest::newRow("in a link") << withRawValue(u"links/0/zzz"_s, ones) << QString();
    QTest::newRow("objects, strings with escapes, literals")
        << withRawValue(u"zzz"_s, R"({"a": [{"b": "\u00e9\n\"", "c": [true, false, null, -0.5e-3]}], "d": {}})")
        << QString();
    QTest::newRow("the format's names inside an unknown member")
        << withRawValue(u"zzz"_s, R"({"fundingLines": [1, 2], "format": 3})") << QString();
    QTest::newRow("an integer beyond 64 bits") << withRawValue(u"zzz"_s, "123456789012345678901234567890") << QString();
    QTest::newRow("an escaped lone surrogate") << withRawValue(u"zzz"_s, R"("\ud800")") << QString();
    // What is not JSON is refused as before, wherever it is.
    QTest::newRow("malformed JSON in an unknown member")
        << withRawValue(u"zzz"_s, "[1,,2]") << u"bad.json: line 191, column 16: malformed JSON: illegal value"_s;
    QTest::newRow("a number beyond a double in an unknown member")
        << withRawValue(u"zzz"_s, "1e400") << u"bad.json: line 191, column 17: malformed JSON: illegal number"_s;
    // What the reader refuses whatever it holds is refused as before, without being built.
    QTest::newRow("a title holding 100,000 values")
        << withRawValue(u"fundingLines/3/title"_s, ones)
        << u"bad.json: fundingLines[3].title: expected a non-empty string, got an array"_s;
    QTest::newRow("funding lines of 100,000 numbers")
        << withRawValue(u"fundingLines"_s, ones) << u"bad.json: fundingLines[0]: expected an object, got 1"_s;
    QTest::newRow("100,000 numbers after a figure")
        << withRawValue(u"figures"_s, "[{}, " + ones.mid(1))
        << u"bad.json: figures[0].id: required field is missing; expected a non-empty string"_s;
    // What the reader reads is still checked.
    QTest::newRow("a known member beside an unknown one")
        << withRawValue(u"fundingLines/3/zzz"_s, ones).replace("\"local\"", "\"regional\"")
        << u"bad.json: fundingLines[0].scope: expected \"local\" or \"national\", got \"regional\""_s;
}

void TestJsonReader::skipsUnknownMembers()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, expected);

    const FactsheetLoadResult embedded = FactsheetReader::readFile(FactsheetReader::embeddedPath());
    QVERIFY(embedded.ok());
    const FactsheetLoadResult result = JsonReader::read(document, u"bad.json"_s);
    QCOMPARE(result.ok() ? QString() : result.error().text(), expected);
    if (result.ok())
        QCOMPARE(dumpFactsheet(result.factsheet()), dumpFactsheet(embedded.factsheet()));
}

void TestJsonReader::blanksOnlyUnknownMembers_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<int>("blanked");

    QTest::newRow("a member at the top level") << R"({"format":"f","zzz":[1,{"a":"b"}],"formatVersion":2})"_ba
                                               << R"({"format":"f","zzz":0            ,"formatVersion":2})"_ba << 1;
    QTest::newRow("in each object the format names")
        << R"({"source":{"title":"t","x":1},"fundingLines":[{"id":"a","y":"zz"}],"caseStudy":{"facilities":[{"w":[]}]}})"_ba
        << R"({"source":{"title":"t","x":0},"fundingLines":[{"id":"a","y":0   }],"caseStudy":{"facilities":[{"w":0 }]}})"_ba
        << 3;
    QTest::newRow("white space around, line ends kept") << "{ \"zzz\" : [1,\r\n2] }\n"_ba
                                                        << "{ \"zzz\" : 0  \r\n   }\n"_ba << 1;
    QTest::newRow("the format's names inside an unknown member") << R"({"zzz":{"fundingLines":[1]}})"_ba
                                                                 << R"({"zzz":0                   })"_ba << 1;
    QTest::newRow("999 arrays deep in the object: 1,000 in all")
        << "{\"zzz\":" + QByteArray(999, '[') + QByteArray(999, ']') + "}"
        << "{\"zzz\":0" + QByteArray(2 * 999 - 1, ' ') + "}" << 1;
    // What the reader refuses whatever it holds.
    QTest::newRow("an array where text belongs: emptied") << R"({"format":[1,[2]]})"_ba
                                                          << R"({"format":[]     })"_ba << 1;
    QTest::newRow("an object where an array of objects belongs: emptied") << R"({"fundingLines":{"a":1}})"_ba
                                                                          << R"({"fundingLines":{}     })"_ba << 1;
    QTest::newRow("an array of objects: what follows its first element that is not one")
        << R"({"figures":[{"id":"a"},1,{"id":"b"},2]})"_ba
        << R"({"figures":[{"id":"a"},1             ]})"_ba << 1;
    QTest::newRow("an array of objects: its first array element emptied") << R"({"links":[[1,2],3]})"_ba
                                                                          << R"({"links":[[]     ]})"_ba << 2;
    QTest::newRow("levels as they are: the reader says how many")
        << R"({"caseStudy":{"levels":[1,2,3,4,5,6,7,8,9]}})"_ba
        << R"({"caseStudy":{"levels":[1,2,3,4,5,6,7,8,9]}})"_ba << 0;
    // Left exactly as they are, for the parser to refuse or read.
    QTest::newRow("nothing unknown") << R"({"format":"f","source":{"title":"t"}})"_ba
                                     << R"({"format":"f","source":{"title":"t"}})"_ba << 0;
    QTest::newRow("a key with an escape") << R"({"\u007a":[1]})"_ba
                                          << R"({"\u007a":[1]})"_ba << 0;
    QTest::newRow("not an object") << R"([{"zzz":1}])"_ba
                                   << R"([{"zzz":1}])"_ba << 0;
    QTest::newRow("not JSON: two commas") << R"({"zzz":[1,,2]})"_ba
                                          << R"({"zzz":[1,,2]})"_ba << 0;
    QTest::newRow("not JSON: text after it") << R"({"zzz":1} x)"_ba
                                             << R"({"zzz":1} x)"_ba << 0;
    QTest::newRow("not JSON: a tab in a string") << "{\"zzz\":\"a\tb\"}"_ba
                                                 << "{\"zzz\":\"a\tb\"}"_ba << 0;
    QTest::newRow("not JSON: a bad escape") << R"({"zzz":"\x"})"_ba
                                            << R"({"zzz":"\x"})"_ba << 0;
    QTest::newRow("not UTF-8") << "{\"zzz\":\"\xff\"}"_ba
                               << "{\"zzz\":\"\xff\"}"_ba << 0;
    QTest::newRow("beyond a double") << R"({"zzz":1e400})"_ba
                                     << R"({"zzz":1e400})"_ba << 0;
    QTest::newRow("1,000 arrays deep in the object: 1,001 in all")
        << "{\"zzz\":" + QByteArray(1000, '[') + QByteArray(1000, ']') + "}"
        << "{\"zzz\":" + QByteArray(1000, '[') + QByteArray(1000, ']') + "}" << 0;
}

void TestJsonReader::blanksOnlyUnknownMembers()
{
    QFETCH(QByteArray, document);
    QFETCH(QByteArray, expected);
    QFETCH(int, blanked);

    const QByteArray original(document.constData(), document.size()); // a copy of its own
    QByteArray bytes = document;                                      // shares document's
    QCOMPARE(JsonReader::blankUnknownMembers(bytes), blanked);
    QCOMPARE(bytes, expected);
    QCOMPARE(document, original); // written only once copied
}

void TestJsonReader::walksOnlyDenseDocuments_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<bool>("dense");

    QFile embedded(FactsheetReader::embeddedPath());
    QVERIFY(embedded.open(QIODevice::ReadOnly));
    const QByteArray indented = embedded.readAll();
    QTest::newRow("the embedded factsheet, indented") << indented << false;
    QTest::newRow("the embedded factsheet, compact")
        << QJsonDocument::fromJson(indented).toJson(QJsonDocument::Compact) << false;
    QTest::newRow("100,000 values in an unknown member")
        << withRawValue(u"zzz"_s, "[" + QByteArray("1,").repeated(100'000) + "1]") << true;
    QTest::newRow("a value in every 17 bytes")
        << "[" + (QByteArray("1,") + QByteArray(15, ' ')).repeated(100'000) + "1]" << false;
    QTest::newRow("a value in every 15 bytes")
        << "[" + (QByteArray("1,") + QByteArray(13, ' ')).repeated(100'000) + "1]" << true;
    // Counted a MiB at a time: a dense part is not hidden by white space elsewhere.
    QTest::newRow("10 MiB of white space, then 100 KB of values")
        << QByteArray(10 << 20, ' ') + "[" + QByteArray("1,").repeated(50'000) + "1]" << true;
}

void TestJsonReader::walksOnlyDenseDocuments()
{
    QFETCH(QByteArray, document);
    QFETCH(bool, dense);

    QCOMPARE(JsonReader::isDense(document), dense);
}

void TestJsonReader::addBadDocuments()
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
        << withChange(u"formatVersion"_s, 3) << u"bad.json: formatVersion: expected format version 1 or 2, got 3"_s;
    QTest::newRow("formatVersion as text") << withChange(u"formatVersion"_s, u"1"_s)
                                           << u"bad.json: formatVersion: expected format version 1 or 2, got \"1\""_s;
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
    // A double is no help: 1e-400 is read as 0, 2.8e6 and 2800000.0 as the amount they mean.
    const QString notDigits = u"bad.json: fundingLines[2].amount: expected a whole number of pounds (0 or more), "
                              "got a number with a fraction or an exponent"_s;
    QTest::newRow("amount 1e-400, read as 0 by a double")
        << withRawValue(u"fundingLines/2/amount"_s, "1e-400") << notDigits;
    QTest::newRow("amount with an exponent") << withRawValue(u"fundingLines/2/amount"_s, "2.8e6") << notDigits;
    QTest::newRow("amount with a fraction of 0") << withRawValue(u"fundingLines/2/amount"_s, "2800000.0") << notDigits;
    QTest::newRow("figure value with an exponent")
        << withRawValue(u"figures/0/value"_s, "1.1262e6")
        << u"bad.json: figures[0].value: expected a whole number (0 or more), got a number with a fraction or an "
           "exponent"_s;
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
    // The month of publication, strictly so too.
    for (const QString &published : {u"December 2018"_s, u"2018-13"_s, u"2018"_s, u"2018-12-05"_s}) {
        QTest::addRow("published \"%s\"", qPrintable(published))
            << withChange(u"source/published"_s, published)
            << u"bad.json: source.published: expected a month as \"YYYY-MM\", got \"%1\""_s.arg(published);
    }
    QTest::newRow("nine levels") << withRawValue(u"caseStudy/levels"_s, "[1,2,3,4,5,6,7,8,3]")
                                 << u"bad.json: caseStudy.levels: expected at most 8 qualification levels, "
                                    "got 9 levels"_s;
    QTest::newRow("three million levels")
        << withRawValue(u"caseStudy/levels"_s, levelsArray(3'000'000))
        << u"bad.json: caseStudy.levels: expected at most 8 qualification levels, got 3,000,000 levels"_s;
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

    // Lengths: every field at most 10,000 characters, the case study's text at most 100,000.
    QTest::newRow("area name over 10,000 characters")
        << withChange(u"area/name"_s, QString(10001, u'x'))
        << u"bad.json: area.name: expected text of at most 10,000 characters, got 10,001 characters"_s;
    QTest::newRow("funding line title over 10,000 characters")
        << withChange(u"fundingLines/3/title"_s, QString(20000, u' '))
        << u"bad.json: fundingLines[3].title: expected text of at most 10,000 characters, got 20,000 characters"_s;
    QTest::newRow("source sentence over 10,000 characters")
        << withChange(u"figures/1/source"_s, u"46,190 "_s + QString(10000, u'b'))
        << u"bad.json: figures[1].source: expected text of at most 10,000 characters, got 10,007 characters"_s;
    QTest::newRow("case study text over 100,000 characters")
        << withChange(u"caseStudy/text"_s, QString(100001, u't'))
        << u"bad.json: caseStudy.text: expected text of at most 100,000 characters, got 100,001 characters"_s;

    // Control characters: none in a name, title or sentence; tab and line feed in the case study's text.
    QTest::newRow("NUL in the area name")
        << withChange(u"area/name"_s, u"Stoke-on-Trent\u0000"_s)
        << u"bad.json: area.name: expected text without control characters, got \"Stoke-on-Trent<U+0000>\""_s;
    QTest::newRow("bell in a funding line title")
        << withChange(u"fundingLines/0/title"_s, u"Cobra\u0007Biologics"_s)
        << u"bad.json: fundingLines[0].title: expected text without control characters, got "
           "\"Cobra<U+0007>Biologics\""_s;
    QTest::newRow("tab in a title")
        << withChange(u"caseStudy/title"_s, u"Stafford\tCollege"_s)
        << u"bad.json: caseStudy.title: expected text without control characters, got \"Stafford<U+0009>College\""_s;
    QTest::newRow("line feed in the partnership")
        << withChange(u"area/partnership"_s, u"Stoke-on-Trent and Staffordshire\nLocal Enterprise Partnership"_s)
        << u"bad.json: area.partnership: expected text without control characters, got \"Stoke-on-Trent and "
           "Staffordshire<U+000A>Local Enterprise Partner...\""_s;
    QTest::newRow("DEL in a category")
        << withChange(u"fundingLines/1/category"_s, u"Housing\u007f"_s)
        << u"bad.json: fundingLines[1].category: expected text without control characters, got \"Housing<U+007F>\""_s;
    QTest::newRow("carriage return in a figure label")
        << withChange(u"figures/0/label"_s, u"Population\r"_s)
        << u"bad.json: figures[0].label: expected text without control characters, got \"Population<U+000D>\""_s;
    QTest::newRow("escape late in a long sentence: shown where it is")
        << withChange(u"fundingLines/0/source"_s, QString(cobraSource).insert(120, QChar(0x1b)))
        << u"bad.json: fundingLines[0].source: expected text without control characters, got \"...save lives, "
           "including helpi<U+001B>ng turn scientific discove...\""_s;
    QTest::newRow("vertical tab in the case study text")
        << withChange(u"caseStudy/text"_s, u"One paragraph.\n\nAnother\u000b one."_s)
        << u"bad.json: caseStudy.text: expected text without control characters other than tab and line feed, "
           "got \"One paragraph.<U+000A><U+000A>Another<U+000B> one.\""_s;

    // The local total: at most 2^53 - 1 pounds, so no total shown can overflow. 1,100 lines at the
    // largest amount once showed a negative total; now the second one is refused.
    QTest::newRow("1,100 local lines at the largest amount")
        << withLocalLines(1100, ReaderRules::largestWhole)
        << u"bad.json: fundingLines[1].amount: expected local amounts that add up to at most "
           "£9,007,199,254,740,991, got a local total of £18,014,398,509,481,982 with this line"_s;
    QTest::newRow("local total passes 2^53 - 1 at the last line")
        << withExtraLine(ReaderRules::largestWhole - 17399999, u"local"_s)
        << u"bad.json: fundingLines[5].amount: expected local amounts that add up to at most "
           "£9,007,199,254,740,991, got a local total of £9,007,199,254,740,992 with this line"_s;
}

void TestJsonReader::rejectsBadDocument_data()
{
    addBadDocuments();
}

void TestJsonReader::rejectsBadDocument()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, expected);

    const FactsheetLoadResult result = JsonReader::read(document, u"bad.json"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().file, u"bad.json"_s);
    QCOMPARE(result.error().text(), expected);
}

void TestJsonReader::version2_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("expected"); // the error, or what was read: "ok: ..."

    QTest::newRow("the embedded factsheet as version 2") << asVersion2({}) << u"ok: 5 lines, 7 figures, case study"_s;
    QTest::newRow("no case study") << asVersion2({{u"caseStudy"_s, removed}, {u"fundingLines/3/caseStudy"_s, removed}})
                                   << u"ok: 5 lines, 7 figures, no case study"_s;
    QTest::newRow("a line without an amount")
        << asVersion2({{u"fundingLines/2/amount"_s, removed}, {u"fundingLines/2/quote"_s, removed}})
        << u"ok: 5 lines, 7 figures, case study; bericote-four-ashes: amount not stated"_s;
    QTest::newRow("a line whose amount is null")
        << asVersion2({{u"fundingLines/2/amount"_s, QJsonValue()}, {u"fundingLines/2/quote"_s, removed}})
        << u"ok: 5 lines, 7 figures, case study; bericote-four-ashes: amount not stated"_s;
    QTest::newRow("a decrease")
        << asVersion2({{u"figures/3/value"_s, -35800}})
        << u"ok: 5 lines, 7 figures, case study; employment-2010: 548,800 (people in employment) + 35,800 (the "
           "decrease: increase in employment since 2010) = 584,600"_s;
    QTest::newRow("opened in a year") << asVersion2({{u"caseStudy/opened"_s, u"2017"_s}})
                                      << u"ok: 5 lines, 7 figures, case study; opened 2017"_s;
    QTest::newRow("no partnership") << asVersion2({{u"area/partnership"_s, removed}})
                                    << u"ok: 5 lines, 7 figures, case study; no partnership"_s;
    QTest::newRow("notes") << asVersion2(
        {{u"notes"_s,
          QJsonArray {QJsonObject {{u"text"_s, u"Thanks."_s}, {u"line"_s, 31}, {u"reason"_s, u"unplaced"_s}}}}})
                           << u"ok: 5 lines, 7 figures, case study; note line 31: unplaced: Thanks."_s;

    QTest::newRow("a quote without an amount")
        << asVersion2({{u"fundingLines/2/amount"_s, removed}})
        << u"bad.json: fundingLines[2].quote: expected no quote for a line without an amount, got \"£2.8m\""_s;
    QTest::newRow("a negative count") << asVersion2({{u"figures/0/value"_s, -1}})
                                      << u"bad.json: figures[0].value: expected a whole number (0 or more), got -1"_s;
    QTest::newRow("a decrease that is not its quote")
        << asVersion2({{u"figures/3/value"_s, -35801}})
        << u"bad.json: figures[3].value: expected 35800, the value of its quote \"35,800\", got -35801"_s;
    QTest::newRow("a note's line below 0")
        << asVersion2(
               {{u"notes"_s, QJsonArray {QJsonObject {{u"text"_s, u"T"_s}, {u"line"_s, -1}, {u"reason"_s, u"R"_s}}}}})
        << u"bad.json: notes[0].line: expected a line number (0 when not known), got -1"_s;
    QTest::newRow("a note without its reason")
        << asVersion2({{u"notes"_s, QJsonArray {QJsonObject {{u"text"_s, u"T"_s}, {u"line"_s, 1}}}}})
        << u"bad.json: notes[0].reason: required field is missing; expected a non-empty string"_s;
    QTest::newRow("a case study line without the case study")
        << asVersion2({{u"caseStudy"_s, removed}})
        << u"bad.json: fundingLines[3].caseStudy: expected the id of the case study, got \"stafford-college-stc\""_s;
    QTest::newRow("opened in no year") << asVersion2({{u"caseStudy/opened"_s, u"17"_s}})
                                       << u"bad.json: caseStudy.opened: expected a month as \"YYYY-MM\" or a year as "
                                          "\"YYYY\", got \"17\""_s;
}

// What a read factsheet says, in short, for version2()'s rows.
QString shortly(const Factsheet &sheet)
{
    QStringList parts {u"ok: %1 lines, %2 figures, %3"_s.arg(sheet.fundingLines.size())
                           .arg(sheet.figures.size())
                           .arg(sheet.hasCaseStudy() ? u"case study"_s : u"no case study"_s)};
    for (const FundingLine &line : sheet.fundingLines) {
        if (!line.hasAmount)
            parts << line.id + u": amount not stated"_s;
    }
    const Figure *then = sheet.figure(u"employment-2010"_s);
    if (then && then->value != 513000)
        parts << u"employment-2010: "_s + then->derivation;
    if (sheet.caseStudy.openedYearOnly)
        parts << u"opened %1"_s.arg(sheet.caseStudy.opened.year());
    if (sheet.area.partnership.isEmpty())
        parts << u"no partnership"_s;
    for (const Note &note : sheet.notes)
        parts << u"note line %1: %2: %3"_s.arg(note.line).arg(note.reason, note.text);
    return parts.join(u"; "_s);
}

void TestJsonReader::version2()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, expected);

    const FactsheetLoadResult result = JsonReader::read(document, u"bad.json"_s);
    QCOMPARE(result.ok() ? shortly(result.factsheet()) : result.error().text(), expected);
    if (!result.ok())
        return;
    FactsheetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFactsheet(result.factsheet());
}

void TestJsonReader::version1KeepsItsRules_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("expected");

    // What version 2 allows, version 1 still refuses.
    QTest::newRow("no case study") << without(u"caseStudy"_s)
                                   << u"bad.json: caseStudy: required field is missing; expected an object"_s;
    QTest::newRow("no amount") << without(u"fundingLines/2/amount"_s)
                               << u"bad.json: fundingLines[2].amount: required field is missing; expected a whole "
                                  "number of pounds (0 or more)"_s;
    QTest::newRow("no partnership") << without(u"area/partnership"_s)
                                    << u"bad.json: area.partnership: required field is missing; expected a non-empty "
                                       "string"_s;
    QTest::newRow("a decrease") << withChange(u"figures/3/value"_s, -35800)
                                << u"bad.json: figures[3].value: expected a whole number (0 or more), got -35800"_s;
    QTest::newRow("opened in a year") << withChange(u"caseStudy/opened"_s, u"2017"_s)
                                      << u"bad.json: caseStudy.opened: expected a month as \"YYYY-MM\", got \"2017\""_s;
}

void TestJsonReader::version1KeepsItsRules()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, expected);

    const FactsheetLoadResult result = JsonReader::read(document, u"bad.json"_s);
    QCOMPARE(result.ok() ? u"read"_s : result.error().text(), expected);
}

void TestJsonReader::refusesFiftyMegabyteAreaName()
{
    // Shown, a name this long froze the window; read, it is refused before it reaches a view.
    const FactsheetLoadResult result
        = FactsheetReader::readData(withChange(u"area/name"_s, QString(50'000'000, u'x')), u"huge.json"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().text(),
             u"huge.json: area.name: expected text of at most 10,000 characters, got 50,000,000 characters"_s);
}

void TestJsonReader::acceptsFieldsAtTheirLimits_data()
{
    QTest::addColumn<QByteArray>("document");

    QTest::newRow("area name of 10,000 characters") << withChange(u"area/name"_s, QString(10000, u'x'));
    QTest::newRow("case study text of 100,000 characters, with tabs and line feeds")
        << withChange(u"caseStudy/text"_s, QString(99998, u't') + u"\t\n"_s);
    QTest::newRow("no-break space in a title") << withChange(u"fundingLines/0/title"_s, u"Cobra\u00a0Biologics"_s);
    QTest::newRow("eight levels") << withRawValue(u"caseStudy/levels"_s, "[1,2,3,4,5,6,7,8]");
    QTest::newRow("local total of exactly 2^53 - 1") << withExtraLine(ReaderRules::largestWhole - 17400000, u"local"_s);
    QTest::newRow("national lines are not in the local total")
        << withExtraLine(ReaderRules::largestWhole, u"national"_s);
}

void TestJsonReader::acceptsFieldsAtTheirLimits()
{
    QFETCH(QByteArray, document);

    const FactsheetLoadResult result = JsonReader::read(document, u"good.json"_s);
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
}

void TestJsonReader::missingFileNamesItsPath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"missing.json"_s);

    const FactsheetLoadResult result = FactsheetReader::readFile(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().file, path);
    QCOMPARE(result.error().text(), path + u": cannot be opened: No such file or directory"_s);
}

void TestJsonReader::modelKeepsFactsheetOnError_data()
{
    addBadDocuments();
}

void TestJsonReader::modelKeepsFactsheetOnError()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, expected);

    FactsheetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    FactsheetDocument factsheetDocument(&model);
    QVERIFY(!factsheetDocument.open(FactsheetReader::embeddedPath()));
    const QStringList before = dumpModel(model);
    QCOMPARE(before.size(), 1 + 5 + 7 + 5 + 1); // header, lines, figures, the model's derived ratios, case study

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"bad.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(document), document.size());
    file.close();

    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy loaded(&factsheetDocument, &FactsheetDocument::loaded);
    const std::optional<LoadError> error = factsheetDocument.open(path);
    QVERIFY(error);
    // The same message, naming the file by the path it was opened with.
    QCOMPARE(error->text(), path + expected.mid(QStringLiteral("bad.json").size()));
    QCOMPARE(aboutToReset.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(dumpModel(model), before);
    QCOMPARE(factsheetDocument.path(), FactsheetReader::embeddedPath());
}

void TestJsonReader::modelLoadsGoodFileWithOneReset()
{
    FactsheetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    FactsheetDocument document(&model);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"good.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray json = withChange(u"fundingLines/0/title"_s, u"Cobra Biologics Ltd"_s);
    QCOMPARE(file.write(json), json.size());
    file.close();

    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const std::optional<LoadError> error = document.open(path);
    QVERIFY2(!error, error ? qPrintable(error->text()) : "");
    QCOMPARE(aboutToReset.count(), 1);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 18);
    QCOMPARE(model.index(0, FactsheetModel::TitleColumn).data().toString(), u"Cobra Biologics Ltd"_s);
}

void TestJsonReader::init()
{
    TestOutput::watch();
}

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
