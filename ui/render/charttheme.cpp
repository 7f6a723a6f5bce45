#include "charttheme.h"

#include <QFontInfo>
#include <QPalette>
#include <QSizeF>

#include <algorithm>
#include <cmath>

namespace {

struct BarColours
{
    QColor bar, selected, other;
};

BarColours barColours(ChartPalette palette)
{
    if (palette == ChartPalette::OkabeIto) // blue, vermillion, grey
        return {QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00), QColor(0x99, 0x99, 0x99)};
    return {QColor(0x4e, 0x79, 0xa7), QColor(0xe1, 0x57, 0x59), QColor(0x9d, 0x95, 0x91)};
}

QColor mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    const auto channel = [amountOfB](int x, int y) { return static_cast<int>(std::lround(x + (y - x) * amountOfB)); };
    return QColor(channel(a.red(), b.red()), channel(a.green(), b.green()), channel(a.blue(), b.blue()));
}

qreal relativeLuminance(const QColor &colour)
{
    const auto linear = [](qreal c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF());
}

// The mix of text into background closest to the background that still reads at 4.5:1.
QColor readableSecondary(const QColor &text, const QColor &background)
{
    for (qreal amount = 0.6; amount < 1.0; amount += 0.05) {
        const QColor candidate = mix(background, text, amount);
        if (contrastRatio(candidate, background) >= 4.5)
            return candidate;
    }
    return text;
}

ChartTheme fixedTheme(const QString &name, ChartPalette palette)
{
    ChartTheme theme;
    theme.name = name;
    const BarColours colours = barColours(palette);
    theme.bar = colours.bar;
    theme.selectedBar = colours.selected;
    theme.otherBar = colours.other;
    theme.background = Qt::white;
    theme.fontFamily = QStringLiteral("DejaVu Sans");
    return theme;
}

} // namespace

qreal contrastRatio(const QColor &a, const QColor &b)
{
    const qreal la = relativeLuminance(a);
    const qreal lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QFont ChartTheme::font(qreal pixelSize) const
{
    // One weight for every text: size and colour make the hierarchy. A bold face would be a second
    // font embedded in every PDF, which alone made a PDF export take 1.6 times the bare chart's.
    QFont font(fontFamily);
    font.setPixelSize(std::max(1, static_cast<int>(std::lround(pixelSize))));
    // No ligatures: "ff" stays two letters, so the text of an exported PDF or SVG reads and
    // searches as written ("Staffordshire", not "Sta\ufb00ordshire").
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

QStringList ChartTheme::names()
{
    return {QStringLiteral("window"), QStringLiteral("presentation"), QStringLiteral("print")};
}

QStringList ChartTheme::paletteNames()
{
    return {QStringLiteral("default"), QStringLiteral("okabe-ito")};
}

std::optional<ChartPalette> ChartTheme::paletteFromName(const QString &name)
{
    if (name == QLatin1String("default"))
        return ChartPalette::Default;
    if (name == QLatin1String("okabe-ito"))
        return ChartPalette::OkabeIto;
    return std::nullopt;
}

QStringList ChartTheme::axisNames()
{
    return {QStringLiteral("linear"), QStringLiteral("log")};
}

std::optional<ValueAxisScale> ChartTheme::axisFromName(const QString &name)
{
    if (name == QLatin1String("linear"))
        return ValueAxisScale::Linear;
    if (name == QLatin1String("log"))
        return ValueAxisScale::Log;
    return std::nullopt;
}

ChartTheme ChartTheme::window(const QPalette &palette, const QFont &font, ChartPalette bars)
{
    ChartTheme theme = fixedTheme(QStringLiteral("window"), bars);
    theme.background = palette.color(QPalette::Base);
    theme.text = palette.color(QPalette::Text);
    theme.secondaryText = readableSecondary(theme.text, theme.background);
    theme.grid = mix(theme.background, theme.text, 0.15);
    theme.axisLine = mix(theme.background, theme.text, 0.45);
    theme.fontFamily = font.family();
    const qreal base = QFontInfo(font).pixelSize();
    theme.titleSize = std::round(base * 1.25);
    theme.subtitleSize = base;
    theme.labelSize = base;
    theme.tickSize = std::round(base * 0.9);
    theme.footerSize = std::round(base * 0.85);
    theme.padding = std::round(base * 0.75);
    return theme;
}

ChartTheme ChartTheme::presentation(const QSizeF &target, ChartPalette bars)
{
    ChartTheme theme = fixedTheme(QStringLiteral("presentation"), bars);
    theme.text = QColor(0x11, 0x11, 0x11);
    theme.secondaryText = QColor(0x40, 0x40, 0x40);
    theme.grid = QColor(0xe6, 0xe6, 0xe6);
    theme.axisLine = QColor(0x11, 0x11, 0x11);
    theme.gridVisible = false;
    theme.valueLabels = ValueLabels::Style::Short; // as the summary prints money, and as slides quote it
    // Sizes follow the shorter side, so a tall target does not get a giant title.
    const qreal unit = std::min(target.height(), target.width() * 9.0 / 16.0);
    theme.titleSize = std::ceil(unit / 22.0);
    theme.subtitleSize = std::round(unit / 40.0);
    theme.labelSize = std::round(unit / 34.0);
    theme.tickSize = std::round(unit / 48.0);
    theme.footerSize = std::round(unit / 60.0);
    theme.barThickness = 0.72;
    theme.padding = std::round(unit / 40.0);
    return theme;
}

ChartTheme ChartTheme::print(const QSizeF &target, ChartPalette bars)
{
    ChartTheme theme = fixedTheme(QStringLiteral("print"), bars);
    theme.text = Qt::black;
    theme.secondaryText = QColor(0x33, 0x33, 0x33);
    theme.grid = QColor(0xd9, 0xd9, 0xd9);
    theme.axisLine = Qt::black;
    const qreal unit = std::min(target.height(), target.width() * 9.0 / 16.0);
    theme.titleSize = std::ceil(unit / 30.0);
    theme.subtitleSize = std::round(unit / 48.0);
    theme.labelSize = std::round(unit / 44.0);
    theme.tickSize = std::round(unit / 54.0);
    theme.footerSize = std::round(unit / 64.0);
    theme.padding = std::round(unit / 48.0);
    return theme;
}

std::optional<ChartTheme> ChartTheme::named(const QString &name, const QSizeF &target, const QPalette &palette,
                                            const QFont &font, ChartPalette bars)
{
    if (name == QLatin1String("window"))
        return window(palette, font, bars);
    if (name == QLatin1String("presentation"))
        return presentation(target, bars);
    if (name == QLatin1String("print"))
        return print(target, bars);
    return std::nullopt;
}
