#include "cli/report_skills.h"

#include <algorithm>
#include <map>

#include "reports/report_page_size.h"
#include "reports/skills_report_pdf.h"
#include "storage/catalog.h"
#include "storage/skills_framework_store.h"
#include "storage/skills_report.h"
#include "storage/workspace.h"
#include "util/dates.h"

namespace pmm::cli {

namespace {

QString nameOf(const catalog::Person& person) {
    return QString::fromStdString(person.name);
}

QString folded(const QString& text) {
    return text.simplified().toCaseFolded();
}

// Edits (insert, delete, replace) from `a` to `b`.
int editDistance(const QString& a, const QString& b) {
    std::vector<int> previous(static_cast<std::size_t>(b.size()) + 1);
    std::vector<int> current(previous.size());
    for (std::size_t j = 0; j < previous.size(); ++j) {
        previous[j] = static_cast<int>(j);
    }
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const auto at = static_cast<std::size_t>(j);
            const int replace = previous[at - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[at] = std::min({previous[at] + 1, current[at - 1] + 1, replace});
        }
        std::swap(previous, current);
    }
    return previous.back();
}

QString withoutFinalStop(QString sentence) {
    if (sentence.endsWith(QLatin1Char('.'))) {
        sentence.chop(1);
    }
    return sentence;
}

// "Alex Kim (PMM), alex kim (Senior PMM)": the level tells people of one name apart.
QString described(const std::vector<catalog::Person>& people, storage::Workspace& workspace) {
    const team::LevelLadder ladder(storage::SkillsFrameworkStore(workspace).levels());
    QStringList out;
    for (const catalog::Person& person : people) {
        QString text = QStringLiteral("%1 (%2").arg(
            nameOf(person), QString::fromStdString(ladder.name(person.levelRank)));
        if (!person.email.empty()) {
            text += QStringLiteral(", ") + QString::fromStdString(person.email);
        }
        out << text + QLatin1Char(')');
    }
    return out.join(QStringLiteral(", "));
}

void refuseEmptyWorkspace(const std::vector<catalog::Person>& people,
                          storage::Workspace& workspace) {
    if (people.empty()) {
        throw CommandError(QStringLiteral("No people in this workspace: nothing to report"));
    }
    if (storage::SkillsFrameworkStore(workspace).competencies().empty()) {
        throw CommandError(QStringLiteral("No competencies in this workspace: nothing to report"));
    }
}

catalog::Person onePersonNamed(const std::vector<catalog::Person>& people, const QString& name,
                               storage::Workspace& workspace) {
    const std::vector<catalog::Person> found = peopleNamed(people, name);
    if (found.size() > 1) {
        throw CommandError(
            QStringLiteral("%1 people are called '%2': %3; give the email of the one "
                           "you mean")
                .arg(found.size())
                .arg(name.simplified(), described(found, workspace)));
    }
    if (found.empty()) {
        const QStringList close = closeNames(people, name);
        QString message =
            QStringLiteral("no person called '%1' in this workspace").arg(name.simplified());
        if (!close.isEmpty()) {
            message += QStringLiteral("; did you mean %1?")
                           .arg(close.size() == 1 ? QStringLiteral("'%1'").arg(close.front())
                                                  : QStringLiteral("one of '%1'")
                                                        .arg(close.join(QStringLiteral("', '"))));
        }
        throw CommandError(message);
    }
    return found.front();
}

void writeMatrix(CommandContext& context, storage::Workspace& workspace,
                 const ReportOutput& output) {
    const team::SkillsMatrixReport report = team::computeSkillsMatrixReport(workspace, today());
    const ui::ReportPdfFileResult result = ui::writeSkillsMatrixPdf(
        report, output.path, {output.pageSize, QPageLayout::Landscape, output.workspaceName});
    if (!result.ok) {
        throw CommandError(withoutFinalStop(result.error));
    }
    context.out << "Wrote the skills matrix to " << output.path << ": " << report.grid.rows.size()
                << " people, " << report.grid.competencies.size() << " competencies, "
                << report.ready << " ready for promotion, " << report.withGaps << " with gaps; "
                << result.pages << " pages (" << ui::reportPageSizeName(output.pageSize)
                << ", landscape).\n";
}

void writePacket(CommandContext& context, storage::Workspace& workspace, const ReportOutput& output,
                 const catalog::Person& person) {
    const auto packet = team::computePromotionPacket(workspace, person.id, today());
    if (!packet) {
        throw CommandError(QStringLiteral("%1 is no longer in the workspace").arg(nameOf(person)));
    }
    const ui::ReportPdfFileResult result = ui::writePromotionPacketPdf(
        *packet, output.path, {output.pageSize, QPageLayout::Portrait, output.workspaceName});
    if (!result.ok) {
        throw CommandError(withoutFinalStop(result.error));
    }
    const team::PromotionReadiness& readiness = packet->readiness;
    QString standing = QStringLiteral("at the top level");
    if (readiness.nextLevel) {
        standing = QStringLiteral("%1 for %2 (%3 of %4 required competencies meet it)")
                       .arg(readiness.ready ? QStringLiteral("ready") : QStringLiteral("not ready"),
                            QString::fromStdString(readiness.nextLevel->name))
                       .arg(readiness.requiredMet)
                       .arg(readiness.requiredCount);
    }
    context.out << "Wrote the promotion packet of " << nameOf(person) << " to " << output.path
                << ": " << QString::fromStdString(readiness.level.name) << ", " << standing << "; "
                << result.pages << " pages (" << ui::reportPageSizeName(output.pageSize) << ").\n";
}

}  // namespace

