#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringView>

// Word work on a summary's sentences, shared by the parts of the text reader: words as views, the
// names a phrase holds ("Cobra Biologics", "University of Keele"), a phrase without its stop, an
// id made of a title, and the words printed before an amount that make it a bound ("more than").
namespace SummaryPhrases {

// Matched against folded text (SummaryText::folded), whatever its case. Folded, the PDF's bold
// markers are spaces, so a space in a pattern is any run of them, and a sentence may start with some.
QRegularExpression pattern(QString text);

QString capitalised(QString text);

// "Stafford College Science & Technology Centre" -> "stafford-college-science-technology-centre"
QString slug(const QString &text);

QList<QStringView> wordsOf(QStringView text);

// The index of the word just after the name that starts at word `from` (`from` when none does):
// capitalised words, with "of", "and" or "&" between two of them.
qsizetype nameEnd(const QList<QStringView> &words, qsizetype from);

// The text from word `first` up to (not including) word `last`, without trailing commas.
QString span(QStringView phrase, const QList<QStringView> &words, qsizetype first, qsizetype last);

// Without the stop (and commas, colons, the PDF's bold markers) at its end, nor markers at its start.
QString withoutFullStop(QStringView sentence);

// Words left between two amounts of one sentence, or before the first: they join, they say nothing.
bool isConnective(QStringView word);

// The qualifier printed just before position `at` ("more than", "more than **" before "£45bn**"),
// as printed; empty if none.
QString qualifierBefore(const QString &sentence, qsizetype at);

} // namespace SummaryPhrases
