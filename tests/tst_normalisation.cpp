// Funding lines set against the area, by the one rule stated in the README: pounds per resident,
// per business and per 1,000 in employment to the penny, shares to a tenth of a percent; the
// national line refused with its reason, never divided or shared; every figure names its
// denominator. Then the same figures through the model's roles and the amount column.
#include "embeddedfactsheet.h"
#include "factsheetmodel.h"
#include "normalisation.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Normalisation)

class TestNormalisation final : public QObject
{
    Q_OBJECT

private slots:
    void denominatorsComeFromWhatFiguresMeasure();
    void lines_data();
    void lines();
    void headersAndNotesNameTheirDenominators_data();
    void headersAndNotesNameTheirDenominators();
    void noDenominatorNoFigure();
    void rounding_data();
    void rounding();
    void names();
    void theModelShowsTheSameFigures();
};

void TestNormalisation::denominatorsComeFromWhatFiguresMeasure()
{
    const Normalisations::Denominators denominators = Normalisations::Denominators::of(embeddedFactsheet());
    QCOMPARE(denominators.population, qint64(1126200));
    QCOMPARE(denominators.businesses, qint64(46190));
    QCOMPARE(denominators.employment, qint64(548800));
    QCOMPARE(denominators.localTotal, qint64(17400000)); // the national £45bn is not in it
}

void TestNormalisation::lines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<Normalisation>("normalisation");
    QTest::addColumn<QVariant>("value"); // double; invalid when refused
    QTest::addColumn<QString>("text");

    const auto row
        = [](const char *name, const char *line, Normalisation normalisation, QVariant value, const QString &text) {
              QTest::newRow(name) << QString::fromUtf8(line) << normalisation << value << text;
          };
    row("Cobra, absolute", "cobra-biologics", Normalisation::Absolute, 2600000.0, u"£2,600,000"_s);
    row("Cobra, per resident", "cobra-biologics", Normalisation::PerResident, 2.31, u"£2.31"_s);
    row("Cobra, per business", "cobra-biologics", Normalisation::PerBusiness, 56.29, u"£56.29"_s);
    row("Cobra, per 1,000 employed", "cobra-biologics", Normalisation::PerThousandEmployed, 4737.61, u"£4,737.61"_s);
    row("Cobra, share", "cobra-biologics", Normalisation::ShareOfLocalTotal, 14.9, u"14.9%"_s);
    row("housing, per resident", "housebuilding-infrastructure", Normalisation::PerResident, 8.88, u"£8.88"_s);
    row("housing, per business", "housebuilding-infrastructure", Normalisation::PerBusiness, 216.5, u"£216.50"_s);
    row("housing, per 1,000 employed", "housebuilding-infrastructure", Normalisation::PerThousandEmployed, 18221.57,
        u"£18,221.57"_s);
    row("housing, share", "housebuilding-infrastructure", Normalisation::ShareOfLocalTotal, 57.5, u"57.5%"_s);
    row("Bericote, per resident", "bericote-four-ashes", Normalisation::PerResident, 2.49, u"£2.49"_s);
    row("Bericote, per business", "bericote-four-ashes", Normalisation::PerBusiness, 60.62, u"£60.62"_s);
    row("Bericote, per 1,000 employed", "bericote-four-ashes", Normalisation::PerThousandEmployed, 5102.04,
        u"£5,102.04"_s);
    row("Bericote, share", "bericote-four-ashes", Normalisation::ShareOfLocalTotal, 16.1, u"16.1%"_s);
    row("STC, per resident", "stafford-college-stc", Normalisation::PerResident, 1.78, u"£1.78"_s);
    row("STC, per business", "stafford-college-stc", Normalisation::PerBusiness, 43.3, u"£43.30"_s);
    row("STC, per 1,000 employed", "stafford-college-stc", Normalisation::PerThousandEmployed, 3644.31, u"£3,644.31"_s);
    row("STC, share", "stafford-college-stc", Normalisation::ShareOfLocalTotal, 11.5, u"11.5%"_s);
    // The national programmes are not the area's money.
    row("national, absolute", "industrial-strategy-programmes", Normalisation::Absolute, 45000000000.0,
        u"more than £45,000,000,000"_s);
    row("national, per resident", "industrial-strategy-programmes", Normalisation::PerResident, QVariant(),
        u"national programme — not comparable per resident"_s);
    row("national, per business", "industrial-strategy-programmes", Normalisation::PerBusiness, QVariant(),
        u"national programme — not comparable per business"_s);
    row("national, per 1,000 employed", "industrial-strategy-programmes", Normalisation::PerThousandEmployed,
        QVariant(), u"national programme — not comparable per 1,000 in employment"_s);
    row("national, share", "industrial-strategy-programmes", Normalisation::ShareOfLocalTotal, QVariant(),
        u"national programme — not part of the local total"_s);
}

void TestNormalisation::lines()
{
    QFETCH(QString, line);
    QFETCH(Normalisation, normalisation);
    QFETCH(QVariant, value);
    QFETCH(QString, text);
    const Factsheet sheet = embeddedFactsheet();
    const Normalisations::Figure figure
        = Normalisations::normalise(*sheet.fundingLine(line), normalisation, Normalisations::Denominators::of(sheet));
    QCOMPARE(figure.text, text);
    QCOMPARE(figure.value.has_value(), value.isValid());
    if (value.isValid())
        QCOMPARE(*figure.value, value.toDouble());
}

