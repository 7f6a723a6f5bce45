#pragma once

#include <QDialog>
#include <QUrl>

class QTextBrowser;

// Help > User Guide: docs/user-guide.md as shipped with the program (a resource), with its
// pictures of the real window; links to the web open in the browser.
class UserGuideDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    static QUrl source() { return QUrl(QStringLiteral("qrc:/docs/user-guide.md")); }
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};
