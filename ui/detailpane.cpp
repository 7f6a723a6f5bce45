#include "detailpane.h"

#include "documentrows.h"
#include "factsheet.h"
#include "factsheetmodel.h"
#include "readablecolours.h"
#include "uknumbers.h"

#include <QColor>
#include <QEvent>
#include <QFontMetrics>
#include <QItemSelectionModel>
#include <QPalette>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

#include <utility>

namespace {

const QString moneyUnit = QStringLiteral("GBP");

// Builds the pane's HTML from plain text: every piece of text is escaped here, so nothing from a
// factsheet file can turn into markup.
class HtmlPage
{
public:
    void heading(const QString &text) { add(QStringLiteral("h2"), text); }
    void section(const QString &text) { add(QStringLiteral("h3"), text); }
    void paragraph(const QString &text) { add(QStringLiteral("p"), text); }
    void note(const QString &text) { add(QStringLiteral("p"), text, QStringLiteral("muted")); }

    // The factsheet's own words, in quotes and set apart from ours.
    void quote(const QString &sentence)
    {
        add(QStringLiteral("p"), DetailPane::tr("“%1”").arg(sentence), QStringLiteral("source"));
    }

    // A row of the definition table; consecutive rows share one table.
    void definition(const QString &term, const QString &description)
    {
        m_rows += QStringLiteral("<tr><th align=\"left\" valign=\"top\">%1</th><td valign=\"top\">%2</td></tr>")
                      .arg(term.toHtmlEscaped(), description.toHtmlEscaped());
    }

    // Each item is a name, with its description where there is one.
    void list(const QList<std::pair<QString, QString>> &items)
    {
        flushTable();
        m_html += QStringLiteral("<ul>");
        for (const auto &[name, description] : items) {
            m_html += QStringLiteral("<li>");
            if (description.isEmpty())
                m_html += name.toHtmlEscaped();
            else
                m_html += DetailPane::tr("%1: %2").arg(name, description).toHtmlEscaped();
            m_html += QStringLiteral("</li>");
        }
        m_html += QStringLiteral("</ul>");
    }

    QString html()
    {
        flushTable();
        return m_html;
    }

private:
    void add(const QString &tag, const QString &text, const QString &cssClass = QString())
    {
        flushTable();
        const QString classAttribute = cssClass.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(cssClass);
        m_html += QStringLiteral("<%1%2>%3</%1>").arg(tag, classAttribute, text.toHtmlEscaped());
    }

    void flushTable()
    {
        if (m_rows.isEmpty())
            return;
        m_html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">") + m_rows + QStringLiteral("</table>");
        m_rows.clear();
    }

    QString m_html;
    QString m_rows;
};

// "3", "3 and 4", "3, 4 and 5": English lists, which QLocale::createSeparatedList would also give
// but without going through tr().
QString joinedList(const QStringList &items)
{
    if (items.size() < 2)
        return items.value(0);
    const QStringList leading = items.mid(0, items.size() - 1);
    return DetailPane::tr("%1 and %2").arg(leading.join(DetailPane::tr(", ")), items.last());
}

QString levelsText(const QList<int> &levels)
{
    QStringList numbers;
    for (int level : levels)
        numbers << UkNumbers::count(level);
    return levels.size() == 1 ? DetailPane::tr("Level %1").arg(numbers.first())
                              : DetailPane::tr("Levels %1").arg(joinedList(numbers));
}

QString valueWithUnit(qint64 value, const QString &unit)
{
    if (unit == moneyUnit)
        return UkNumbers::pounds(value);
    if (unit.isEmpty())
        return UkNumbers::count(value);
    return DetailPane::tr("%1 %2").arg(UkNumbers::count(value), unit);
}

QString roleText(const QModelIndex &index, int role)
{
    return index.data(role).toString();
}

void addSource(HtmlPage &page, const QString &sentence)
{
    if (!sentence.isEmpty())
        page.quote(sentence);
}

