#pragma once

#include <QPalette>
#include <QString>
#include <QStringList>

#include <optional>

// The window's colours: the desktop's own (the default), or a light or dark scheme of ours for a
// desktop whose colours do not suit (a projector, a dark room). Ours are checked to read at WCAG
// AA; the desktop's are made to read where they do not (ReadableColours) by the views themselves.
namespace ColourScheme {

enum class Scheme { Desktop, Light, Dark };

QStringList names(); // "desktop", "light", "dark": as stored in the settings
QString name(Scheme scheme);
std::optional<Scheme> fromName(const QString &name);

// Our palettes; for Desktop, an empty palette (nothing set: the desktop's shows through).
QPalette palette(Scheme scheme);

// Sets the application's palette: a user's choice, for every window at once.
void apply(Scheme scheme);

} // namespace ColourScheme
