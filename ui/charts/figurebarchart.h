#pragma once

#include "barchartwidget.h"

#include <QStringList>

// A few figures of the factsheet side by side, one bar each, e.g. employment in 2010 and now.
// Bars follow the order of the ids given; an id the factsheet lacks is skipped.
class FigureBarChart final : public BarChartWidget
{
    Q_OBJECT

public:
    // title is shown on the chart (translated by the caller); ids are entity ids, "figure/<id>".
    FigureBarChart(const QString &title, const QStringList &figureEntityIds, QWidget *parent = nullptr);

    QString title() const { return m_title; }
    // For a change of language: the title is the caller's translated text.
    void setTitle(const QString &title);
    QStringList figureEntityIds() const { return m_figureEntityIds; }

protected:
    Plan planBars(const FactsheetModel *model) const override;
    QString barName(const QModelIndex &index) const override;
    QString formatValue(qint64 value) const override;
    QString categoryLabel(const QModelIndex &index) const override;

private:
    QString m_title;
    QStringList m_figureEntityIds;
};
