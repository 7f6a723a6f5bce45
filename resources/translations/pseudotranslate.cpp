// Writes a pseudo-translation of a Qt Linguist catalogue: every source text, accented and made
// 40 % longer, as "[Ŝôûŕçé ţéxţ ~~~~]", with its placeholders (%1, %L2, %n), mnemonics (&),
// entities (&amp;) and markup (<b>) kept as they are. Loaded in a test, it shows at once a string
// that was not translated (no brackets) and a label too narrow for a longer language.
//   pseudotranslate IN.ts OUT.ts
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QString>
#include <QTextStream>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <cmath>

namespace {

QChar accented(QChar letter)
{
    static const QHash<QChar, QChar> accents = [] {
        const QString plain = QStringLiteral("abcdeghijklnoprstuwyzABCDEGHIJKLNOPRSTUWYZ");
        const QString marked = QStringLiteral("åƀçđéĝĥîĵķļñôþŕšţûŵýžÅƁÇĐÉĜĤÎĴĶĻÑÔÞŔŠŢÛŴÝŽ");
        QHash<QChar, QChar> map;
        for (qsizetype i = 0; i < plain.size(); ++i)
            map.insert(plain.at(i), marked.at(i));
        return map;
    }();
    return accents.value(letter, letter);
}

// The length a reader sees: markup, entities and placeholders do not count.
qsizetype visibleLength(const QString &text)
{
    qsizetype length = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('<')) {
            const qsizetype end = text.indexOf(QLatin1Char('>'), i);
            if (end > i) {
                i = end;
                continue;
            }
        }
        ++length;
    }
    return length;
}

QString pseudo(const QString &source)
{
    QString out;
    out.reserve(source.size() * 2);
    for (qsizetype i = 0; i < source.size(); ++i) {
        const QChar c = source.at(i);
        if (c == QLatin1Char('<')) { // markup, as it is
            const qsizetype end = source.indexOf(QLatin1Char('>'), i);
            if (end > i) {
                out += source.mid(i, end - i + 1);
                i = end;
                continue;
            }
        }
        if (c == QLatin1Char('&')) { // an entity as it is; a mnemonic keeps its mark
            const qsizetype end = source.indexOf(QLatin1Char(';'), i);
            if (end > i && end - i <= 8 && source.mid(i + 1, end - i - 1).front().isLetter()
                && !source.mid(i + 1, end - i - 1).contains(QLatin1Char(' '))) {
                out += source.mid(i, end - i + 1);
                i = end;
                continue;
            }
            out += c;
            continue;
        }
        if (c == QLatin1Char('%')) { // %1, %L1, %n, %%
            qsizetype end = i + 1;
            if (end < source.size() && source.at(end) == QLatin1Char('L'))
                ++end;
            while (end < source.size() && (source.at(end).isDigit() || source.at(end) == QLatin1Char('n')))
                ++end;
            if (end > i + 1) {
                out += source.mid(i, end - i);
                i = end - 1;
                continue;
            }
        }
        out += accented(c);
    }
    // 40 % longer in all: the brackets, a space and enough tildes.
    const qsizetype length = visibleLength(source);
    const auto padding = std::max<qsizetype>(1, static_cast<qsizetype>(std::ceil(length * 0.4)) - 3);
    return QLatin1Char('[') + out + QLatin1Char(' ') + QString(padding, QLatin1Char('~')) + QLatin1Char(']');
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (arguments.size() != 3) {
        err << "usage: pseudotranslate IN.ts OUT.ts\n";
        return 2;
    }
    QFile in(arguments.at(1));
    if (!in.open(QIODevice::ReadOnly)) {
        err << arguments.at(1) << ": " << in.errorString() << '\n';
        return 1;
    }
    QFile out(arguments.at(2));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        err << arguments.at(2) << ": " << out.errorString() << '\n';
        return 1;
    }
    QXmlStreamReader reader(&in);
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true);
    writer.writeStartDocument();
    writer.writeDTD(QStringLiteral("<!DOCTYPE TS>"));
    QString source;
    bool numerus = false;
    int messages = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const QStringView name = reader.name();
            if (name == u"TS") {
                writer.writeStartElement(QStringLiteral("TS"));
                writer.writeAttribute(QStringLiteral("version"), QStringLiteral("2.1"));
                writer.writeAttribute(QStringLiteral("language"), QStringLiteral("en_XA")); // a pseudo-locale
                writer.writeAttribute(QStringLiteral("sourcelanguage"), QStringLiteral("en_GB"));
            } else if (name == u"context") {
                writer.writeStartElement(QStringLiteral("context"));
            } else if (name == u"name") {
                writer.writeTextElement(QStringLiteral("name"), reader.readElementText());
            } else if (name == u"message") {
                numerus = reader.attributes().value(QStringLiteral("numerus")) == u"yes";
                writer.writeStartElement(QStringLiteral("message"));
                if (numerus)
                    writer.writeAttribute(QStringLiteral("numerus"), QStringLiteral("yes"));
            } else if (name == u"source") {
                source = reader.readElementText();
                writer.writeTextElement(QStringLiteral("source"), source);
            } else if (name == u"comment" || name == u"extracomment") {
                writer.writeTextElement(name.toString(), reader.readElementText());
            } else if (name == u"translation") {
                reader.skipCurrentElement(); // whatever was there, the pseudo text replaces it
                writer.writeStartElement(QStringLiteral("translation"));
                if (numerus) {
                    for (int form = 0; form < 2; ++form)
                        writer.writeTextElement(QStringLiteral("numerusform"), pseudo(source));
                } else {
                    writer.writeCharacters(pseudo(source));
                }
                writer.writeEndElement();
                ++messages;
            } else {
                reader.skipCurrentElement(); // locations and the like
            }
        } else if (reader.isEndElement()) {
            const QStringView name = reader.name();
            if (name == u"TS" || name == u"context" || name == u"message")
                writer.writeEndElement();
        }
    }
    if (reader.hasError()) {
        err << arguments.at(1) << ":" << reader.lineNumber() << ": " << reader.errorString() << '\n';
        return 1;
    }
    writer.writeEndDocument();
    if (messages == 0) {
        err << arguments.at(1) << ": no messages to translate\n";
        return 1;
    }
    return 0;
}
