#include "generatedfactsheet.h"

#include "readers/factsheetreader.h"
#include "uknumbers.h"

#include <QStringList>

#include <algorithm>
#include <iterator>

namespace {

// SplitMix64: tiny, fast and fully specified, so the lines do not depend on the standard library
// (std:: distributions may differ between implementations).
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) { }

    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int bound) { return static_cast<int>(next() % static_cast<quint64>(bound)); }
    bool chance(int percent) { return below(100) < percent; }
    const QString &pick(const QStringList &list) { return list.at(below(static_cast<int>(list.size()))); }

private:
    quint64 m_state;
};

QStringList words(const QString &joined)
{
    return joined.split(QLatin1Char('|'));
}

// One hundred places, so each is named in about 1 % of the lines. None contains another's name,
// nor does any other word used here contain "rugeley".
const QStringList &places()
{
    static const QStringList list = words(QStringLiteral(
        "Stoke-on-Trent|Stafford|Burton upon Trent|Tamworth|Lichfield|Cannock|Rugeley|Leek|Uttoxeter|Stone|"
        "Newcastle-under-Lyme|Kidsgrove|Biddulph|Cheadle|Penkridge|Codsall|Brewood|Eccleshall|Gnosall|Alrewas|"
        "Barton-under-Needwood|Abbots Bromley|Hednesford|Norton Canes|Great Wyrley|Cheslyn Hay|Perton|Wombourne|"
        "Kinver|Tutbury|Hanley|Burslem|Tunstall|Longton|Fenton|Meir|Trentham|Blythe Bridge|Audley|Madeley|"
        "Keele|Silverdale|Talke|Wolstanton|Werrington|Cellarhead|Ipstones|Waterhouses|Alton|Denstone|Rocester|"
        "Hixon|Weston|Haughton|Wheaton Aston|Huntington|Heath Hayes|Chasetown|Burntwood|Armitage|Fradley|"
        "Whittington|Shenstone|Fazeley|Wilnecote|Glascote|Dosthill|Polesworth|Stretton|Branston|Anslow|Rolleston|"
        "Horninglow|Winshill|Stapenhill|Swadlincote|Ashbourne|Market Drayton|Telford|Wolverhampton|Walsall|"
        "Sutton Coldfield|Coventry|Derby|Crewe|Congleton|Macclesfield|Buxton|Ellesmere Port|Nuneaton|Atherstone|"
        "Redditch|Bromsgrove|Kidderminster|Wellington|Shifnal|Oakengates|Bridgnorth|Ludlow|Hinckley"));
    return list;
}

const QStringList &surnames()
{
    static const QStringList list = words(QStringLiteral(
        "Cobra|Harper|Wedgwood|Spode|Bennett|Whitmore|Aldridge|Brindley|Colclough|Davenport|Emery|Fenwick|"
        "Goodwin|Hollins|Ingram|Johnson|Keates|Lowndes|Meakin|Norcross|Oakley|Plant|Quinton|Ridgway|Salt|"
        "Twyford|Unwin|Vyse|Walker|Yates|Adderley|Bagnall|Cartlidge|Dunn|Eardley|Forrester"));
    return list;
}

const QStringList &sectors()
{
    static const QStringList list = words(
        QStringLiteral("Biologics|Advanced Ceramics|Precision Engineering|Logistics|Composites|Foods|Pharmaceuticals|"
                       "Robotics|Software|Energy Systems|Materials|Analytics|Automotive|Aerospace Components|Brewing"));
    return list;
}

const QStringList &facilities()
{
    static const QStringList list = words(QStringLiteral(
        "Innovation Centre|Science & Technology Centre|Enterprise Zone|Business Park|Skills Hub|Digital Hub|"
        "Growth Hub|Engineering Academy|Food Park|Energy Park|Rail Freight Terminal|Ceramics Academy|Health Campus"));
    return list;
}

const QStringList &themes()
{
    static const QStringList list = words(
        QStringLiteral("Digital skills|Apprenticeship grants|Low carbon|Business growth|Export support|Town centre|"
                       "Flood resilience|Ultrafast broadband|Manufacturing productivity|Visitor economy"));
    return list;
}

const QStringList &categories()
{
    static const QStringList list = words(QStringLiteral(
        "Life sciences|Housing|Infrastructure|Skills|Digital|Energy|Advanced manufacturing|Transport|Ceramics|"
        "Agri-tech|Tourism and culture|Business support"));
    return list;
}

const QStringList &funds()
{
    static const QStringList list
        = words(QStringLiteral("Local Growth Fund|Getting Building Fund|Growth Deal|European Regional Development Fund|"
                               "Industrial Strategy Challenge Fund"));
    return list;
}

// What is funded, with the place; the category goes with it.
struct Purpose
{
    QString text;
    const QString *category;
};

