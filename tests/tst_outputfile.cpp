// Writing a file out: only a regular file (or a link to one) is replaced, or a new name made; a
// folder, a FIFO, a socket, a device and a link to any of them are refused with what they are,
// and left as they were. A write that fails says the system's reason, never "Unknown error".
#include "outputfile.h"
#include "specialfiles.h"
#include "testoutput.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// The file type bits of what path is, not following a link: what must not change.
mode_t typeOf(const QString &path)
{
    struct stat status = {};
    return ::lstat(QFile::encodeName(path).constData(), &status) == 0 ? status.st_mode & S_IFMT : 0;
}

} // namespace

class TestOutputFile final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void pathKinds_data();
    void pathKinds();
    void controlCharactersInTheName();
    void reasons_data();
    void reasons();
    void aFullDeviceSaysSo();
    void aWriteThatFailsSaysWhy();
};

void TestOutputFile::init()
{
    TestOutput::watch();
}

void TestOutputFile::pathKinds_data()
{
    QTest::addColumn<QString>("kind");
    // "" when written; else the message: %1 is the output path, %2 where its link leads
    QTest::addColumn<QString>("refusal");

    QTest::newRow("a new name") << u"new name"_s << QString();
    QTest::newRow("a regular file") << u"regular file"_s << QString();
    QTest::newRow("a link to a regular file, written through") << u"link to a regular file"_s << QString();
    QTest::newRow("a folder") << u"folder"_s << u"%1: is a folder, not a file"_s;
    QTest::newRow("a FIFO") << u"FIFO"_s << u"%1: is a named pipe (FIFO), not a regular file"_s;
    QTest::newRow("a socket") << u"socket"_s << u"%1: is a socket, not a regular file"_s;
    QTest::newRow("a device") << u"device"_s << u"%1: is a character device, not a regular file"_s;
    QTest::newRow("a link to a device") << u"link to a device"_s
                                        << u"%1: is a link to %2, a character device, not a regular file"_s;
    QTest::newRow("a link to a FIFO") << u"link to a FIFO"_s
                                      << u"%1: is a link to %2, a named pipe (FIFO), not a regular file"_s;
    QTest::newRow("a link to a socket") << u"link to a socket"_s
                                        << u"%1: is a link to %2, a socket, not a regular file"_s;
    QTest::newRow("a link to a folder") << u"link to a folder"_s << u"%1: is a link to %2, a folder, not a file"_s;
    QTest::newRow("a link to nothing")
        << u"link to nothing"_s
        << u"%1: is a link to %2, which does not exist; a link is written through only to a regular file"_s;
    QTest::newRow("a link to itself")
        << u"link to itself"_s << u"%1: cannot write: too many links to follow (a link that leads back to itself?)"_s;
}

void TestOutputFile::pathKinds()
{
    QFETCH(QString, kind);
    QFETCH(QString, refusal);
    QTemporaryDir temporary;
    const QDir folder(temporary.path());
    bool made = false;
    const QString target = SpecialFiles::make(kind, folder.filePath(u"out.csv"_s), folder, made);
    QVERIFY2(made, qPrintable(kind));
    // A device is written to where it is (/dev/full unless run as root: SpecialFiles).
    const QString out = kind == u"device" ? target : folder.filePath(u"out.csv"_s);
    const QStringList before = folder.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System);
    const mode_t type = typeOf(out);

    const QString expected = QString(refusal).replace(u"%1"_s, out).replace(u"%2"_s, target);
    QCOMPARE(OutputFile::check(out).value_or(QString()), expected);
    QCOMPARE(OutputFile::save(out, "new").value_or(QString()), expected);
    // Nothing else made, nothing left behind; what was there is what it was.
    QCOMPARE(folder.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System),
             kind == u"new name" ? QStringList {u"out.csv"_s} : before);
    if (type != 0)
        QCOMPARE(typeOf(out), type);
    if (refusal.isEmpty())
        QCOMPARE(contentOf(out), QByteArray("new"));
    if (kind == u"link to a regular file")
        QCOMPARE(contentOf(target), QByteArray("new"));
}

