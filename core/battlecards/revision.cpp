#include "battlecards/revision.h"

namespace pmm::battlecards {

std::string_view revisionKindKey(RevisionKind kind) {
    switch (kind) {
        case RevisionKind::Create:
            return "create";
        case RevisionKind::Save:
            return "save";
        case RevisionKind::Refresh:
            return "refresh";
    }
    return "";
}

std::optional<RevisionKind> revisionKindFromKey(std::string_view key) {
    for (RevisionKind kind : {RevisionKind::Create, RevisionKind::Save, RevisionKind::Refresh}) {
        if (revisionKindKey(kind) == key) {
            return kind;
        }
    }
    return std::nullopt;
}

std::string_view revisionKindLabel(RevisionKind kind) {
    switch (kind) {
        case RevisionKind::Create:
            return "Created";
        case RevisionKind::Save:
            return "Saved";
        case RevisionKind::Refresh:
            return "Refreshed";
    }
    return "";
}

}  // namespace pmm::battlecards
