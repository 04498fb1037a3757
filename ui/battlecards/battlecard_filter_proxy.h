#pragma once

#include <QSortFilterProxyModel>

#include <cstdint>
#include <optional>

namespace pmm::ui {

class BattlecardTableModel;

// The Battlecards table's filters: competitor, segment, owner (kUnassigned for cards without
// one) and status, each optional. Until the user sorts by a column the rows keep the source
// model's order (the signed-in owner's due cards first).
class BattlecardFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    static constexpr std::int64_t kUnassigned = -1;

    explicit BattlecardFilterProxy(QObject* parent = nullptr);

    void setCardModel(BattlecardTableModel* model);
    void setCompetitor(std::optional<std::int64_t> id);
    void setSegment(std::optional<std::int64_t> id);
    void setOwner(std::optional<std::int64_t> id);
    void setStatus(std::optional<int> status);
    bool hasFilters() const;
    // Whether card `id` passes the filters (false for a card the model does not hold).
    bool acceptsCard(std::int64_t id) const;
    void clearFilters();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void update();

    BattlecardTableModel* m_model = nullptr;
    std::optional<std::int64_t> m_competitor;
    std::optional<std::int64_t> m_segment;
    std::optional<std::int64_t> m_owner;
    std::optional<int> m_status;
};

}  // namespace pmm::ui