QString fundingLineHtml(const QModelIndex &index)
{
    HtmlPage page;
    page.heading(roleText(index, FactsheetModel::LabelRole));

    const QString recipient = roleText(index, FactsheetModel::RecipientRole);
    if (!recipient.isEmpty())
        page.definition(DetailPane::tr("Recipient"), recipient);
    page.definition(DetailPane::tr("Purpose"), roleText(index, FactsheetModel::PurposeRole));
    const QVariant raw = index.data(FactsheetModel::RawValueRole);
    const QString amount = raw.isValid() ? UkNumbers::pounds(raw.toLongLong()) : DetailPane::tr("not stated");
    const QString qualifier = roleText(index, FactsheetModel::AmountQualifierRole);
    page.definition(DetailPane::tr("Amount"),
                    qualifier.isEmpty() ? amount : DetailPane::tr("%1 %2").arg(qualifier, amount));
    // The figure the Amounts switch shows, with what it is divided by (or why it is not).
    const QString note = roleText(index, FactsheetModel::DenominatorNoteRole);
    if (!note.isEmpty()) {
        const bool refused = !index.data(FactsheetModel::NormalisedValueRole).isValid();
        page.definition(
            DetailPane::tr("Set against the area"),
            refused ? note : DetailPane::tr("%1 %2").arg(roleText(index, FactsheetModel::NormalisedTextRole), note));
    }
    page.definition(DetailPane::tr("Category"), roleText(index, FactsheetModel::CategoryRole));
    const QString fund = roleText(index, FactsheetModel::FundRole);
    if (!fund.isEmpty())
        page.definition(DetailPane::tr("Fund"), fund);
    const QString location = roleText(index, FactsheetModel::LocationRole);
    if (!location.isEmpty())
        page.definition(DetailPane::tr("Location"), location);
    // National money is never summed with the area's own: say so where people read the amount.
    const bool national = index.data(FactsheetModel::ScopeRole).toInt() == static_cast<int>(Scope::National);
    page.definition(DetailPane::tr("Scope"),
                    national ? DetailPane::tr("National: not part of the area’s local total")
                             : DetailPane::tr("Local: part of the area’s local total"));

    page.section(DetailPane::tr("Source"));
    addSource(page, roleText(index, FactsheetModel::SourceSentenceRole));
    const QString printed = roleText(index, FactsheetModel::SourceQuoteRole);
    if (!printed.isEmpty())
        page.paragraph(DetailPane::tr("Figure as printed: %1").arg(printed));
    return page.html();
}

QString figureHtml(const QModelIndex &index)
{
    HtmlPage page;
    page.heading(roleText(index, FactsheetModel::LabelRole));
    // A ratio is shown as computed, "7.0%"; a count with its unit, "548,800 people".
    const QVariant raw = index.data(FactsheetModel::RawValueRole);
    const QString unit = roleText(index, FactsheetModel::UnitRole);
    page.definition(DetailPane::tr("Value"),
                    raw.metaType() == QMetaType::fromType<double>()
                        ? (unit == QLatin1String("percent")
                               ? roleText(index, FactsheetModel::ValueTextRole)
                               : DetailPane::tr("%1 %2").arg(roleText(index, FactsheetModel::ValueTextRole), unit))
                        : valueWithUnit(raw.toLongLong(), unit));
    // The model's display text names the group for people ("Labour market").
    const QString group = index.siblingAtColumn(FactsheetModel::CategoryColumn).data().toString();
    if (!group.isEmpty())
        page.definition(DetailPane::tr("Group"), group);

    const bool derived = index.data(FactsheetModel::DerivedRole).toBool();
    if (derived) {
        page.paragraph(DetailPane::tr("Derived from figures stated on the factsheet:"));
        page.paragraph(roleText(index, FactsheetModel::DerivationRole));
    } else {
        page.paragraph(
            DetailPane::tr("Stated on the factsheet as “%1”").arg(roleText(index, FactsheetModel::SourceQuoteRole)));
    }

    // A derived figure's sentence is that of the figures it is computed from.
    page.section(derived ? DetailPane::tr("Source of its figures") : DetailPane::tr("Source"));
    addSource(page, roleText(index, FactsheetModel::SourceSentenceRole));
    return page.html();
}

