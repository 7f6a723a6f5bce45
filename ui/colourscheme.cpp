#include "colourscheme.h"

#include "readablecolours.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

namespace {

QPalette darkPalette()
{
    const QColor text(0xf0, 0xf0, 0xf0);
    const QColor disabledText(0x80, 0x80, 0x80);
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x30));
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x29));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    palette.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3d));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3d));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::Highlight, QColor(0x38, 0x74, 0xc7)); // white on it: 4.8:1
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xc4, 0x9c, 0xff));
    // The bevels Fusion draws with.
    palette.setColor(QPalette::Light, QColor(0x50, 0x50, 0x53));
    palette.setColor(QPalette::Midlight, QColor(0x44, 0x44, 0x47));
    palette.setColor(QPalette::Mid, QColor(0x33, 0x33, 0x36));
    palette.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1a));
    palette.setColor(QPalette::Shadow, Qt::black);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x44, 0x44, 0x47));
    return palette;
}

QPalette lightPalette()
{
    // Fusion's own light palette, whatever style the desktop uses, with its selection made to read.
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return ReadableColours::withReadableText(fusion ? fusion->standardPalette() : QPalette(Qt::white));
}

} // namespace

namespace ColourScheme {

QStringList names()
{
    return {QStringLiteral("desktop"), QStringLiteral("light"), QStringLiteral("dark")};
}

QString name(Scheme scheme)
{
    return names().at(static_cast<int>(scheme));
}

std::optional<Scheme> fromName(const QString &name)
{
    const auto at = names().indexOf(name);
    if (at < 0)
        return std::nullopt;
    return static_cast<Scheme>(at);
}

QPalette palette(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Light:
        return lightPalette();
    case Scheme::Dark:
        return darkPalette();
    case Scheme::Desktop:
        break;
    }
    return {};
}

void apply(Scheme scheme)
{
    // An empty palette sets nothing: the desktop's palette shows through again.
    QApplication::setPalette(palette(scheme));
}

} // namespace ColourScheme