std::vector<catalog::Person> peopleNamed(const std::vector<catalog::Person>& people,
                                         const QString& name) {
    const QString wanted = folded(name);
    std::vector<catalog::Person> found;
    for (const catalog::Person& person : people) {
        const bool byEmail =
            !person.email.empty() && folded(QString::fromStdString(person.email)) == wanted;
        if (!wanted.isEmpty() && (byEmail || folded(nameOf(person)) == wanted)) {
            found.push_back(person);
        }
    }
    return found;
}

QStringList closeNames(const std::vector<catalog::Person>& people, const QString& name, int limit) {
    const QString wanted = folded(name);
    if (wanted.isEmpty()) {
        return {};
    }
    // A few mistakes for a short name, more for a long one.
    const int tolerance = std::max(2, static_cast<int>(wanted.size()) / 4);
    std::multimap<int, QString> ranked;
    for (const catalog::Person& person : people) {
        const QString candidate = folded(nameOf(person));
        const bool contains = wanted.size() >= 3 && candidate.contains(wanted);
        const int distance = contains ? 0 : editDistance(wanted, candidate);
        if (contains || distance <= tolerance) {
            ranked.emplace(distance, nameOf(person));
        }
    }
    QStringList out;
    for (const auto& [distance, candidate] : ranked) {
        if (out.size() == limit) {
            break;
        }
        if (!out.contains(candidate)) {
            out << candidate;
        }
    }
    return out;
}

void runSkillsReport(CommandContext& context, storage::Workspace& workspace,
                     const ReportOutput& output) {
    const QString person = QStringLiteral("person");
    const bool packet = context.parser.isSet(person);
    const QString name = context.parser.value(person);
    if (packet && name.trimmed().isEmpty()) {
        throw UsageError(QStringLiteral("--person needs a name"));
    }
    const auto people = catalog::Catalog(workspace).people.list();
    refuseEmptyWorkspace(people, workspace);
    if (packet) {
        writePacket(context, workspace, output, onePersonNamed(people, name, workspace));
    } else {
        writeMatrix(context, workspace, output);
    }
}

}  // namespace pmm::cli
