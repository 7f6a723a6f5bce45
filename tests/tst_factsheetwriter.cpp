// Saving a factsheet as JSON (format version 2): whatever it was read from, the document reads back
// to the same factsheet, notes and all; the shipped summary's text saved gives exactly the embedded
// document's figures; a file that cannot be written says so and leaves nothing behind.
#include "embeddedfactsheet.h"
#include "factsheetdump.h"
#include "factsheetmodel.h"
#include "readers/factsheetreader.h"
#include "readers/factsheetwriter.h"
#include "readers/json/jsonreader.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString shippedText = u":/factsheet/source/stoke-on-trent-and-staffordshire.txt"_s;

Factsheet read(const QString &path)
{
    FactsheetLoadResult result = FactsheetReader::readFile(path);
    if (!result.ok())
        qFatal("%s", qPrintable(result.error().text()));
    return result.takeFactsheet();
}

QJsonObject savedObject(const Factsheet &sheet)
{
    return QJsonDocument::fromJson(FactsheetWriter::toJson(sheet)).object();
}

QString dataFile(const QString &name)
{
    return QFINDTESTDATA(u"data/"_s + name);
}

} // namespace

class TestFactsheetWriter final : public QObject
{
    Q_OBJECT

private slots:
    void readsBackTheSame_data();
    void readsBackTheSame();
    void shippedTextSavedGivesTheEmbeddedFigures();
    void writesVersion2();
    void savesWholeOrNotAtAll();
};

void TestFactsheetWriter::readsBackTheSame_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("the embedded JSON") << FactsheetReader::embeddedPath();
    QTest::newRow("the shipped text") << shippedText;
    const QDir dir(QFINDTESTDATA(u"data"_s));
    for (const QString &name : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestFactsheetWriter::readsBackTheSame()
{
    QFETCH(QString, path);

    const Factsheet original = read(path);
    const FactsheetLoadResult again = JsonReader::read(FactsheetWriter::toJson(original), u"saved.json"_s);
    QVERIFY2(again.ok(), qPrintable(again.error().text()));
    QCOMPARE(dumpFactsheet(again.factsheet()), dumpFactsheet(original));
    const SourceInfo &info = again.factsheet().sourceInfo;
    QCOMPARE(info.title, original.sourceInfo.title);
    QCOMPARE(info.publisher, original.sourceInfo.publisher);
    QCOMPARE(info.published, original.sourceInfo.published);
    QCOMPARE(info.copyright, original.sourceInfo.copyright);
    QCOMPARE(info.licence, original.sourceInfo.licence);
    QCOMPARE(info.textResource, original.sourceInfo.textResource);
    QCOMPARE(again.factsheet().categories, original.categories);

    FactsheetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFactsheet(again.factsheet());
}

void TestFactsheetWriter::shippedTextSavedGivesTheEmbeddedFigures()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"saved.json"_s);
    QCOMPARE(FactsheetWriter::save(read(shippedText), path), std::nullopt);
    const Factsheet saved = read(path);
    const Factsheet embedded = embeddedFactsheet();

    QCOMPARE(saved.figures.size(), embedded.figures.size());
    for (size_t i = 0; i < embedded.figures.size(); ++i) {
        const Figure &expected = embedded.figures[i];
        const Figure &actual = saved.figures[i];
        QCOMPARE(actual.id, expected.id);
        QCOMPARE(actual.label, expected.label);
        QCOMPARE(actual.shortLabel, expected.shortLabel);
        QCOMPARE(actual.unit, expected.unit);
        QCOMPARE(actual.measure, expected.measure);
        QCOMPARE(actual.value, expected.value);
        QCOMPARE(actual.quote, expected.quote);
        QCOMPARE(actual.source, expected.source);
        QCOMPARE(actual.derived, expected.derived);
        QCOMPARE(actual.derivation, expected.derivation);
        QCOMPARE(actual.difference, expected.difference);
    }
    QCOMPARE(saved.fundingLines.size(), embedded.fundingLines.size());
    for (size_t i = 0; i < embedded.fundingLines.size(); ++i) {
        QCOMPARE(saved.fundingLines[i].amount, embedded.fundingLines[i].amount);
        QCOMPARE(saved.fundingLines[i].amountQualifier, embedded.fundingLines[i].amountQualifier);
        QCOMPARE(saved.fundingLines[i].quote, embedded.fundingLines[i].quote);
        QCOMPARE(saved.fundingLines[i].source, embedded.fundingLines[i].source);
        QCOMPARE(saved.fundingLines[i].scope, embedded.fundingLines[i].scope);
    }
    QCOMPARE(saved.caseStudy.opened, embedded.caseStudy.opened);
    QCOMPARE(saved.caseStudy.levels, embedded.caseStudy.levels);
    QCOMPARE(saved.caseStudy.text, embedded.caseStudy.text);
    QCOMPARE(saved.area.partnership, embedded.area.partnership);
    QCOMPARE(saved.notes.size(), 0);
}

