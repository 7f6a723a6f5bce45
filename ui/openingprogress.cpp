#include "openingprogress.h"

#include "factsheetdocument.h"
#include "shownname.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

OpeningProgress::OpeningProgress(FactsheetDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_label(new QLabel(this)), m_bar(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("openingProgress"));
    m_bar->setRange(0, FactsheetDocument::progressMaximum);
    m_bar->setFormat(QStringLiteral("%p%"));
    m_bar->setAccessibleName(tr("Opening progress"));
    // Wide enough to see it move, narrow enough to leave the status bar its messages.
    m_bar->setMaximumWidth(fontMetrics().averageCharWidth() * 24);
    m_cancel->setObjectName(QStringLiteral("cancelOpening"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    hide();

    connect(m_cancel, &QPushButton::clicked, this, &OpeningProgress::cancelRequested);
    connect(m_document, &FactsheetDocument::loadingChanged, this, [this](bool loading) {
        if (loading)
            showOpening(m_document->pendingPath());
        else
            hide();
    });
    connect(m_document, &FactsheetDocument::loadProgress, m_bar, &QProgressBar::setValue);
}

void OpeningProgress::showOpening(const QString &path)
{
    const QString name = ShownName::of(QFileInfo(path).fileName());
    m_label->setText(tr("Opening %1…").arg(name));
    m_cancel->setAccessibleDescription(tr("Stops opening %1; the factsheet shown stays as it is").arg(name));
    m_bar->setValue(0);
    show();
}
