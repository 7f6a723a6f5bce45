// The one way in (FactsheetReader): what a file holds is told from its content, whatever its name
// and encoding; only regular files within the size limit are read, anything else is refused at once;
// every refusal names the file, the place, what was expected and what was found; and a refused file
// never changes the factsheet a document shows.
#include "factsheetdocument.h"
#include "factsheetmodel.h"
#include "modeldump.h"
#include "readers/factsheetreader.h"
#include "readers/formatreaders.h"
#include "readers/loadresult.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QtConcurrent/QtConcurrentRun>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstring>

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const QString summaryTextPath = u":/factsheet/source/stoke-on-trent-and-staffordshire.txt"_s;

QByteArray resource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

// Which of the readers `reader` is, in words.
QString formatName(const FormatReader &reader)
{
    if (dynamic_cast<const JsonFormatReader *>(&reader))
        return u"JSON"_s;
    if (dynamic_cast<const SummaryTextFormatReader *>(&reader))
        return u"summary text"_s;
    if (dynamic_cast<const PdfFormatReader *>(&reader))
        return u"PDF"_s;
    return u"unknown"_s;
}

QByteArray json()
{
    return resource(FactsheetReader::embeddedPath());
}

QByteArray summaryText()
{
    return resource(summaryTextPath);
}

// `utf8` in `encoding`, with its byte order mark or without.
QByteArray encoded(const QByteArray &utf8, QStringConverter::Encoding encoding, bool withMark = true)
{
    QStringEncoder encoder(encoding, withMark ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder(QString::fromUtf8(utf8));
}

// `from` replaced by `to` in `text`; the change must apply, or the row tests nothing.
QByteArray changed(QByteArray text, const QByteArray &from, const QByteArray &to)
{
    if (!text.contains(from))
        qFatal("no \"%s\" to change", from.constData());
    return text.replace(from, to);
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// An error text for `path` from one written for `fileName` ("bad.json: line 3: ..." -> "/tmp/.../bad.json: ...").
QString forPath(const QString &error, const QString &fileName, const QString &path)
{
    return error.isEmpty() ? QString() : path + error.mid(fileName.size());
}

// What a reader made of a file, to compare two reads: the area, every amount and every figure.
QStringList summary(const Factsheet &sheet)
{
    QStringList lines {sheet.area.name, sheet.area.partnership, sheet.caseStudy.text};
    for (const FundingLine &line : sheet.fundingLines)
        lines << u"%1 %2 %3"_s.arg(line.id).arg(line.amount).arg(line.source);
    for (const Figure &figure : sheet.figures)
        lines << u"%1 %2 %3"_s.arg(figure.id).arg(figure.value).arg(figure.source);
    return lines;
}

// No PDF helper is set up here (tests/tst_pdfreader.cpp runs one): a PDF is recognised and refused.
const QString pdfRefused = u"expected a factsheet JSON or the text of a local summary, found a PDF document, which "
                           "this program has no PDF reader for: open the summary's text instead"_s;

} // namespace

class TestFactsheetReader final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void readsEmbeddedFactsheetAndItsText();
    void refusesWhatIsNotARegularFile_data();
    void refusesWhatIsNotARegularFile();
    void refusesFileOverSizeLimit();
    void sizeLimitIsInclusive();
    void readsFileThatMeasuresZero();
    void toldByContent_data();
    void toldByContent();
    void encodings_data();
    void encodings();
    void foundSpellsOutWhatCannotBeSeen_data();
    void foundSpellsOutWhatCannotBeSeen();
    void badFileLeavesDocumentUnchanged_data();
    void badFileLeavesDocumentUnchanged();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    int m_socket = -1;
};

void TestFactsheetReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkdir(u"folder"_s));
    QCOMPARE(::mkfifo(QFile::encodeName(path(u"fifo"_s)).constData(), 0600), 0);
    QVERIFY(QFile::link(u"/dev/zero"_s, path(u"zero-link"_s)));

    m_socket = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(m_socket >= 0);
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    const QByteArray socketPath = QFile::encodeName(path(u"socket"_s));
    QVERIFY(static_cast<size_t>(socketPath.size()) < sizeof address.sun_path);
    std::memcpy(address.sun_path, socketPath.constData(), static_cast<size_t>(socketPath.size()));
    QCOMPARE(::bind(m_socket, reinterpret_cast<const sockaddr *>(&address), sizeof address), 0);

    // Sparse: a file one byte over the limit costs no disk and no time to make.
    QFile large(path(u"large.json"_s));
    QVERIFY(large.open(QIODevice::WriteOnly));
    QVERIFY(large.resize(FactsheetReader::maxFileSize + 1));
}

