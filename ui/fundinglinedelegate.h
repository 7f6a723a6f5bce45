#pragma once

#include <QPalette>
#include <QStyledItemDelegate>

// The investments table's cells in the desktop's colours: the national line (ScopeRole) on a
// tint of the palette (its money is never summed with the area's own), and every text, selected
// or not, made to read on its background (ReadableColours). The model says what a row is; this
// says how it looks.
class FundingLineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit FundingLineDelegate(QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    // The readable palette is worked out once per palette the view has, not once per cell.
    mutable qint64 m_paletteKey = -1;
    mutable QPalette m_readable;
};
