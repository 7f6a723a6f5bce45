#include "exportdialog.h"

#include "chartmembership.h"
#include "storedsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>

#include <array>

namespace {

const QString group = QStringLiteral("export");

struct Preset
{
    const char *name;
    QSize size;
};

// A4 landscape is 297 × 210 mm: at 300 dpi, 3508 × 2480 pixels.
const std::array<Preset, 3> presets {{
    {QT_TRANSLATE_NOOP("ExportDialog", "Slide, 1920 × 1080"), QSize(1920, 1080)},
    {QT_TRANSLATE_NOOP("ExportDialog", "Slide, 1280 × 720"), QSize(1280, 720)},
    {QT_TRANSLATE_NOOP("ExportDialog", "A4 landscape at 300 dpi, 3508 × 2480"), QSize(3508, 2480)},
}};

QString formatName(ChartExport::Format format)
{
    switch (format) {
    case ChartExport::Format::Svg:
        return QStringLiteral("svg");
    case ChartExport::Format::Pdf:
        return QStringLiteral("pdf");
    case ChartExport::Format::Png:
        break;
    }
    return QStringLiteral("png");
}

} // namespace

QString ExportDialog::chartTitle(const QString &chartName)
{
    if (chartName == ChartMembership::employment)
        return tr("Employment");
    if (chartName == ChartMembership::apprenticeshipsAndWages)
        return tr("Apprenticeships and wages");
    if (chartName == ChartMembership::funding)
        return tr("Funding");
    if (chartName == ChartMembership::dashboard)
        return tr("Dashboard (all three charts)");
    return chartName;
}

ExportDialog::ExportDialog(const ChartExport::Settings &settings, ChartExport::Format format, const QSize &onScreen,
                           QWidget *parent)
    : QDialog(parent), m_chart(new QComboBox(this)), m_format(new QComboBox(this)), m_preset(new QComboBox(this)),
      m_width(new QSpinBox(this)), m_height(new QSpinBox(this)), m_scale(new QComboBox(this)),
      m_background(new QComboBox(this)), m_theme(new QComboBox(this)), m_palette(new QComboBox(this)),
      m_selection(new QCheckBox(tr("&Highlight the selected bars"), this)),
      m_onePerPage(new QCheckBox(tr("PDF of the dashboard: &one chart a page"), this))
{
    setWindowTitle(tr("Export Chart"));
    setObjectName(QStringLiteral("exportDialog"));

    for (const QString &name : ChartExport::chartNames())
        m_chart->addItem(chartTitle(name), name);
    m_chart->setCurrentIndex(std::max(0, m_chart->findData(settings.chart)));

    m_format->addItem(tr("PNG image"), QVariant::fromValue(static_cast<int>(ChartExport::Format::Png)));
    m_format->addItem(tr("SVG drawing (editable text)"),
                      QVariant::fromValue(static_cast<int>(ChartExport::Format::Svg)));
    m_format->addItem(tr("PDF document"), QVariant::fromValue(static_cast<int>(ChartExport::Format::Pdf)));
    m_format->setCurrentIndex(m_format->findData(static_cast<int>(format)));

    for (const Preset &preset : presets)
        m_preset->addItem(tr(preset.name), preset.size);
    if (!onScreen.isEmpty())
        m_preset->addItem(tr("On-screen size, %1 × %2").arg(onScreen.width()).arg(onScreen.height()), onScreen);
    m_preset->addItem(tr("Custom"), QSize());
    for (QSpinBox *side : {m_width, m_height}) {
        side->setRange(1, ChartExport::maxSide);
        side->setSuffix(tr(" px"));
    }
    m_width->setValue(settings.size.width());
    m_height->setValue(settings.size.height());
    const int preset = m_preset->findData(settings.size);
    m_preset->setCurrentIndex(preset >= 0 ? preset : m_preset->count() - 1);

    for (int scale = 1; scale <= 3; ++scale)
        m_scale->addItem(tr("%1×").arg(scale), scale);
    m_scale->setCurrentIndex(std::max(0, m_scale->findData(settings.scale)));
    m_background->addItem(tr("White"), false);
    m_background->addItem(tr("Transparent"), true);
    m_background->setCurrentIndex(settings.transparent ? 1 : 0);
    m_theme->addItem(tr("Window"), QStringLiteral("window"));
    m_theme->addItem(tr("Presentation (large type, high contrast)"), QStringLiteral("presentation"));
    m_theme->addItem(tr("Print (black text, light grid)"), QStringLiteral("print"));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(settings.theme)));
    m_palette->addItem(tr("Default"), QStringLiteral("default"));
    m_palette->addItem(tr("Okabe–Ito (colour-blind safe)"), QStringLiteral("okabe-ito"));
    m_palette->setCurrentIndex(settings.palette == ChartPalette::OkabeIto ? 1 : 0);
    m_selection->setChecked(settings.showsSelection);
    m_onePerPage->setChecked(settings.onePerPage);

    auto *size = new QHBoxLayout;
    size->addWidget(m_width);
    size->addWidget(new QLabel(tr("×"), this));
    size->addWidget(m_height);
    auto *form = new QFormLayout;
    form->addRow(tr("Ch&art:"), m_chart);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Size:"), m_preset);
    form->addRow(QString(), size);
    form->addRow(tr("S&cale:"), m_scale);
    form->addRow(tr("&Background:"), m_background);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Palette:"), m_palette);
    form->addRow(QString(), m_selection);
    form->addRow(QString(), m_onePerPage);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &ExportDialog::presetChosen);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateEnabled);
    connect(m_chart, &QComboBox::currentIndexChanged, this, &ExportDialog::updateEnabled);
    presetChosen();
}

