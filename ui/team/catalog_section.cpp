#include "team/catalog_section.h"

#include <QTabWidget>
#include <QVBoxLayout>

#include "common/record_table_page.h"
#include "team/catalog_adapters.h"

namespace pmm::ui {

CatalogSection::CatalogSection(WorkspaceSession& session, QWidget* parent)
    : Section(parent), m_tabs(new QTabWidget(this)) {
    setObjectName(QStringLiteral("catalogSection"));
    m_people = new RecordTablePage(
        session, peopleAdapter(),
        {tr("No people yet."),
         tr("Add the people on your product marketing team. Launches, segments and "
            "battlecards each have an owner, and the skills matrix grows from here."),
         tr("Add person")},
        m_tabs);
    m_products = new RecordTablePage(
        session, productsAdapter(),
        {tr("No products yet."),
         tr("Add the products you launch. Every launch and positioning statement belongs to "
            "one of them."),
         tr("Add product")},
        m_tabs);
    m_segments = new RecordTablePage(
        session, segmentsAdapter(),
        {tr("No segments yet."),
         tr("Add the market segments you sell into. Battlecards and positioning are written "
            "per segment, owned by the PMM assigned to it."),
         tr("Add segment")},
        m_tabs);
    m_competitors = new RecordTablePage(
        session, competitorsAdapter(),
        {tr("No competitors yet."),
         tr("Add the competitors you meet in deals \u2014 battlecards and win/loss build on "
            "them."),
         tr("Add competitor")},
        m_tabs);

    m_tabs->addTab(m_people, tr("&People"));
    m_tabs->addTab(m_products, tr("Pro&ducts"));
    m_tabs->addTab(m_segments, tr("&Segments"));
    m_tabs->addTab(m_competitors, tr("Co&mpetitors"));
    m_tabs->setDocumentMode(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

QString CatalogSection::title() const {
    return tr("Team & catalog");
}

QString CatalogSection::iconResource() const {
    return QStringLiteral(":/icons/section-team.svg");
}

void CatalogSection::focusFilter() {
    if (RecordTablePage* page = currentPage()) {
        page->focusFilter();
    }
}

RecordTablePage* CatalogSection::currentPage() const {
    return qobject_cast<RecordTablePage*>(m_tabs->currentWidget());
}

}  // namespace pmm::ui