void TestOutputFile::controlCharactersInTheName()
{
    QTemporaryDir temporary;
    const QDir folder(temporary.path());
    const QString path = folder.filePath(u"\x1B[31mred\nsecond line/out.csv"_s);
    QCOMPARE(OutputFile::check(path),
             u"%1/\\x1B[31mred\\nsecond line/out.csv: the folder %1/\\x1B[31mred\\nsecond line does not exist"_s.arg(
                 folder.path()));
    const QString pipe = SpecialFiles::fifo(folder, u"tab\there.csv"_s);
    QVERIFY(!pipe.isEmpty());
    QCOMPARE(OutputFile::save(pipe, "x"),
             u"%1/tab\\there.csv: is a named pipe (FIFO), not a regular file"_s.arg(folder.path()));
}

void TestOutputFile::reasons_data()
{
    QTest::addColumn<int>("errorNumber");
    QTest::addColumn<QString>("reason");
    QTest::newRow("ENOSPC") << ENOSPC << u"no space left on the device"_s;
    QTest::newRow("EDQUOT") << EDQUOT << u"the disk quota is used up"_s;
    QTest::newRow("EFBIG") << EFBIG << u"the file would be larger than the system allows"_s;
    QTest::newRow("EACCES") << EACCES << u"permission denied"_s;
    QTest::newRow("EPERM") << EPERM << u"permission denied"_s;
    QTest::newRow("EROFS") << EROFS << u"the file system is read-only"_s;
    QTest::newRow("EIO") << EIO << u"input/output error (the device failed)"_s;
    QTest::newRow("ENOENT") << ENOENT << u"no such file or directory"_s;
    // One of no words of our own: the system's.
    QTest::newRow("EXDEV") << EXDEV << u"Invalid cross-device link"_s;
}

void TestOutputFile::reasons()
{
    QFETCH(int, errorNumber);
    QFETCH(QString, reason);
    QCOMPARE(OutputFile::reason(errorNumber), reason);
}

void TestOutputFile::aFullDeviceSaysSo()
{
    // The write itself, on a device that is always full: its errno, not "Unknown error".
    const int fd = ::open("/dev/full", O_WRONLY | O_CLOEXEC);
    QVERIFY(fd >= 0);
    const int error = OutputFile::writeAll(fd, QByteArray(100000, 'x'));
    ::close(fd);
    QCOMPARE(error, ENOSPC);
    QCOMPARE(OutputFile::reason(error), u"no space left on the device"_s);
    const int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
    QVERIFY(null >= 0);
    QCOMPARE(OutputFile::writeAll(null, QByteArray(100000, 'x')), 0);
    ::close(null);
}

void TestOutputFile::aWriteThatFailsSaysWhy()
{
    // A file-size limit fails the write part way, as a full disk would, for any user: the save
    // says the system's reason and leaves nothing behind.
    QTemporaryDir temporary;
    const QString path = QDir(temporary.path()).filePath(u"big.csv"_s);
    QVERIFY(writeFile(path, "old"));
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limit = {};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &limit), 0);
    const rlimit previous = limit;
    limit.rlim_cur = 4096;
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &limit), 0);
    const std::optional<QString> error = OutputFile::save(path, QByteArray(100000, 'x'));
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &previous), 0);
    std::signal(SIGXFSZ, previousHandler);
    QCOMPARE(error, u"%1: cannot write: the file would be larger than the system allows"_s.arg(path));
    QCOMPARE(contentOf(path), QByteArray("old"));
    QCOMPARE(QDir(temporary.path()).entryList(QDir::Files), QStringList {u"big.csv"_s});
}

QTEST_GUILESS_MAIN(TestOutputFile)
#include "tst_outputfile.moc"
