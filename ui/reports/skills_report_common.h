#pragma once

#include <QRgb>
#include <QString>
#include <QStringList>

#include "reports/report_flow.h"
#include "team/promotion_readiness.h"
#include "team/skill_grid.h"

namespace pmm::ui {

class ReportStyle;

// What the skills matrix and the promotion packet share: the masthead, the footer, and the
// colours and marks of a demonstrated level against a person's level and the next.

namespace skills_colors {
inline constexpr QRgb kNextFill = 0xffdff3e6;
inline constexpr QRgb kNextInk = 0xff146c34;
inline constexpr QRgb kAtFill = 0xffe6ecf5;
inline constexpr QRgb kBelowFill = 0xfffde4e1;
inline constexpr QRgb kBelowInk = 0xffa8231a;
inline constexpr QRgb kReadyFill = 0xffe3f4e8;
inline constexpr QRgb kNeutralFill = 0xfff1f3f6;
}  // namespace skills_colors

// The band at the bottom of every page kept for the footer.
qreal skillsFooterHeight(const ReportStyle& style);
// "Skills matrix · q3-plan · 2026-11-24": the report, the workspace and the day.
QString skillsFooter(const QString& report, const QString& workspaceName,
                     const std::string& generatedOn);

// An accent bar, a small label, a heading, an optional subtitle and muted lines under it.
void skillsMasthead(ReportFlow& flow, const QString& label, const QString& title,
                    ReportFont titleFont, const QString& subtitle, const QStringList& lines);
// A section's label in small capitals.
void skillsSectionLabel(ReportFlow& flow, const QString& text);

// A cell's look: fill, ink and the mark that says the same without colour.
QRgb skillCellFill(team::SkillCellClass cell);
QRgb skillCellInk(team::SkillCellClass cell);
QString skillCellMark(team::SkillCellClass cell);  // "▲", "●", "▼" or "—"

// "Meets" / "Gap" / "Not assessed" in the report's words, with their colours.
QString verdictText(team::ReadinessVerdict verdict);
QRgb verdictInk(team::ReadinessVerdict verdict);
QRgb verdictFill(team::ReadinessVerdict verdict);

// A box with a coloured edge holding wrapped lines (a verdict, a warning); kept on one page.
void skillsCallout(ReportFlow& flow, const QString& headline, const QString& body, QRgb ink,
                   QRgb fill);

}  // namespace pmm::ui
