#pragma once

#include <QWidget>

#include "util/dates.h"

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace pmm::ui {

class WinLossFilterProxy;
class WinLossTableModel;

// The win/loss table's filters: text search as you type (deal, reason, notes), competitor,
// segment, outcome and a period (last 90 days, this quarter, last 12 months, all, or from-to
// with two date fields). It sets them on the proxy; the competitor and segment choices
// follow the model's names.
class WinLossFilterBar : public QWidget {
    Q_OBJECT

public:
    WinLossFilterBar(WinLossTableModel& model, WinLossFilterProxy& proxy,
                     QWidget* parent = nullptr);

    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* competitorBox() const { return m_competitor; }
    QComboBox* segmentBox() const { return m_segment; }
    QComboBox* outcomeBox() const { return m_outcome; }
    QComboBox* periodBox() const { return m_period; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }

    // The day the periods count back from: today unless a test says otherwise.
    void setReferenceDay(const Date& day);
    void clearFilters();

Q_SIGNALS:
    void filtersChanged();

private:
    void refreshChoices();
    void onPeriodChanged();
    void apply();

    WinLossTableModel& m_model;
    WinLossFilterProxy& m_proxy;
    QLineEdit* m_search;
    QComboBox* m_competitor;
    QComboBox* m_segment;
    QComboBox* m_outcome;
    QComboBox* m_period;
    QDateEdit* m_from;
    QDateEdit* m_to;
    Date m_referenceDay;
    bool m_refreshing = false;
};

}  // namespace pmm::ui
