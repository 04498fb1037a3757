#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

#include "common/record.h"
#include "storage/change.h"

namespace pmm::ui {

class WorkspaceSession;

// Connects the generic record table and its undo commands to one kind of entity in core.
// Adapters hold no state: every call names the session whose workspace it works on. The
// store calls throw storage::WorkspaceError with core's message, which the UI shows as is.
class RecordAdapter {
public:
    virtual ~RecordAdapter() = default;

    virtual storage::EntityKind kind() const = 0;
    virtual QString noun() const = 0;        // "person", for command and status texts
    virtual QString pluralNoun() const = 0;  // "people"
    virtual const std::vector<FieldSpec>& fields() const = 0;
    // The field that names a row (shown in messages and undo texts).
    virtual int nameField() const { return 0; }

    virtual std::vector<Record> list(WorkspaceSession& session) const = 0;
    virtual std::optional<Record> find(WorkspaceSession& session, std::int64_t id) const = 0;
    // Stores `record`, keeping its id and uid when set (the undo of a removal).
    virtual Record add(WorkspaceSession& session, const Record& record) const = 0;
    virtual void update(WorkspaceSession& session, const Record& record) const = 0;
    virtual void remove(WorkspaceSession& session, std::int64_t id) const = 0;

    // A new, blank record: the name field holds `name`, every other field its default.
    virtual Record blank(const QString& name) const = 0;

    QString nameOf(const Record& record) const;
};

}  // namespace pmm::ui
