// The window in a longer language: the pseudo-translation made at build time from the catalogue
// (translations/pseudotranslate.cpp: every text accented, 40 % longer, in brackets) is loaded,
// and every widget of the main window and its dialogs is walked. A text without the brackets
// was not translated (not through tr(), or missing from the catalogue: build the target
// update_translations); a label, button or group box whose text is wider than its rectangle
// would cut a translation off.
#include "aboutdialog.h"
#include "areaheader.h"
#include "detailpane.h"
#include "exportdialog.h"
#include "factsheetdocument.h"
#include "factsheetmodel.h"
#include "investmentspanel.h"
#include "mainwindow.h"
#include "readers/factsheetreader.h"
#include "shortcutsdialog.h"
#include "testoutput.h"
#include "userguidedialog.h"
#include "windowfixture.h"
#include "windowpanes.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>

#include <memory>

namespace {

QString withoutMnemonics(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    return text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
}

// "[Ƒîļţéŕ: ~]": what the pseudo-translation makes of every text, data put into it or not.
bool isTranslated(const QString &text)
{
    const QString shown = withoutMnemonics(text);
    return shown.contains(QLatin1Char('[')) && shown.contains(QLatin1Char('~')) && shown.contains(QLatin1Char(']'));
}

// The width a text needs, as the widget draws it (rich text laid out as a document).
int textWidth(const QString &text, const QFont &font, bool rich)
{
    if (rich) {
        QTextDocument document;
        document.setDefaultFont(font);
        document.setHtml(text);
        document.setDocumentMargin(0);
        return static_cast<int>(std::ceil(document.idealWidth()));
    }
    int widest = 0;
    for (const QString &line : withoutMnemonics(text).split(QLatin1Char('\n')))
        widest = std::max(widest, QFontMetrics(font).horizontalAdvance(line));
    return widest;
}

// Each clipped text of window's own visible labels, buttons and group boxes, as "class “text”: need > have".
QStringList clippedTexts(QWidget *window)
{
    QStringList clipped;
    const auto check = [&clipped](const QWidget *widget, const QString &text, int needed, int available) {
        if (needed > available)
            clipped << QStringLiteral("%1 “%2”: %3 > %4")
                           .arg(QString::fromLatin1(widget->metaObject()->className()), text)
                           .arg(needed)
                           .arg(available);
    };
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (widget->window() != window || !widget->isVisibleTo(window))
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (label->text().isEmpty())
                continue;
            const bool rich = label->textFormat() == Qt::RichText
                || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
            const QRect room = label->contentsRect().marginsRemoved(
                QMargins(label->margin(), label->margin(), label->margin(), label->margin()));
            if (label->wordWrap()) {
                QTextDocument document;
                document.setDefaultFont(label->font());
                document.setDocumentMargin(0);
                if (rich)
                    document.setHtml(label->text());
                else
                    document.setPlainText(label->text());
                document.setTextWidth(room.width());
                check(label, label->text(), static_cast<int>(std::ceil(document.size().height())), room.height());
            } else {
                check(label, label->text(), textWidth(label->text(), label->font(), rich), room.width());
            }
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            if (button->text().isEmpty())
                continue;
            const int icon = button->icon().isNull() ? 0 : button->iconSize().width() + 4;
            check(button, button->text(), textWidth(button->text(), button->font(), false) + icon, button->width());
        } else if (auto *box = qobject_cast<QGroupBox *>(widget)) {
            check(box, box->title(), textWidth(box->title(), box->font(), false), box->width());
        }
    }
    return clipped;
}

void collectActionTexts(const QList<QAction *> &actions, QStringList &texts)
{
    for (const QAction *action : actions) {
        if (action->isSeparator())
            continue;
        texts << action->text();
        if (action->menu())
            collectActionTexts(action->menu()->actions(), texts);
    }
}

} // namespace

class TestPseudoTranslation final : public WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void catalogueIsPseudoTranslated();
    void everyTextOfTheWindowIsTranslated();
    void noTextOfTheWindowIsClipped();
    void dialogsAreTranslatedAndUnclipped();

private:
    QTranslator m_translator;
};

void TestPseudoTranslation::initTestCase()
{
    useTestSettings();
    QVERIFY2(m_translator.load(QStringLiteral(FACTSHEET_PSEUDO_QM)), FACTSHEET_PSEUDO_QM);
    QVERIFY(QCoreApplication::installTranslator(&m_translator));
}