// shownFor is the funding line the case study tells the story of, when that line is selected.
QString caseStudyHtml(const QModelIndex &index, const QModelIndex &shownFor)
{
    const auto study = index.data(FactsheetModel::CaseStudyRole).value<CaseStudy>();
    HtmlPage page;
    page.heading(study.acronym.isEmpty() ? study.title : DetailPane::tr("%1 (%2)").arg(study.title, study.acronym));
    page.note(DetailPane::tr("Case study"));
    if (shownFor.isValid())
        page.note(
            DetailPane::tr("Shown for the funding line “%1”.").arg(roleText(shownFor, FactsheetModel::LabelRole)));

    if (study.opened.isValid())
        page.definition(DetailPane::tr("Opened"),
                        study.openedYearOnly ? QString::number(study.opened.year()) : UkNumbers::month(study.opened));
    const QVariant investment = index.data(FactsheetModel::RawValueRole);
    if (investment.isValid()) {
        const QString amount = UkNumbers::pounds(investment.toLongLong());
        const QString fund = roleText(index, FactsheetModel::FundRole);
        page.definition(DetailPane::tr("Investment"),
                        fund.isEmpty() ? amount : DetailPane::tr("%1 from the %2").arg(amount, fund));
    }
    if (!study.levels.isEmpty())
        page.definition(DetailPane::tr("Qualification levels"), levelsText(study.levels));

    if (!study.facilities.isEmpty()) {
        page.section(DetailPane::tr("Facilities"));
        QList<std::pair<QString, QString>> items;
        for (const Facility &facility : study.facilities)
            items.append({facility.name, facility.description});
        page.list(items);
    }

    if (!study.text.isEmpty()) {
        page.section(DetailPane::tr("Full text"));
        for (const QString &paragraph : study.text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
            page.paragraph(paragraph);
    }

    // Several facts often come from one sentence; quote each sentence once, in reading order.
    QStringList sources {study.source, study.openedSource, study.levelsSource};
    for (const Facility &facility : study.facilities)
        sources << facility.source;
    sources.removeAll(QString());
    sources.removeDuplicates();
    if (!sources.isEmpty()) {
        page.section(DetailPane::tr("Sources"));
        for (const QString &sentence : std::as_const(sources))
            page.quote(sentence);
    }

    const auto links = index.data(FactsheetModel::LinksRole).value<QList<Link>>();
    if (!links.isEmpty()) {
        page.section(DetailPane::tr("See also"));
        // The factsheet's own sentence says where the link leads; the label is a fallback.
        for (const Link &link : links)
            page.paragraph(link.source.isEmpty() ? DetailPane::tr("%1: %2").arg(link.label, link.url) : link.source);
    }
    return page.html();
}

} // namespace

DetailPane::DetailPane(QWidget *parent) : QWidget(parent), m_browser(new QTextBrowser(this))
{
    m_browser->setObjectName(QStringLiteral("detailsBrowser"));
    // Nothing here is a place to go: links stay text, and text stays selectable for copying.
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_browser->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_browser->setFocusPolicy(Qt::StrongFocus);
    m_browser->setTabChangesFocus(true);
    setFocusProxy(m_browser);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);

    m_browser->setPalette(ReadableColours::withReadableText(palette()));
    retranslate();
    showCurrent();
}

void DetailPane::setSelectionModel(QItemSelectionModel *selection)
{
    if (selection == m_selection)
        return;
    disconnectAll(m_selectionConnections);
    m_selection = selection;
    if (m_selection) {
        m_selectionConnections << connect(m_selection, &QItemSelectionModel::currentRowChanged, this,
                                          &DetailPane::showCurrent)
                               << connect(m_selection, &QItemSelectionModel::modelChanged, this, [this] {
                                      connectModel();
                                      showCurrent();
                                  });
    }
    connectModel();
    showCurrent();
}

