#include "areaheader.h"

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
} // namespace

AreaHeader::AreaHeader(QItemSelectionModel *selection, QWidget *parent)
    : QWidget(parent), m_selection(selection),
      m_model(qobject_cast<FactsheetModel *>(const_cast<QAbstractItemModel *>(selection->model()))),
      m_title(new QLabel(this)), m_partnership(new QLabel(this))
{
    Q_ASSERT(m_model);
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
    layout->addWidget(addEntityButton(FactsheetModel::figureEntityId(QStringLiteral("population"))));
    layout->addWidget(addEntityButton(FactsheetModel::figureEntityId(QStringLiteral("businesses"))));
    m_caseStudyButton = addEntityButton(QString()); // its id comes with the factsheet
    layout->addWidget(m_caseStudyButton);

    connect(m_model, &QAbstractItemModel::modelReset, this, &AreaHeader::refresh);
    connect(m_selection, &QItemSelectionModel::currentRowChanged, this, &AreaHeader::mirrorSelection);
    refresh();
}

QToolButton *AreaHeader::addEntityButton(const QString &entityId)
{
    auto *button = new QToolButton(this);
    button->setProperty(entityIdProperty, entityId);
    button->setCheckable(true);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setFocusPolicy(Qt::StrongFocus);
    connect(button, &QToolButton::clicked, this, [this, button] {
        const QModelIndex index = m_model->indexOfEntity(button->property(entityIdProperty).toString());
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
    const Area &area = m_model->factsheet().area;
    m_title->setText(area.name);
    m_partnership->setText(area.partnership);
    const int caseStudyRow = m_model->caseStudyRow();
    m_caseStudyButton->setProperty(
        entityIdProperty,
        caseStudyRow < 0 ? QString() : m_model->index(caseStudyRow, 0).data(FactsheetModel::EntityIdRole).toString());
    for (QToolButton *button : std::as_const(m_buttons)) {
        const QModelIndex index = m_model->indexOfEntity(button->property(entityIdProperty).toString());
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
