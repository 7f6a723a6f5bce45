#pragma once

#include <QDialog>
#include <QUrl>

struct SourceInfo;
class QLabel;
class QPushButton;

// Help > About: the program and its version, the factsheet's source, its copyright and licence,
// and where the other areas' summaries are (opened in the browser).
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    AboutDialog(const SourceInfo &source, const QString &version, QWidget *parent = nullptr);

    // The text shown, as rich text.
    static QString text(const SourceInfo &source, const QString &version);
    // The government's map of every area's local summary.
    static QUrl mapUrl() { return QUrl(QStringLiteral("https://bit.ly/IS-map")); }
    // The program's icon, drawn from its SVG at any size and device pixel ratio.
    static QIcon applicationIcon();

    QLabel *label() const { return m_label; }
    QPushButton *mapButton() const { return m_mapButton; }

private:
    QLabel *m_label;
    QPushButton *m_mapButton;
};
