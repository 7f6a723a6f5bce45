#pragma once

#include <QWidget>

class QAbstractItemModel;
class QItemSelectionModel;
class QLabel;
class QToolButton;

// The top of the window: the area's name and partnership (AreaFacts), its headline figures
// (HeadlineRole) and the case study, each one click (or key press) away from the detail pane. It
// reads the selection's model through roles only, whatever model that is.
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
    QToolButton *addEntityButton();

    QItemSelectionModel *m_selection;
    QAbstractItemModel *m_model;
    QLabel *m_title;
    QLabel *m_partnership;
    QList<QToolButton *> m_buttons; // the headline figures', then the case study's; each carries its row
    QToolButton *m_caseStudyButton;
};