Purpose purposeFor(Random &random, const QString &place)
{
    const QStringList &category = categories();
    const QString number = UkNumbers::count(10 + random.below(990));
    switch (random.below(8)) {
    case 0:
        return {QStringLiteral("Develop cell and gene therapy products in %1 that can improve and even save lives")
                    .arg(place),
                &category[0]};
    case 1:
        return {QStringLiteral("Accelerate housebuilding by providing the infrastructure to access %1 new homes in %2")
                    .arg(number, place),
                &category[1]};
    case 2:
        return {QStringLiteral("Improvements to infrastructure to open up land for %1 jobs at %2").arg(number, place),
                &category[2]};
    case 3:
        return {QStringLiteral("Train %1 apprentices a year in engineering and science at %2").arg(number, place),
                &category[3]};
    case 4:
        return {QStringLiteral("Extend full-fibre broadband to %1 premises around %2").arg(number, place),
                &category[4]};
    case 5:
        return {QStringLiteral("Cut the energy bills of %1 businesses in %2 with low-carbon heat").arg(number, place),
                &category[5]};
    case 6:
        return {QStringLiteral("Help %1 manufacturers in %2 adopt robotics and digital design").arg(number, place),
                &category[6 + random.below(3) * 2]}; // Advanced manufacturing, Ceramics, Tourism and culture
    default: {
        static const int transportAgriTechOrSupport[] = {7, 9, 11};
        return {QStringLiteral("Support %1 small firms in %2 to grow and export").arg(number, place),
                &category[transportAgriTechOrSupport[random.below(3)]]};
    }
    }
}

// The amount as the factsheet would print it, so the loader's quote check passes: "£450k",
// "£2.6m", "£45bn", or in full "£2,600,000".
QString quoteFor(Random &random, qint64 amount)
{
    if (random.chance(20))
        return UkNumbers::pounds(amount);
    const auto shortened = [](qint64 value, qint64 unit, const QString &suffix) {
        QString digits = QString::number(value / unit);
        if (const qint64 rest = value % unit) {
            QString decimals = QString::number(rest).rightJustified(QString::number(unit).size() - 1, QLatin1Char('0'));
            while (decimals.endsWith(QLatin1Char('0')))
                decimals.chop(1);
            digits += QLatin1Char('.') + decimals;
        }
        return QStringLiteral("£") + digits + suffix;
    };
    if (amount >= 1'000'000'000)
        return shortened(amount, 1'000'000'000, QStringLiteral("bn"));
    if (amount >= 1'000'000)
        return shortened(amount, 1'000'000, QStringLiteral("m"));
    return shortened(amount, 1'000, QStringLiteral("k"));
}

QString lowerFirst(const QString &text)
{
    return text.left(1).toLower() + text.mid(1);
}

FundingLine generatedLine(Random &random, int index)
{
    FundingLine line;
    line.id = QStringLiteral("line-%1").arg(index);
    const QString &place = random.pick(places());
    Purpose purpose = purposeFor(random, place);

    switch (random.below(20)) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
    case 5:
    case 6: // a named company
        line.title = random.pick(surnames()) + QLatin1Char(' ') + random.pick(sectors());
        if (random.chance(30))
            line.title += QStringLiteral(" Ltd");
        line.recipient = line.title;
        break;
    case 7:
    case 8:
    case 9:
    case 10:
    case 11:
    case 12: // a place's centre, sometimes in phases
        line.title = place + QLatin1Char(' ') + random.pick(facilities());
        if (random.chance(40))
            line.title += QStringLiteral(" Phase %1").arg(1 + random.below(12));
        break;
    case 13:
    case 14:
    case 15:
    case 16: // numbered programmes: numbers must sort as numbers
        line.title = QStringLiteral("%1 programme %2").arg(random.pick(themes())).arg(1 + random.below(400));
        break;
    default: // roads
        line.title = QStringLiteral("A%1 %2 junction improvements").arg(random.below(600) + 1).arg(place);
        break;
    }
    line.purpose = std::move(purpose.text);
    line.category = *purpose.category;
    if (random.chance(50))
        line.location = place;
    if (random.chance(40))
        line.fund = random.pick(funds());

    if (random.below(1000) == 0) { // now and then a national programme, in billions
        line.scope = Scope::National;
        line.amount = (1 + random.below(60)) * 1'000'000'000LL;
        line.amountQualifier = QStringLiteral("more than");
        line.category = QStringLiteral("National programmes");
    } else {
        qint64 amount = 10 + random.below(990);
        for (int zeros = 3 + random.below(4); zeros > 0; --zeros)
            amount *= 10;
        line.amount = amount;
    }
    line.quote = quoteFor(random, line.amount);
    line.source = line.recipient.isEmpty()
        ? line.quote + QStringLiteral(" for ") + lowerFirst(line.purpose) + QLatin1Char('.')
        : line.quote + QStringLiteral(" to ") + line.recipient + QStringLiteral(" to ") + lowerFirst(line.purpose)
            + QLatin1Char('.');
    return line;
}

} // namespace

namespace GeneratedFactsheet {

QString rarePattern()
{
    return QStringLiteral("rugeley");
}

std::vector<FundingLine> fundingLines(int count, quint64 seed, int firstIndex)
{
    Random random(seed);
    std::vector<FundingLine> lines;
    lines.reserve(static_cast<size_t>(std::max(count, 0)));
    for (int i = 0; i < count; ++i)
        lines.push_back(generatedLine(random, firstIndex + i));
    return lines;
}

Factsheet embeddedWithLines(int lineCount, quint64 seed)
{
    FactsheetLoadResult embedded = FactsheetReader::readFile(FactsheetReader::embeddedPath());
    Q_ASSERT(embedded.ok());
    Factsheet sheet = embedded.takeFactsheet();
    const int real = static_cast<int>(sheet.fundingLines.size());
    std::vector<FundingLine> generated = fundingLines(std::max(lineCount - real, 0), seed);
    sheet.fundingLines.reserve(sheet.fundingLines.size() + generated.size());
    std::move(generated.begin(), generated.end(), std::back_inserter(sheet.fundingLines));
    return sheet;
}

} // namespace GeneratedFactsheet