void TestNormalisation::headersAndNotesNameTheirDenominators_data()
{
    QTest::addColumn<Normalisation>("normalisation");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("note");
    QTest::newRow("absolute") << Normalisation::Absolute << u"Amount"_s << QString();
    QTest::newRow("per resident") << Normalisation::PerResident << u"Amount per resident (population 1,126,200)"_s
                                  << u"per resident — population 1,126,200"_s;
    QTest::newRow("per business") << Normalisation::PerBusiness << u"Amount per business (46,190 businesses)"_s
                                  << u"per business — 46,190 businesses"_s;
    QTest::newRow("per 1,000 employed") << Normalisation::PerThousandEmployed
                                        << u"Amount per 1,000 in employment (548,800 in employment)"_s
                                        << u"per 1,000 in employment — 548,800 in employment"_s;
    QTest::newRow("share") << Normalisation::ShareOfLocalTotal << u"Share of the local total (£17,400,000)"_s
                           << u"of the local total — £17,400,000"_s;
}

void TestNormalisation::headersAndNotesNameTheirDenominators()
{
    QFETCH(Normalisation, normalisation);
    QFETCH(QString, header);
    QFETCH(QString, note);
    const Normalisations::Denominators denominators = Normalisations::Denominators::of(embeddedFactsheet());
    QCOMPARE(Normalisations::header(normalisation, denominators), header);
    QCOMPARE(Normalisations::denominatorNote(normalisation, denominators), note);
}

void TestNormalisation::noDenominatorNoFigure()
{
    Factsheet sheet = embeddedFactsheet();
    sheet.figures.erase(std::remove_if(sheet.figures.begin(), sheet.figures.end(),
                                       [](const Figure &figure) { return figure.measure == Measure::Population; }),
                        sheet.figures.end());
    const Normalisations::Figure figure = Normalisations::normalise(
        *sheet.fundingLine(u"cobra-biologics"_s), Normalisation::PerResident, Normalisations::Denominators::of(sheet));
    QVERIFY(!figure.value);
    QCOMPARE(figure.text, u"not computed: the summary gives no population"_s);
}

void TestNormalisation::rounding_data()
{
    QTest::addColumn<double>("pounds");
    QTest::addColumn<double>("pence");
    QTest::newRow("down") << 2.30861 << 2.31;
    QTest::newRow("half away from zero") << 0.125 << 0.13;
    QTest::newRow("whole") << 7.0 << 7.0;
    QTest::newRow("below a penny") << 0.004 << 0.0;
}

void TestNormalisation::rounding()
{
    QFETCH(double, pounds);
    QFETCH(double, pence);
    QCOMPARE(Normalisations::toPence(pounds), pence);
    QCOMPARE(Normalisations::toTenthOfPercent(57.4713), 57.5);
    QCOMPARE(Normalisations::toTenthOfPercent(72.41379), 72.4);
}

void TestNormalisation::names()
{
    QCOMPARE(Normalisations::names(),
             (QStringList {u"absolute"_s, u"per-resident"_s, u"per-business"_s, u"per-1000-employed"_s,
                           u"share-of-local-total"_s}));
    for (const QString &name : Normalisations::names())
        QCOMPARE(Normalisations::name(*Normalisations::fromName(name)), name);
    QVERIFY(!Normalisations::fromName(u"per-cow"_s));
}

void TestNormalisation::theModelShowsTheSameFigures()
{
    FactsheetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFactsheet(embeddedFactsheet());
    const QModelIndex cobra = model.indexOfEntity(u"fundingLine/cobra-biologics"_s, FactsheetModel::AmountColumn);
    const QModelIndex national
        = model.indexOfEntity(u"fundingLine/industrial-strategy-programmes"_s, FactsheetModel::AmountColumn);
    QCOMPARE(cobra.data().toString(), u"£2,600,000"_s);
    QCOMPARE(cobra.data(FactsheetModel::NormalisedValueRole), QVariant(2600000.0));
    QCOMPARE(cobra.data(FactsheetModel::DenominatorNoteRole).toString(), QString());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
    model.setNormalisation(Normalisation::PerResident);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(header.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), model.index(0, FactsheetModel::AmountColumn));
    QCOMPARE(changed.first().at(1).toModelIndex(), model.index(4, FactsheetModel::AmountColumn));
    QCOMPARE(cobra.data().toString(), u"£2.31"_s);
    QCOMPARE(cobra.data(FactsheetModel::NormalisedValueRole), QVariant(2.31));
    QCOMPARE(cobra.data(FactsheetModel::NormalisedTextRole).toString(), u"£2.31"_s);
    QCOMPARE(cobra.data(FactsheetModel::DenominatorNoteRole).toString(), u"per resident — population 1,126,200"_s);
    QCOMPARE(model.headerData(FactsheetModel::AmountColumn, Qt::Horizontal).toString(),
             u"Amount per resident (population 1,126,200)"_s);
    // The raw amount stays what the summary says; the national line is refused, not divided.
    QCOMPARE(cobra.data(FactsheetModel::RawValueRole), QVariant(qint64(2600000)));
    QVERIFY(!national.data(FactsheetModel::NormalisedValueRole).isValid());
    QCOMPARE(national.data().toString(), u"national programme — not comparable per resident"_s);
    QCOMPARE(national.data(FactsheetModel::DenominatorNoteRole).toString(),
             u"national programme — not comparable per resident"_s);
    // The same again changes nothing.
    model.setNormalisation(Normalisation::PerResident);
    QCOMPARE(changed.count(), 1);
}

QTEST_GUILESS_MAIN(TestNormalisation)
#include "tst_normalisation.moc"
