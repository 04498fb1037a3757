#pragma once

#include <vector>

#include "common/section.h"

class QTabWidget;

namespace pmm::ui {

class RecordTablePage;
class WorkspaceSession;

// Team & catalog: the people, products, segments and competitors every framework refers
// to, one tab each.
class CatalogSection : public Section {
    Q_OBJECT

public:
    explicit CatalogSection(WorkspaceSession& session, QWidget* parent = nullptr);

    QString title() const override;
    QString iconResource() const override;
    void focusFilter() override;

    QTabWidget* tabs() const { return m_tabs; }
    RecordTablePage* peoplePage() const { return m_people; }
    RecordTablePage* productsPage() const { return m_products; }
    RecordTablePage* segmentsPage() const { return m_segments; }
    RecordTablePage* competitorsPage() const { return m_competitors; }
    RecordTablePage* currentPage() const;

private:
    QTabWidget* m_tabs;
    RecordTablePage* m_people;
    RecordTablePage* m_products;
    RecordTablePage* m_segments;
    RecordTablePage* m_competitors;
};

}  // namespace pmm::ui