void TestFactsheetReader::cleanupTestCase()
{
    if (m_socket >= 0)
        ::close(m_socket);
}

void TestFactsheetReader::readsEmbeddedFactsheetAndItsText()
{
    const FactsheetLoadResult fromJson = FactsheetReader::readFile(FactsheetReader::embeddedPath());
    QVERIFY2(fromJson.ok(), qPrintable(fromJson.error().text()));
    QCOMPARE(fromJson.factsheet().area.name, u"Stoke-on-Trent & Staffordshire"_s);
    const FactsheetLoadResult fromText = FactsheetReader::readFile(summaryTextPath);
    QVERIFY2(fromText.ok(), qPrintable(fromText.error().text()));
    QCOMPARE(fromText.factsheet().sourceInfo.textResource, summaryTextPath);
    QCOMPARE(fromText.factsheet().fundingLines.size(), size_t(5));
}

void TestFactsheetReader::refusesWhatIsNotARegularFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");

    QTest::newRow("directory") << path(u"folder"_s)
                               << path(u"folder"_s) + u": expected a regular file, found a directory"_s;
    QTest::newRow("named pipe (FIFO) with no writer")
        << path(u"fifo"_s) << path(u"fifo"_s) + u": expected a regular file, found a named pipe (FIFO)"_s;
    QTest::newRow("/dev/zero") << u"/dev/zero"_s << u"/dev/zero: expected a regular file, found a character device"_s;
    QTest::newRow("/dev/null") << u"/dev/null"_s << u"/dev/null: expected a regular file, found a character device"_s;
    QTest::newRow("socket") << path(u"socket"_s) << path(u"socket"_s) + u": expected a regular file, found a socket"_s;
    QTest::newRow("symbolic link to /dev/zero")
        << path(u"zero-link"_s) << path(u"zero-link"_s) + u": expected a regular file, found a character device"_s;
    QTest::newRow("missing file") << path(u"missing.json"_s)
                                  << path(u"missing.json"_s) + u": cannot be opened: No such file or directory"_s;
    QTest::newRow("in a missing directory")
        << path(u"nowhere/summary.txt"_s)
        << path(u"nowhere/summary.txt"_s) + u": cannot be opened: No such file or directory"_s;
}

void TestFactsheetReader::refusesWhatIsNotARegularFile()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);

    // On a worker, with a deadline: a reader that blocked would hang the test instead of failing it.
    QElapsedTimer timer;
    timer.start();
    QFuture<FactsheetLoadResult> reading = QtConcurrent::run([file] { return FactsheetReader::readFile(file); });
    while (!reading.isFinished() && timer.elapsed() < 5000)
        QThread::msleep(5);
    if (!reading.isFinished()) {
        // Let a reader blocked on the FIFO go, so the test can end.
        const int writer = ::open(QFile::encodeName(file).constData(), O_WRONLY | O_NONBLOCK);
        if (writer >= 0)
            ::close(writer);
        reading.waitForFinished();
        QFAIL("the reader blocked");
    }
    const FactsheetLoadResult result = reading.result();
    QVERIFY(!result.ok());
    QCOMPARE(result.error().text(), expected);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void TestFactsheetReader::refusesFileOverSizeLimit()
{
    static_assert(FactsheetReader::maxFileSize >= 300'000'000, "a file of 300 MB must be read");
    QElapsedTimer timer;
    timer.start();
    const FactsheetLoadResult result = FactsheetReader::readFile(path(u"large.json"_s));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().text(),
             path(u"large.json"_s)
                 + u": expected a file of at most 536,870,912 bytes (512 MiB), found "
                   "536,870,913 bytes"_s);
    // Refused from its size, before a byte is read.
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void TestFactsheetReader::sizeLimitIsInclusive()
{
    // The embedded factsheet, padded with white space (which JSON allows) to exactly 8 KiB.
    QByteArray document = json();
    QVERIFY(document.size() < 8192);
    document += QByteArray(8192 - document.size(), ' ');
    const QString file = path(u"8k.json"_s);
    QVERIFY(writeFile(file, document));

    const FactsheetLoadResult atLimit = FactsheetReader::readFile(file, 8192);
    QVERIFY2(atLimit.ok(), qPrintable(atLimit.error().text()));
    const FactsheetLoadResult overLimit = FactsheetReader::readFile(file, 8191);
    QVERIFY(!overLimit.ok());
    QCOMPARE(overLimit.error().text(), file + u": expected a file of at most 8,191 bytes (8 KiB), found 8,192 bytes"_s);
}

