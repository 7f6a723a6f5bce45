#include "areaheader.h"

#include "areafacts.h"
#include "documentrows.h"
#include "factsheetmodel.h"
#include "mnemonics.h"
#include "uknumbers.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr const char *entityIdProperty = "entityId";
constexpr const char *rowProperty = "row"; // a QPersistentModelIndex
// Population and businesses (HeadlineRole 0 and 1).
constexpr int headlineCount = 2;
} // namespace

AreaHeader::AreaHeader(QItemSelectionModel *selection, QWidget *parent)
    : QWidget(parent), m_selection(selection), m_model(selection->model()), m_title(new QLabel(this)),
      m_partnership(new QLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_partnership->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *names = new QVBoxLayout;
    names->setSpacing(0);
    names->addWidget(m_title);
    names->addWidget(m_partnership);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(names, 1);
    for (int headline = 0; headline < headlineCount; ++headline)
        layout->addWidget(addEntityButton());
    m_caseStudyButton = addEntityButton();
    layout->addWidget(m_caseStudyButton);

    connect(m_model, &QAbstractItemModel::modelReset, this, &AreaHeader::refresh);
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, &AreaHeader::refresh);
    connect(m_selection, &QItemSelectionModel::currentRowChanged, this, &AreaHeader::mirrorSelection);
    refresh();
}

QToolButton *AreaHeader::addEntityButton()
{
    auto *button = new QToolButton(this);
    button->setCheckable(true);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setFocusPolicy(Qt::StrongFocus);
    connect(button, &QToolButton::clicked, this, [this, button] {
        const QModelIndex index = button->property(rowProperty).value<QPersistentModelIndex>();
        if (index.isValid())
            m_selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        mirrorSelection(); // a click toggles the button; the selection decides what it shows
    });
    m_buttons.append(button);
    return button;
}

QToolButton *AreaHeader::buttonFor(const QString &entityId) const
{
    for (QToolButton *button : m_buttons) {
        if (button->property(entityIdProperty).toString() == entityId)
            return button;
    }
    return nullptr;
}

void AreaHeader::refresh()
{
    const AreaFacts facts = AreaFacts::of(m_model);
    m_title->setText(facts.areaName);
    m_partnership->setText(facts.partnership);
    // Which rows the buttons show is the model's to say (HeadlineRole, KindRole), not the header's.
    QList<QModelIndex> shown(headlineCount + 1);
    for (const QModelIndex &index : DocumentRows::afterFundingLines(m_model)) {
        const QVariant headline = index.data(FactsheetModel::HeadlineRole);
        if (headline.isValid() && headline.toInt() >= 0 && headline.toInt() < headlineCount)
            shown[headline.toInt()] = index;
        else if (index.data(FactsheetModel::KindRole).toInt() == FactsheetModel::CaseStudyKind)
            shown[headlineCount] = index;
    }
    for (int i = 0; i < m_buttons.size(); ++i) {
        QToolButton *button = m_buttons.at(i);
        const QModelIndex &index = shown.at(i);
        button->setProperty(rowProperty, QVariant::fromValue(QPersistentModelIndex(index)));
        button->setProperty(entityIdProperty, index.data(FactsheetModel::EntityIdRole).toString());
        button->setVisible(index.isValid());
        if (!index.isValid())
            continue;
        if (button == m_caseStudyButton) {
            button->setText(
                tr("Case study: %1").arg(escapedMnemonics(index.data(FactsheetModel::ShortLabelRole).toString())));
            button->setToolTip(index.data(FactsheetModel::LabelRole).toString());
        } else {
            button->setText(tr("%1: %2").arg(escapedMnemonics(index.data(FactsheetModel::LabelRole).toString()),
                                             UkNumbers::count(index.data(FactsheetModel::RawValueRole).toLongLong())));
            button->setToolTip(index.data(FactsheetModel::SourceSentenceRole).toString());
        }
        button->setAccessibleName(button->text().replace(QStringLiteral("&&"), QStringLiteral("&")));
    }
    mirrorSelection();
}

void AreaHeader::mirrorSelection()
{
    const QString current = m_selection->currentIndex().data(FactsheetModel::EntityIdRole).toString();
    for (QToolButton *button : std::as_const(m_buttons))
        button->setChecked(!current.isEmpty() && button->property(entityIdProperty).toString() == current);
}