void ExportDialog::presetChosen()
{
    const QSize size = m_preset->currentData().toSize();
    if (!size.isEmpty()) {
        m_width->setValue(size.width());
        m_height->setValue(size.height());
    }
    updateEnabled();
}

void ExportDialog::updateEnabled()
{
    const bool custom = m_preset->currentData().toSize().isEmpty();
    m_width->setEnabled(custom);
    m_height->setEnabled(custom);
    // Pixels per logical pixel and a see-through background are a PNG's matters.
    const bool png = format() == ChartExport::Format::Png;
    m_scale->setEnabled(png);
    m_background->setEnabled(png);
    m_onePerPage->setEnabled(format() == ChartExport::Format::Pdf
                             && m_chart->currentData().toString() == ChartMembership::dashboard);
}

ChartExport::Settings ExportDialog::settings() const
{
    ChartExport::Settings settings;
    settings.chart = m_chart->currentData().toString();
    settings.size = QSize(m_width->value(), m_height->value());
    settings.scale = m_scale->currentData().toInt();
    settings.transparent = m_background->currentData().toBool() && format() == ChartExport::Format::Png;
    settings.theme = m_theme->currentData().toString();
    settings.palette = ChartTheme::paletteFromName(m_palette->currentData().toString()).value_or(ChartPalette::Default);
    settings.showsSelection = m_selection->isChecked();
    settings.onePerPage = m_onePerPage->isEnabled() && m_onePerPage->isChecked();
    return settings;
}

ChartExport::Format ExportDialog::format() const
{
    return static_cast<ChartExport::Format>(m_format->currentData().toInt());
}

ChartExport::Settings ExportDialog::rememberedSettings()
{
    // Through the one store of remembered choices (a damaged settings file is set aside there).
    StoredSettings remembered(group);
    QSettings &store = remembered.settings();
    ChartExport::Settings settings;
    // Whatever is stored is checked like any request: a foreign or damaged value is ignored.
    ChartExport::Settings stored = settings;
    stored.chart = store.value(QStringLiteral("chart"), settings.chart).toString();
    stored.size = store.value(QStringLiteral("size"), settings.size).toSize();
    stored.scale = store.value(QStringLiteral("scale"), settings.scale).toInt();
    stored.theme = store.value(QStringLiteral("theme"), settings.theme).toString();
    stored.palette
        = ChartTheme::paletteFromName(store.value(QStringLiteral("palette")).toString()).value_or(settings.palette);
    stored.transparent = store.value(QStringLiteral("transparent"), false).toBool();
    stored.showsSelection = store.value(QStringLiteral("showsSelection"), false).toBool();
    stored.onePerPage = store.value(QStringLiteral("onePerPage"), false).toBool();
    // A palette name that is none of ours is taken as the default, like the rest, with a word.
    if (store.contains(QStringLiteral("palette"))
        && !ChartTheme::paletteFromName(store.value(QStringLiteral("palette")).toString()))
        qWarning("%s",
                 qPrintable(tr("Ignoring the remembered export palette: not one of %1")
                                .arg(ChartTheme::paletteNames().join(QStringLiteral(", ")))));
    if (const std::optional<QString> problem = ChartExport::check(stored)) {
        qWarning("%s", qPrintable(tr("Ignoring the remembered export settings: %1").arg(*problem)));
        return settings;
    }
    return stored;
}

ChartExport::Format ExportDialog::rememberedFormat()
{
    StoredSettings stored(group);
    return ChartExport::formatOf(QStringLiteral("chart.")
                                 + stored.settings().value(QStringLiteral("format")).toString())
        .value_or(ChartExport::Format::Png);
}

QString ExportDialog::rememberedFolder()
{
    StoredSettings stored(group);
    return stored.settings()
        .value(QStringLiteral("folder"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
        .toString();
}

void ExportDialog::remember(const ChartExport::Settings &settings, ChartExport::Format format, const QString &folder)
{
    StoredSettings stored(group);
    QSettings &store = stored.settings();
    store.setValue(QStringLiteral("chart"), settings.chart);
    store.setValue(QStringLiteral("size"), settings.size);
    store.setValue(QStringLiteral("scale"), settings.scale);
    store.setValue(QStringLiteral("theme"), settings.theme);
    store.setValue(QStringLiteral("palette"),
                   settings.palette == ChartPalette::OkabeIto ? QStringLiteral("okabe-ito")
                                                              : QStringLiteral("default"));
    store.setValue(QStringLiteral("transparent"), settings.transparent);
    store.setValue(QStringLiteral("showsSelection"), settings.showsSelection);
    store.setValue(QStringLiteral("onePerPage"), settings.onePerPage);
    store.setValue(QStringLiteral("format"), formatName(format));
    store.setValue(QStringLiteral("folder"), folder);
}