void TestFactsheetReader::readsFileThatMeasuresZero()
{
    // Files in /proc measure 0 bytes and yet hold text: the reader reads to the end, not to the size.
    const FactsheetLoadResult result = FactsheetReader::readFile(u"/proc/self/status"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().text(),
             u"/proc/self/status: expected the text of an Industrial Strategy local summary: the area's name on its "
             u"first line and figures "
             "(highlights such as \"£2.6m to ...\", people in employment, population, businesses), found no figures"_s);
}

void TestFactsheetReader::toldByContent_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("format"); // the reader FactsheetReader::readerOf() hands it to
    QTest::addColumn<QString>("error");  // empty when read

    const QString asJson = u"JSON"_s;
    const QString asText = u"summary text"_s;
    const QString asPdf = u"PDF"_s;
    const QByteArray pdf = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"_ba;

    QTest::newRow("summary text named .txt") << u"summary.txt"_s << summaryText() << asText << QString();
    QTest::newRow("summary text named .json") << u"area.json"_s << summaryText() << asText << QString();
    QTest::newRow("summary text with no extension") << u"summary"_s << summaryText() << asText << QString();
    QTest::newRow("JSON named .txt") << u"factsheet.txt"_s << json() << asJson << QString();
    QTest::newRow("JSON with no extension") << u"factsheet"_s << json() << asJson << QString();
    QTest::newRow("JSON after white space") << u"notes.txt"_s << " \r\n\t\n"_ba + json() << asJson << QString();
    QTest::newRow("JSON array named .txt")
        << u"list.txt"_s << "[1]"_ba << asJson << u"list.txt: document: expected an object, got an array"_s;
    QTest::newRow("opening brace, however it goes on, is JSON")
        << u"area.txt"_s << "{Area\n\nIndustrial Strategy highlights include:\n"_ba << asJson
        << u"area.txt: line 1, column 3: malformed JSON: unterminated object"_s;
    QTest::newRow("anything else is text, whatever its name")
        << u"factsheet.json"_s << "format: factsheet-explorer\n"_ba << asText
        << u"factsheet.json: expected the text of an Industrial Strategy local summary: the area's name on its first "
           u"line and figures "
           "(highlights such as \"£2.6m to ...\", people in employment, population, businesses), found no figures"_s;
    QTest::newRow("NUL byte") << u"nul"_s << "\0"_ba << asText
                              << u"nul: line 1: expected text without control characters, found \"<U+0000>\""_s;

    // Nothing but white space says nothing of itself: the name says which reader explains.
    QTest::newRow("empty, named .txt") << u"empty.txt"_s << QByteArray() << asText
                                       << u"empty.txt: line 1: expected the text of an Industrial Strategy local "
                                          "summary, found an empty file"_s;
    QTest::newRow("empty, named .json") << u"empty.json"_s << QByteArray() << asJson
                                        << u"empty.json: document: expected an object, got an empty file"_s;
    QTest::newRow("white space, with no extension")
        << u"blank"_s << " \n\n"_ba << asJson << u"blank: document: expected an object, got an empty file"_s;
    QTest::newRow("byte order mark only, named .txt")
        << u"mark.txt"_s << "\xEF\xBB\xBF\n"_ba << asText
        << u"mark.txt: line 1: expected the text of an Industrial Strategy local summary, found an empty file"_s;

    // PDF: recognised by its header, whatever the name.
    QTest::newRow("PDF named .pdf") << u"summary.pdf"_s << pdf << asPdf << u"summary.pdf: "_s + pdfRefused;
    QTest::newRow("PDF named .txt") << u"summary.txt"_s << pdf << asPdf << u"summary.txt: "_s + pdfRefused;
    QTest::newRow("PDF named .json") << u"area.json"_s << pdf << asPdf << u"area.json: "_s + pdfRefused;
}

