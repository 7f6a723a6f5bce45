#pragma once

#include "factsheetdocument.h"
#include "factsheetmodel.h"
#include "mainwindow.h"
#include "readers/factsheetreader.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QObject>
#include <QStandardPaths>

#include <memory>

// What the tests of the whole window share: the embedded factsheet in a model under
// QAbstractItemModelTester, and a main window on it that remembers nothing, kept out of the user's
// settings. A test class derives from it and calls openWindow() in init(), closeWindow() in cleanup().
class WindowFixture : public QObject
{
protected:
    static void useTestSettings()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Factsheet Explorer Tests"));
    }

    // False if the embedded factsheet did not open (the window is then not made).
    bool openWindow()
    {
        m_model = std::make_unique<FactsheetModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_document = std::make_unique<FactsheetDocument>(m_model.get());
        if (m_document->open(FactsheetReader::embeddedPath()))
            return false;
        m_window = std::make_unique<MainWindow>(m_document.get());
        m_window->setRemembersLayout(false);
        return true;
    }

    void closeWindow()
    {
        m_window.reset();
        m_document.reset();
        m_tester.reset();
        m_model.reset();
    }

    std::unique_ptr<FactsheetModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<FactsheetDocument> m_document;
    std::unique_ptr<MainWindow> m_window;
};
