#include "reports/skills_report_common.h"

#include <algorithm>

#include "reports/report_style.h"
#include "reports/report_text.h"

namespace pmm::ui {

namespace colors = report_colors;
using team::ReadinessVerdict;
using team::SkillCellClass;

qreal skillsFooterHeight(const ReportStyle& style) {
    return style.lineHeight(ReportFont::Small) + style.points(14);
}

QString skillsFooter(const QString& report, const QString& workspaceName,
                     const std::string& generatedOn) {
    QStringList parts{report};
    if (!workspaceName.trimmed().isEmpty()) {
        parts << workspaceName;
    }
    parts << fromCore(generatedOn);
    return parts.join(QStringLiteral(" \u00b7 "));
}

void skillsMasthead(ReportFlow& flow, const QString& label, const QString& title,
                    ReportFont titleFont, const QString& subtitle, const QStringList& lines) {
    const ReportStyle& style = flow.style();
    flow.box(QRectF(0, 0, flow.width(), style.points(4)), colors::kAccent);
    flow.advance(style.points(14));
    flow.paragraph(0, flow.width(), ReportFont::Label, label.toUpper(), colors::kAccent);
    flow.advance(style.points(3));
    flow.paragraph(0, flow.width(), titleFont, title);
    flow.advance(style.points(4));
    if (!subtitle.isEmpty()) {
        flow.paragraph(0, flow.width(), ReportFont::Subheading, subtitle, colors::kMuted);
        flow.advance(style.points(3));
    }
    for (const QString& line : lines) {
        flow.paragraph(0, flow.width(), ReportFont::Small, line, colors::kMuted);
    }
    flow.advance(style.points(10));
}

void skillsSectionLabel(ReportFlow& flow, const QString& text) {
    const ReportStyle& style = flow.style();
    flow.advance(style.points(8));
    flow.ensure(style.lineHeight(ReportFont::Label) + 3 * style.lineHeight(ReportFont::Body));
    flow.box(QRectF(0, 0, flow.width(), style.points(0.6)), colors::kRule);
    flow.advance(style.points(5));
    flow.paragraph(0, flow.width(), ReportFont::Label, text.toUpper(), colors::kMuted);
    flow.advance(style.points(3));
}

QRgb skillCellFill(SkillCellClass cell) {
    switch (cell) {
        case SkillCellClass::AtNextLevelOrAbove:
            return skills_colors::kNextFill;
        case SkillCellClass::AtLevel:
            return skills_colors::kAtFill;
        case SkillCellClass::BelowLevel:
            return skills_colors::kBelowFill;
        case SkillCellClass::NotAssessed:
            break;
    }
    return 0;
}

QRgb skillCellInk(SkillCellClass cell) {
    switch (cell) {
        case SkillCellClass::AtNextLevelOrAbove:
            return skills_colors::kNextInk;
        case SkillCellClass::AtLevel:
            return colors::kInk;
        case SkillCellClass::BelowLevel:
            return skills_colors::kBelowInk;
        case SkillCellClass::NotAssessed:
            break;
    }
    return colors::kMuted;
}

QString skillCellMark(SkillCellClass cell) {
    switch (cell) {
        case SkillCellClass::AtNextLevelOrAbove:
            return QStringLiteral("\u25b2");
        case SkillCellClass::AtLevel:
            return QStringLiteral("\u25cf");
        case SkillCellClass::BelowLevel:
            return QStringLiteral("\u25bc");
        case SkillCellClass::NotAssessed:
            break;
    }
    return QStringLiteral("\u2014");
}

QString verdictText(ReadinessVerdict verdict) {
    switch (verdict) {
        case ReadinessVerdict::MeetsNextLevel:
            return reportTr("Meets");
        case ReadinessVerdict::Gap:
            return reportTr("Gap");
        case ReadinessVerdict::NotAssessed:
            break;
    }
    return reportTr("Not assessed");
}

QRgb verdictInk(ReadinessVerdict verdict) {
    switch (verdict) {
        case ReadinessVerdict::MeetsNextLevel:
            return skills_colors::kNextInk;
        case ReadinessVerdict::Gap:
            return skills_colors::kBelowInk;
        case ReadinessVerdict::NotAssessed:
            break;
    }
    return colors::kMuted;
}

QRgb verdictFill(ReadinessVerdict verdict) {
    switch (verdict) {
        case ReadinessVerdict::MeetsNextLevel:
            return skills_colors::kNextFill;
        case ReadinessVerdict::Gap:
            return skills_colors::kBelowFill;
        case ReadinessVerdict::NotAssessed:
            break;
    }
    return skills_colors::kNeutralFill;
}

void skillsCallout(ReportFlow& flow, const QString& headline, const QString& body, QRgb ink,
                   QRgb fill) {
    const ReportStyle& style = flow.style();
    const qreal inset = style.points(12);
    const qreal textWidth = flow.width() - inset - style.points(8);
    const QStringList head = flow.wrap(ReportFont::Subheading, headline, textWidth);
    const QStringList lines =
        body.isEmpty() ? QStringList() : flow.wrap(ReportFont::Body, body, textWidth);
    const qreal headLine = style.lineHeight(ReportFont::Subheading);
    const qreal bodyLine = style.lineHeight(ReportFont::Body);
    const qreal height = static_cast<qreal>(head.size()) * headLine +
                         static_cast<qreal>(lines.size()) * bodyLine + style.points(14);
    flow.ensure(std::min(height, flow.pageHeight()));
    flow.box(QRectF(0, 0, flow.width(), height), fill);
    flow.box(QRectF(0, 0, style.points(3), height), ink);
    qreal dy = style.points(7);
    for (const QString& line : head) {
        flow.text(inset, dy, ReportFont::Subheading, line, ink);
        dy += headLine;
    }
    for (const QString& line : lines) {
        flow.text(inset, dy, ReportFont::Body, line);
        dy += bodyLine;
    }
    flow.advance(height);
}

}  // namespace pmm::ui