void TestFactsheetReader::toldByContent()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, format);
    QFETCH(QString, error);

    QCOMPARE(formatName(FactsheetReader::readerOf(content, fileName)), format);
    const FactsheetLoadResult fromData = FactsheetReader::readData(content, fileName);
    QCOMPARE(fromData.ok() ? QString() : fromData.error().text(), error);

    // The same from a file: the same outcome, the message naming the file by its path.
    const QString file = path(u"told/"_s + fileName);
    QVERIFY(QDir(m_dir.path()).mkpath(u"told"_s));
    QVERIFY(writeFile(file, content));
    const FactsheetLoadResult fromFile = FactsheetReader::readFile(file);
    QCOMPARE(fromFile.ok() ? QString() : fromFile.error().text(), forPath(error, fileName, file));
    if (fromFile.ok())
        QCOMPARE(fromFile.factsheet().area.name, u"Stoke-on-Trent & Staffordshire"_s);
}

void TestFactsheetReader::encodings_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("error");   // empty when read...
    QTest::addColumn<QByteArray>("utf8"); // ...and then the same as read from this, in UTF-8

    // Read: UTF-8 with or without a byte order mark, UTF-16 and UTF-32 with one.
    const QList<std::pair<const char *, QStringConverter::Encoding>> marked {
        {"UTF-16 LE", QStringConverter::Utf16LE},
        {"UTF-16 BE", QStringConverter::Utf16BE},
        {"UTF-32 LE", QStringConverter::Utf32LE},
        {"UTF-32 BE", QStringConverter::Utf32BE},
    };
    // Outside the BMP: a surrogate pair in UTF-16, one code unit in UTF-32.
    const QByteArray withEmoji = changed(summaryText(), "Stoke-on-Trent & Staffordshire\n", "Stoke \xF0\x9F\x99\x82\n");
    QTest::newRow("text, UTF-8 with a byte order mark")
        << u"summary.txt"_s << "\xEF\xBB\xBF"_ba + summaryText() << QString() << summaryText();
    QTest::newRow("JSON, UTF-8 with a byte order mark")
        << u"area.json"_s << "\xEF\xBB\xBF"_ba + json() << QString() << json();
    for (const auto &[name, encoding] : marked) {
        QTest::addRow("text, %s with a byte order mark", name)
            << u"summary.txt"_s << encoded(summaryText(), encoding) << QString() << summaryText();
        QTest::addRow("JSON, %s with a byte order mark", name)
            << u"area.json"_s << encoded(json(), encoding) << QString() << json();
        QTest::addRow("text outside the BMP, %s", name)
            << u"summary.txt"_s << encoded(withEmoji, encoding) << QString() << withEmoji;
    }

    // Refused, saying where and why.
    const QString unmarked = u"expected text in UTF-8, or in UTF-16 with a byte order mark, found what looks like "
                             "UTF-16 without one (every other byte is 0)"_s;
    QTest::newRow("text, UTF-16 LE without a byte order mark")
        << u"summary.txt"_s << encoded(summaryText(), QStringConverter::Utf16LE, false) << u"summary.txt: "_s + unmarked
        << QByteArray();
    QTest::newRow("JSON, UTF-16 BE without a byte order mark")
        << u"area.json"_s << encoded(json(), QStringConverter::Utf16BE, false) << u"area.json: "_s + unmarked
        << QByteArray();
    QTest::newRow("UTF-16 LE, a byte left over")
        << u"summary.txt"_s << encoded(summaryText(), QStringConverter::Utf16LE) + "\n"_ba
        << u"summary.txt: end of file: expected text in UTF-16 LE, 2 bytes to a code unit, found 1 byte more"_s
        << QByteArray();
    QTest::newRow("UTF-32 BE, bytes left over")
        << u"summary.txt"_s << encoded(summaryText(), QStringConverter::Utf32BE) + "\0\0\0"_ba
        << u"summary.txt: end of file: expected text in UTF-32 BE, 4 bytes to a code unit, found 3 bytes more"_s
        << QByteArray();
    QTest::newRow("UTF-16 LE, a lone high surrogate")
        << u"summary.txt"_s
        << "\xFF\xFE"_ba + encoded("Stoke", QStringConverter::Utf16LE, false) + "\x00\xD8"_ba
            + encoded("-on-Trent", QStringConverter::Utf16LE, false)
        << u"summary.txt: line 1, column 6: expected text in UTF-16 LE, found \"<U+D800>\""_s << QByteArray();
    QTest::newRow("UTF-16 BE, a lone low surrogate on line 3")
        << u"summary.txt"_s << "\xFE\xFF"_ba + encoded("A\n\nB", QStringConverter::Utf16BE, false) + "\xDC\x00"_ba
        << u"summary.txt: line 3, column 2: expected text in UTF-16 BE, found \"<U+DC00>\""_s << QByteArray();
    QTest::newRow("UTF-32 LE, beyond U+10FFFF")
        << u"summary.txt"_s << "\xFF\xFE\x00\x00\x00\x00\x11\x00"_ba
        << u"summary.txt: line 1, column 1: expected text in UTF-32 LE, found the value 0x110000, beyond Unicode"_s
        << QByteArray();
    QTest::newRow("UTF-32 BE, a surrogate")
        << u"summary.txt"_s << "\x00\x00\xFE\xFF\x00\x00\xD8\x00"_ba
        << u"summary.txt: line 1, column 1: expected text in UTF-32 BE, found \"<U+D800>\""_s << QByteArray();
    QTest::newRow("JSON, a byte that is never UTF-8")
        << u"area.json"_s << changed(json(), "\"Stoke-on-Trent & Staffordshire\"", "\"Stoke\xFF\"")
        << u"area.json: line 13, column 19: expected text in UTF-8, found the byte 0xFF"_s << QByteArray();
    QTest::newRow("JSON, an overlong form")
        << u"area.json"_s << changed(json(), "\"Stoke-on-Trent & Staffordshire\"", "\"\xC0\xAF\"")
        << u"area.json: line 13, column 14: expected text in UTF-8, found the byte 0xC0"_s << QByteArray();
    QTest::newRow("text, a surrogate in UTF-8")
        << u"summary.txt"_s << changed(summaryText(), "Stoke-on-Trent &", "Stoke\xED\xA0\x80")
        << u"summary.txt: line 1, column 6: expected text in UTF-8, found the bytes 0xED 0xA0"_s << QByteArray();
    QTest::newRow("text, beyond U+10FFFF in UTF-8")
        << u"summary.txt"_s << changed(summaryText(), "Stoke-on-Trent &", "Stoke\xF4\x90\x80\x80")
        << u"summary.txt: line 1, column 6: expected text in UTF-8, found the bytes 0xF4 0x90"_s << QByteArray();
    QTest::newRow("text, a character cut short by the end")
        << u"summary.txt"_s << summaryText() + "\xF0\x9F\x98"_ba
        << u"summary.txt: line 29, column 229: expected text in UTF-8, found the bytes 0xF0 0x9F 0x98"_s
        << QByteArray();
    QTest::newRow("after a byte order mark, columns count from the text")
        << u"area.json"_s << "\xEF\xBB\xBF{\xFF}"_ba
        << u"area.json: line 1, column 2: expected text in UTF-8, found the byte 0xFF"_s << QByteArray();
    QTest::newRow("malformed JSON in UTF-16: its line and column as in UTF-8")
        << u"area.json"_s << encoded("{\n  \"format\": \"factsheet-explorer\",\n  oops\n}", QStringConverter::Utf16BE)
        << u"area.json: line 3, column 4: malformed JSON: unterminated object"_s << QByteArray();
    QTest::newRow("a summary's error in UTF-32: its line as in UTF-8")
        << u"summary.txt"_s
        << encoded(changed(summaryText(), "£2.6m to Cobra", "£9,007,199,254,740,000 to Cobra"),
                   QStringConverter::Utf32LE)
        << u"summary.txt: line 11: expected local amounts that add up to at most £9,007,199,254,740,991, found a "
           "local total of £9,007,199,264,740,000 with this line"_s
        << QByteArray();
}

