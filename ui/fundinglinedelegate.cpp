#include "fundinglinedelegate.h"

#include "factsheet.h"
#include "factsheetmodel.h"
#include "readablecolours.h"

FundingLineDelegate::FundingLineDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

void FundingLineDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (option->palette.cacheKey() != m_paletteKey) {
        m_paletteKey = option->palette.cacheKey();
        m_readable = ReadableColours::withReadableText(option->palette);
    }
    option->palette = m_readable;
    if (index.data(FactsheetModel::ScopeRole).toInt() != static_cast<int>(Scope::National))
        return;
    const QPalette::ColorGroup group = !option->state.testFlag(QStyle::State_Enabled) ? QPalette::Disabled
        : option->state.testFlag(QStyle::State_Active)                                ? QPalette::Active
                                                                                      : QPalette::Inactive;
    const QColor tint = ReadableColours::nationalBackground(m_readable, group);
    option->backgroundBrush = tint;
    option->palette.setColor(group, QPalette::Text,
                             ReadableColours::readableOn(m_readable.color(group, QPalette::Text), {tint}));
}