void TestFactsheetWriter::writesVersion2()
{
    QJsonObject document = savedObject(embeddedFactsheet());
    QCOMPARE(document.value(u"format"_s).toString(), u"factsheet-explorer"_s);
    QCOMPARE(document.value(u"formatVersion"_s).toInt(), 2);
    QCOMPARE(document.value(u"derivedFigures"_s).toArray().at(0).toObject().value(u"difference"_s).toArray(),
             (QJsonArray {u"employment"_s, u"employment-increase-since-2010"_s}));
    QVERIFY(!document.contains(u"notes"_s));

    // What version 2 adds: notes, a line without an amount, a decrease, a year alone, no case study.
    document = savedObject(read(dataFile(u"notes.txt"_s)));
    const QJsonObject note = document.value(u"notes"_s).toArray().at(0).toObject();
    QCOMPARE(note.value(u"text"_s).toString(), u"In Noteshire a partnership secured £1m last year."_s);
    QCOMPARE(note.value(u"line"_s).toInt(), 3);
    QCOMPARE(note.value(u"reason"_s).toString(),
             u"a paragraph of the introduction with figures in it, which the reader could not place"_s);
    QVERIFY(!document.contains(u"caseStudy"_s));

    document = savedObject(read(dataFile(u"amountless-highlights.txt"_s)));
    const QJsonObject unstated = document.value(u"fundingLines"_s).toArray().at(0).toObject();
    QCOMPARE(unstated.value(u"id"_s).toString(), u"ceramics-valley-enterprise-zone"_s);
    QVERIFY(!unstated.contains(u"amount"_s));
    QVERIFY(!unstated.contains(u"quote"_s));

    document = savedObject(read(dataFile(u"employment-decrease.txt"_s)));
    const QJsonObject change = document.value(u"figures"_s).toArray().at(3).toObject();
    QCOMPARE(change.value(u"id"_s).toString(), u"employment-change-since-2011"_s);
    QCOMPARE(change.value(u"value"_s).toInteger(), -1200);
    QCOMPARE(change.value(u"quote"_s).toString(), u"1,200"_s);

    document = savedObject(read(dataFile(u"case-study-phrasings.txt"_s)));
    QCOMPARE(document.value(u"caseStudy"_s).toObject().value(u"opened"_s).toString(), u"2018"_s);
}

void TestFactsheetWriter::savesWholeOrNotAtAll()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(u"nowhere/saved.json"_s);
    const std::optional<QString> error = FactsheetWriter::save(embeddedFactsheet(), missing);
    QVERIFY(error);
    QVERIFY2(error->startsWith(missing + u": cannot write: "_s), qPrintable(*error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());

    const QString path = dir.filePath(u"saved.json"_s);
    QCOMPARE(FactsheetWriter::save(embeddedFactsheet(), path), std::nullopt);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList {u"saved.json"_s});
}

QTEST_GUILESS_MAIN(TestFactsheetWriter)
#include "tst_factsheetwriter.moc"