void TestFactsheetReader::encodings()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, error);
    QFETCH(QByteArray, utf8);

    const FactsheetLoadResult result = FactsheetReader::readData(content, fileName);
    QCOMPARE(result.ok() ? QString() : result.error().text(), error);
    if (!result.ok())
        return;
    // Whatever its encoding, the same factsheet as from UTF-8.
    const FactsheetLoadResult fromUtf8 = FactsheetReader::readData(utf8, fileName);
    QVERIFY2(fromUtf8.ok(), qPrintable(fromUtf8.error().text()));
    QCOMPARE(summary(result.factsheet()), summary(fromUtf8.factsheet()));
}

void TestFactsheetReader::foundSpellsOutWhatCannotBeSeen_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("at"); // -1: LoadError::found, else foundAround(text, at)
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain text") << u"Cobra Biologics"_s << qsizetype(-1) << u"\"Cobra Biologics\""_s;
    QTest::newRow("no-break space") << u"Stoke\u00a0on"_s << qsizetype(-1) << u"\"Stoke<U+00A0>on\""_s;
    QTest::newRow("narrow no-break space") << u"£2.6\u202fm"_s << qsizetype(-1) << u"\"£2.6<U+202F>m\""_s;
    QTest::newRow("zero-width space") << u"Cobra\u200bBiologics"_s << qsizetype(-1) << u"\"Cobra<U+200B>Biologics\""_s;
    QTest::newRow("byte order mark inside") << u"\ufeffArea"_s << qsizetype(-1) << u"\"<U+FEFF>Area\""_s;
    QTest::newRow("right-to-left override") << u"abc\u202edef"_s << qsizetype(-1) << u"\"abc<U+202E>def\""_s;
    QTest::newRow("line separator") << u"one\u2028two"_s << qsizetype(-1) << u"\"one<U+2028>two\""_s;
    QTest::newRow("tab and line feed") << u"a\tb\nc"_s << qsizetype(-1) << u"\"a<U+0009>b<U+000A>c\""_s;
    QTest::newRow("NUL and DEL") << QString::fromUtf8("a\0b\x7f"_ba) << qsizetype(-1) << u"\"a<U+0000>b<U+007F>\""_s;
    QTest::newRow("C1 control") << u"a\u0085b"_s << qsizetype(-1) << u"\"a<U+0085>b\""_s;
    QTest::newRow("lone surrogate") << u"a"_s + QChar(0xd800) + u"b"_s << qsizetype(-1) << u"\"a<U+D800>b\""_s;
    QTest::newRow("a pair stays as it is") << u"smile \U0001F600"_s << qsizetype(-1) << u"\"smile \U0001F600\""_s;
    QTest::newRow("ordinary space and non-ASCII letters")
        << u"Café £45bn – “quoted”"_s << qsizetype(-1) << u"\"Café £45bn – “quoted”\""_s;

    // Cut: 57 characters, then "..."; never half of a surrogate pair.
    QTest::newRow("60 characters are not cut")
        << QString(60, u'x') << qsizetype(-1) << u"\""_s + QString(60, u'x') + u"\""_s;
    QTest::newRow("61 are") << QString(61, u'x') << qsizetype(-1) << u"\""_s + QString(57, u'x') + u"...\""_s;
    QTest::newRow("the cut does not split a pair")
        << QString(56, u'x') + u"\U0001F600 and more"_s << qsizetype(-1) << u"\""_s + QString(56, u'x') + u"...\""_s;
    QTest::newRow("around a character far in")
        << QString(100, u'a') + QChar(0) + QString(100, u'b') << qsizetype(100)
        << u"\"..."_s + QString(27, u'a') + u"<U+0000>"_s + QString(26, u'b') + u"...\""_s;
    QTest::newRow("around a character near the end")
        << QString(100, u'a') + QChar(7) << qsizetype(100) << u"\"..."_s + QString(53, u'a') + u"<U+0007>\""_s;
    QTest::newRow("around a character near the start: from the start")
        << u"ab\u0001"_s + QString(100, u'c') << qsizetype(2) << u"\"ab<U+0001>"_s + QString(54, u'c') + u"...\""_s;
}

