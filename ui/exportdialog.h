#pragma once

#include "chartexport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

// Choices for exporting a chart or the dashboard: format, size (slide presets, A4 at 300 dpi,
// the on-screen size, or custom), scale, background, theme, palette, selection highlight. The
// last choices are remembered (StoredSettings) for the next export.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    // onScreen: the chart's size in the window, offered as a preset.
    ExportDialog(const ChartExport::Settings &settings, ChartExport::Format format, const QSize &onScreen,
                 QWidget *parent = nullptr);

    ChartExport::Settings settings() const;
    ChartExport::Format format() const;

    // What the last export chose (or the defaults), and where it went.
    static ChartExport::Settings rememberedSettings();
    static ChartExport::Format rememberedFormat();
    static QString rememberedFolder();
    static void remember(const ChartExport::Settings &settings, ChartExport::Format format, const QString &folder);

    // "employment", … by the words the dialog shows for them.
    static QString chartTitle(const QString &chartName);

private:
    void presetChosen();
    void updateEnabled();

    QComboBox *m_chart;
    QComboBox *m_format;
    QComboBox *m_preset;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QComboBox *m_scale;
    QComboBox *m_background;
    QComboBox *m_theme;
    QComboBox *m_palette;
    QCheckBox *m_selection;
    QCheckBox *m_onePerPage;
};
