#pragma once

#include <QWidget>

class FactsheetModel;
class QItemSelectionModel;
class QLabel;
class QToolButton;

// The top of the window: the area's name and partnership, its headline figures and the case
// study, each one click (or key press) away from the detail pane.
class AreaHeader final : public QWidget
{
    Q_OBJECT

public:
    explicit AreaHeader(QItemSelectionModel *selection, QWidget *parent = nullptr);

    // The button that selects an entity ("figure/population", "caseStudy/..."); nullptr if none.
    QToolButton *buttonFor(const QString &entityId) const;
    QToolButton *caseStudyButton() const { return m_caseStudyButton; }

private:
    void refresh();
    void mirrorSelection();
    QToolButton *addEntityButton(const QString &entityId);

    QItemSelectionModel *m_selection;
    FactsheetModel *m_model;
    QLabel *m_title;
    QLabel *m_partnership;
    QList<QToolButton *> m_buttons; // each carries its entity id as a property
    QToolButton *m_caseStudyButton;
};