void TestFactsheetReader::foundSpellsOutWhatCannotBeSeen()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, at);
    QFETCH(QString, expected);

    QCOMPARE(at < 0 ? LoadError::found(text) : LoadError::foundAround(text, at), expected);
}

void TestFactsheetReader::badFileLeavesDocumentUnchanged_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected"); // after the path

    const auto add = [this](const char *row, const QString &name, const QByteArray &content, const QString &error) {
        QVERIFY(writeFile(path(name), content));
        QTest::newRow(row) << path(name) << error;
    };
    QTest::newRow("directory") << path(u"folder"_s) << u": expected a regular file, found a directory"_s;
    QTest::newRow("FIFO") << path(u"fifo"_s) << u": expected a regular file, found a named pipe (FIFO)"_s;
    QTest::newRow("socket") << path(u"socket"_s) << u": expected a regular file, found a socket"_s;
    QTest::newRow("link to /dev/zero") << path(u"zero-link"_s)
                                       << u": expected a regular file, found a character device"_s;
    QTest::newRow("over the size limit") << path(
        u"large.json"_s) << u": expected a file of at most 536,870,912 bytes (512 MiB), found 536,870,913 bytes"_s;
    add("PDF", u"summary.pdf"_s, "%PDF-1.4\n"_ba, u": "_s + pdfRefused);
    add("area name of 50,000 characters", u"long.json"_s,
        changed(json(), "\"Stoke-on-Trent & Staffordshire\"", '"' + QByteArray(50000, 'S') + '"'),
        u": area.name: expected text of at most 10,000 characters, got 50,000 characters"_s);
    add("control character in a title", u"control.json"_s,
        changed(json(), "\"title\": \"Cobra Biologics\"", "\"title\": \"Cobra\\u0008Biologics\""),
        u": fundingLines[0].title: expected text without control characters, got \"Cobra<U+0008>Biologics\""_s);
    add("control character in a summary's line", u"control.txt"_s,
        changed(summaryText(), "Stoke-on-Trent &", "Stoke-on-Trent\x01 &"),
        u": line 1: expected text without control characters, found \"Stoke-on-Trent<U+0001> & Staffordshire\""_s);
    add("local total beyond 2^53 - 1", u"total.json"_s,
        changed(changed(json(), "\"amount\": 2600000", "\"amount\": 9007199254740000"), "\"quote\": \"£2.6m\",", ""),
        u": fundingLines[1].amount: expected local amounts that add up to at most £9,007,199,254,740,991, got a "
        "local total of £9,007,199,264,740,000 with this line"_s);
    add("invalid UTF-8", u"bytes.txt"_s, changed(summaryText(), "Cobra", "Cobr\xE9"),
        u": line 9, column 14: expected text in UTF-8, found the bytes 0xE9 0x20"_s);
    add("UTF-16 with a lone surrogate", u"utf16.txt"_s, "\xFF\xFE\x00\xD8"_ba,
        u": line 1, column 1: expected text in UTF-16 LE, found \"<U+D800>\""_s);
    add("UTF-16 without its mark", u"unmarked.json"_s, encoded(json(), QStringConverter::Utf16LE, false),
        u": expected text in UTF-8, or in UTF-16 with a byte order mark, found what looks like UTF-16 without one "
        "(every other byte is 0)"_s);
}

void TestFactsheetReader::badFileLeavesDocumentUnchanged()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);

    FactsheetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    FactsheetDocument document(&model);
    QVERIFY(!document.open(FactsheetReader::embeddedPath()));
    const QStringList before = dumpModel(model);
    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy loaded(&document, &FactsheetDocument::loaded);
    QSignalSpy failed(&document, &FactsheetDocument::loadFailed);

    // Opened at once, as at start-up...
    const std::optional<LoadError> error = document.open(file);
    QVERIFY(error);
    QCOMPARE(error->text(), file + expected);
    // ...and in the background, as from the File menu.
    document.openInBackground(file);
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().value<LoadError>().text(), file + expected);

    QVERIFY(!document.isLoading());
    QCOMPARE(aboutToReset.count(), 0);
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(dumpModel(model), before);
    QCOMPARE(document.path(), FactsheetReader::embeddedPath());
}

QTEST_GUILESS_MAIN(TestFactsheetReader)
#include "tst_factsheetreader.moc"