void TestPseudoTranslation::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_translator);
}

void TestPseudoTranslation::init()
{
    TestOutput::watch();
    QVERIFY(openWindow());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(panes(*m_window).chartsBuilt());
}

void TestPseudoTranslation::cleanup()
{
    closeWindow();
}

void TestPseudoTranslation::catalogueIsPseudoTranslated()
{
    // As the generator writes every text: accented, mnemonic kept, brackets, 40 % longer.
    QCOMPARE(QCoreApplication::translate("InvestmentsPanel", "F&ilter:"), QStringLiteral("[F&îļţéŕ: ~]"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "%1 — %2"), QStringLiteral("[%1 — %2 ~]"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "embedded factsheet"),
             QStringLiteral("[émƀéđđéđ fåçţšĥééţ ~~~~~]"));
    QCOMPARE(m_window->windowTitle(),
             QStringLiteral("[Stoke-on-Trent & Staffordshire — [émƀéđđéđ fåçţšĥééţ ~~~~~] ~]"));
}

void TestPseudoTranslation::everyTextOfTheWindowIsTranslated()
{
    QStringList texts {m_window->windowTitle()};
    collectActionTexts(m_window->menuBar()->actions(), texts);
    // The Go menu names the factsheet's figures: data, but for its case study's entry.
    QMenu *go = nullptr;
    for (QAction *action : m_window->menuBar()->actions()) {
        if (action->text() == QCoreApplication::translate("MainWindow", "&Go"))
            go = action->menu();
    }
    QVERIFY(go);
    for (const QAction *action : go->actions()) {
        if (!action->isSeparator() && action != go->actions().constLast())
            texts.removeOne(action->text());
    }
    // The area's name and partnership are the factsheet's own words.
    const QList<QLabel *> areaNames = panes(*m_window).areaHeader()->findChildren<QLabel *>();
    for (QWidget *widget : m_window->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(m_window.get()))
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget);
            label && !label->text().isEmpty() && !areaNames.contains(label))
            texts << label->text();
        if (auto *button = qobject_cast<QAbstractButton *>(widget); button && !button->text().isEmpty())
            texts << button->text();
        if (auto *edit = qobject_cast<QLineEdit *>(widget); edit && !edit->placeholderText().isEmpty())
            texts << edit->placeholderText();
        if (!widget->accessibleName().isEmpty())
            texts << widget->accessibleName();
    }
    texts << panes(*m_window).investments()->categoryBox()->itemText(0);
    const QAbstractItemModel *table = panes(*m_window).investments()->table()->model();
    for (int column = 0; column < table->columnCount(); ++column)
        texts << table->headerData(column, Qt::Horizontal).toString();
    texts << panes(*m_window).detailPane()->text();

    QStringList untranslated;
    for (const QString &text : std::as_const(texts)) {
        if (!isTranslated(text))
            untranslated << text;
    }
    QCOMPARE(untranslated, QStringList());
    QVERIFY(texts.size() >= 40);
}

void TestPseudoTranslation::noTextOfTheWindowIsClipped()
{
    QCOMPARE(clippedTexts(m_window.get()), QStringList());
}

void TestPseudoTranslation::dialogsAreTranslatedAndUnclipped()
{
    ExportDialog exportDialog(ExportDialog::rememberedSettings(), ChartExport::Format::Png, QSize(480, 320),
                              m_window.get());
    ShortcutsDialog shortcuts(m_window->menuBar(), m_window.get());
    AboutDialog about(m_model->factsheet().sourceInfo, QStringLiteral("0.1.0"), m_window.get());
    UserGuideDialog guide(m_window.get());
    for (QDialog *dialog : std::initializer_list<QDialog *> {&exportDialog, &shortcuts, &about, &guide}) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY2(isTranslated(dialog->windowTitle()), qPrintable(dialog->windowTitle()));
        QCOMPARE(clippedTexts(dialog), QStringList());
        for (const QLabel *label : dialog->findChildren<QLabel *>()) {
            if (!label->text().isEmpty() && label->pixmap().isNull())
                QVERIFY2(isTranslated(label->text()), qPrintable(label->text()));
        }
        dialog->hide();
    }
}

QTEST_MAIN(TestPseudoTranslation)
#include "tst_pseudotranslation.moc"
