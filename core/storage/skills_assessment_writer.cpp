#include "storage/skills_assessment_writer.h"

#include <sqlite3.h>

#include <optional>
#include <set>
#include <string>
#include <utility>

#include "storage/skills_rules.h"
#include "util/uuid.h"

namespace pmm::storage {

using team::Assessment;
using team::EvidenceLink;

namespace {

constexpr std::size_t kMaxLinkLabelCharacters = 300;
constexpr std::size_t kMaxLinksPerAssessment = 100;

std::optional<std::int64_t> wide(const std::optional<int>& value) {
    return value ? std::optional<std::int64_t>(*value) : std::nullopt;
}

// ?2 = uid ... ?11 = assessor_name, in column order after id.
void bindFields(Statement& statement, const Assessment& a) {
    statement.bind(2, a.uid).bind(3, a.personId).bind(4, a.competencyId).bind(5, a.assessedOn);
    statement.bind(6, a.demonstratedLevel).bind(7, wide(a.selfRating));
    statement.bind(8, wide(a.managerRating)).bind(9, a.evidence).bind(10, a.assessorId);
    statement.bind(11, a.assessorName);
}

void validateLinks(const std::vector<EvidenceLink>& links) {
    if (links.size() > kMaxLinksPerAssessment) {
        refuseSkillsEdit("Evidence links: an assessment takes at most " +
                         std::to_string(kMaxLinksPerAssessment) + " links.");
    }
    std::set<std::pair<std::string, std::string>> seen;
    for (const EvidenceLink& link : links) {
        if (!team::isEvidenceKind(link.kind)) {
            refuseSkillsEdit("Evidence links: \"" + link.kind +
                             "\" is not a kind of evidence (use a lower-case word such as "
                             "launch or battlecard).");
        }
        if (!isUuid(link.uid)) {
            refuseSkillsEdit("Evidence links: \"" + link.uid + "\" is not the uid of a " +
                             team::evidenceKindLabel(link.kind) + ".");
        }
        requireAtMost("Evidence links", link.label, kMaxLinkLabelCharacters);
        if (!seen.emplace(link.kind, link.uid).second) {
            refuseSkillsEdit("Evidence links: the same " + team::evidenceKindLabel(link.kind) +
                             " (" + (link.label.empty() ? link.uid : link.label) +
                             ") is linked twice.");
        }
    }
}

}  // namespace

SkillsAssessmentWriter::SkillsAssessmentWriter(sqlite3* db)
    : m_db(db),
      m_person(db, "SELECT name FROM people WHERE id = ?1"),
      m_competency(db, "SELECT name FROM competencies WHERE id = ?1"),
      m_level(db, "SELECT name FROM levels WHERE rank = ?1"),
      m_insert(db,
               "INSERT INTO skill_assessments (id, uid, person_id, competency_id, assessed_on, "
               "level_rank, self_level_rank, manager_level_rank, evidence, assessor_id, "
               "assessor_name) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"),
      m_update(db,
               "UPDATE skill_assessments SET person_id = ?3, competency_id = ?4, "
               "assessed_on = ?5, level_rank = ?6, self_level_rank = ?7, "
               "manager_level_rank = ?8, evidence = ?9, assessor_id = ?10, assessor_name = ?11, "
               "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1 AND uid = ?2"),
      m_clearLinks(db, "DELETE FROM skill_evidence_links WHERE assessment_id = ?1"),
      m_insertLink(db,
                   "INSERT INTO skill_evidence_links (assessment_id, position, kind, target_uid, "
                   "label) VALUES (?1, ?2, ?3, ?4, ?5)") {}

std::optional<std::string> SkillsAssessmentWriter::nameOf(Statement& query, std::int64_t key) {
    query.reset();
    query.bind(1, key);
    std::optional<std::string> name;
    if (query.step()) {
        name = query.text(0);
    }
    query.reset();  // no read left open on the connection
    return name;
}

void SkillsAssessmentWriter::validate(Assessment& a) {
    if (a.uid.empty()) {
        a.uid = newUuid();
    } else if (!isUuid(a.uid)) {
        refuseSkillsEdit("uid: \"" + a.uid + "\" is not a lower-case UUID.");
    }
    if (!nameOf(m_person, a.personId)) {
        refuseSkillsEdit("Person: the assessed person is not in the workspace.");
    }
    if (!nameOf(m_competency, a.competencyId)) {
        refuseSkillsEdit("Competency: that competency is not in the skills matrix.");
    }
    requireIsoDate("Date", a.assessedOn);
    const std::pair<const char*, std::optional<int>> levels[] = {
        {"Demonstrated level", a.demonstratedLevel},
        {"Self rating", a.selfRating},
        {"Manager rating", a.managerRating}};
    for (const auto& [field, rank] : levels) {
        if (rank && !nameOf(m_level, *rank)) {
            refuseSkillsEdit(std::string(field) + ": there is no level " + std::to_string(*rank) +
                             ".");
        }
    }
    requireAtMost("Evidence", a.evidence, team::kMaxEvidenceCharacters);
    a.assessorName = trimmedText(a.assessorName);
    if (a.assessorId) {
        const auto assessor = nameOf(m_person, *a.assessorId);
        if (!assessor) {
            refuseSkillsEdit("Assessor: the assessor is not in the workspace.");
        }
        if (a.assessorName.empty()) {
            a.assessorName = *assessor;
        }
    }
    requireAtMost("Assessor", a.assessorName, 200);
    validateLinks(a.links);
}

std::int64_t SkillsAssessmentWriter::insert(const Assessment& a) {
    m_insert.reset();
    m_insert.bind(1, a.id == 0 ? std::optional<std::int64_t>() : a.id);
    bindFields(m_insert, a);
    m_insert.run();
    const std::int64_t id = sqlite3_last_insert_rowid(m_db);
    writeLinks(id, a.links);
    return id;
}

void SkillsAssessmentWriter::update(const Assessment& a) {
    m_update.reset();
    m_update.bind(1, a.id);
    bindFields(m_update, a);
    m_update.run();
    m_clearLinks.reset();
    m_clearLinks.bind(1, a.id);
    m_clearLinks.run();
    writeLinks(a.id, a.links);
}

void SkillsAssessmentWriter::writeLinks(std::int64_t assessmentId,
                                        const std::vector<EvidenceLink>& links) {
    int position = 0;
    for (const EvidenceLink& link : links) {
        m_insertLink.reset();
        m_insertLink.bind(1, assessmentId).bind(2, ++position).bind(3, link.kind);
        m_insertLink.bind(4, link.uid).bind(5, link.label);
        m_insertLink.run();
    }
}

}  // namespace pmm::storage
