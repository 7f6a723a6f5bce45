#include "aboutdialog.h"

#include "factsheet.h"
#include "uknumbers.h"

#include <QDate>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

AboutDialog::AboutDialog(const SourceInfo &source, const QString &version, QWidget *parent)
    : QDialog(parent), m_label(new QLabel(text(source, version), this)),
      m_mapButton(new QPushButton(tr("Open the &Map of Local Summaries"), this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Factsheet Explorer"));
    auto *icon = new QLabel(this);
    icon->setPixmap(applicationIcon().pixmap(QSize(64, 64), devicePixelRatio()));
    icon->setAlignment(Qt::AlignTop);
    m_label->setTextFormat(Qt::RichText);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_label->setMinimumWidth(fontMetrics().averageCharWidth() * 56);
    // The link and the button both open the map in the browser.
    connect(m_label, &QLabel::linkActivated, this, [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });
    connect(m_mapButton, &QPushButton::clicked, this, [] { QDesktopServices::openUrl(mapUrl()); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_mapButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *content = new QHBoxLayout;
    content->addWidget(icon);
    content->addWidget(m_label, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(content);
    layout->addWidget(buttons);
    // The wrapped text decides the height, whatever the language makes of its length: at its
    // narrowest it needs the most lines.
    m_label->setMinimumHeight(m_label->heightForWidth(m_label->minimumWidth()));
}

QString AboutDialog::text(const SourceInfo &source, const QString &version)
{
    const QDate published = QDate::fromString(source.published + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
    const QString when = published.isValid() ? UkNumbers::month(published) : source.published;
    return tr("<p><b>Factsheet Explorer</b> %1</p>"
              "<p>Browse the figures, funding lines and case study of an Industrial Strategy local summary.</p>"
              "<p>Data: <i>%2</i>, published by the %3, %4.</p>"
              "<p>%5. Licensed under the %6.</p>"
              "<p>Every area's summary: <a href=\"%7\">%8</a></p>")
        .arg(version.toHtmlEscaped(), source.title.toHtmlEscaped(), source.publisher.toHtmlEscaped(),
             when.toHtmlEscaped(), source.copyright.toHtmlEscaped(), source.licence.toHtmlEscaped(),
             mapUrl().toString(), mapUrl().toDisplayString(QUrl::RemoveScheme).mid(2));
}

QIcon AboutDialog::applicationIcon()
{
    return QIcon(QStringLiteral(":/icons/uk.factsheetexplorer.FactsheetExplorer.svg"));
}