QItemSelectionModel *DetailPane::selectionModel() const
{
    return m_selection;
}

void DetailPane::connectModel()
{
    disconnectAll(m_modelConnections);
    const QAbstractItemModel *model = m_selection ? m_selection->model() : nullptr;
    if (!model)
        return;
    // After a reset the selection model has no current index: showCurrent then shows the empty state.
    m_modelConnections << connect(model, &QAbstractItemModel::modelReset, this, &DetailPane::showCurrent)
                       << connect(model, &QAbstractItemModel::dataChanged, this, &DetailPane::showCurrent);
}

void DetailPane::disconnectAll(QList<QMetaObject::Connection> &connections)
{
    for (const QMetaObject::Connection &connection : std::as_const(connections))
        disconnect(connection);
    connections.clear();
}

QString DetailPane::text() const
{
    return m_browser->toPlainText();
}

QSize DetailPane::minimumSizeHint() const
{
    const QFontMetrics metrics(m_browser->font());
    return {metrics.averageCharWidth() * minimumCharacters, metrics.lineSpacing() * minimumLines};
}

void DetailPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showCurrent();
    } else if (event->type() == QEvent::PaletteChange) {
        // The desktop's colours, with selected text that reads on its highlight.
        m_browser->setPalette(ReadableColours::withReadableText(palette()));
        showCurrent(); // the muted colour comes from the palette
    }
}

void DetailPane::retranslate()
{
    m_browser->setAccessibleName(tr("Details"));
    m_browser->setAccessibleDescription(tr("Details of the selected funding line, figure or case study"));
}

void DetailPane::showCurrent()
{
    const QModelIndex current = m_selection ? m_selection->currentIndex() : QModelIndex();
    m_browser->document()->setDefaultStyleSheet(styleSheet());
    m_browser->setHtml(htmlFor(current));
}

QString DetailPane::htmlFor(const QModelIndex &index) const
{
    if (!index.isValid()) {
        HtmlPage page;
        page.note(tr("Select a funding line, a bar or the case study to see its details."));
        return page.html();
    }
    switch (index.data(FactsheetModel::KindRole).toInt()) {
    case FactsheetModel::FundingLineKind: {
        // A funding line with a case study is best told by the case study itself.
        const QString caseStudyId = roleText(index, FactsheetModel::CaseStudyIdRole);
        if (!caseStudyId.isEmpty()) {
            const QModelIndex study = DocumentRows::entity(index.model(), caseStudyId);
            if (study.isValid() && study.data(FactsheetModel::KindRole).toInt() == FactsheetModel::CaseStudyKind)
                return caseStudyHtml(study, index); // NOLINT(readability-suspicious-call-argument): shown for index
        }
        return fundingLineHtml(index);
    }
    case FactsheetModel::FigureKind:
        return figureHtml(index);
    case FactsheetModel::CaseStudyKind:
        return caseStudyHtml(index, QModelIndex());
    }
    return {};
}

QString DetailPane::styleSheet() const
{
    // Muted text is the palette's text colour blended towards its background, so it follows light
    // and dark themes and keeps enough contrast to read (a placeholder colour would be too faint).
    const QPalette palette = m_browser->palette();
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const auto blend = [](int from, int to) { return (from * 2 + to) / 3; };
    const QColor muted = ReadableColours::readableOn(
        QColor(blend(text.red(), base.red()), blend(text.green(), base.green()), blend(text.blue(), base.blue())),
        {base});
    return QStringLiteral("h2 { margin-bottom: 6px; }"
                          "h3 { margin-top: 14px; margin-bottom: 4px; }"
                          "th { font-weight: 600; padding-right: 12px; }"
                          ".muted { color: %1; }"
                          ".source { color: %1; font-style: italic; margin-left: 12px; }")
        .arg(muted.name());
}
