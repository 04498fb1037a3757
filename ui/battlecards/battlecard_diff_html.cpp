#include "battlecards/battlecard_diff_html.h"

#include <QCoreApplication>

#include "common/palette_colors.h"
#include "launches/launch_texts.h"

namespace pmm::ui {

using battlecards::DiffLine;
using battlecards::DiffOp;
using battlecards::SectionLine;

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("pmm::ui::BattlecardDiffHtml", text);
}

struct DiffColors {
    QString added;
    QString removed;
    QString dim;
};

DiffColors colorsFor(const QPalette& palette) {
    const QColor base = palette.color(QPalette::Base);
    return {blend(base, QColor(40, 170, 70), 0.28).name(),
            blend(base, QColor(210, 50, 50), 0.28).name(),
            palette.color(QPalette::Disabled, QPalette::Text).name()};
}

QString lineText(const SectionLine& line) {
    QString text = toQString(battlecards::displayText(line)).toHtmlEscaped();
    if (text.isEmpty()) {
        text = tr("(empty line)");
    }
    if (line.internalOnly) {
        text += QStringLiteral(" <i>%1</i>").arg(tr("(internal only)"));
    }
    return text;
}

QString row(const QString& sign, const QString& text, const QString& style) {
    return QStringLiteral("<tr><td width=\"18\" style=\"%3\">%1</td><td style=\"%3\">%2</td></tr>")
        .arg(sign, text, style);
}

QString lineRows(const DiffLine& line, const DiffColors& colors) {
    const QString added = QStringLiteral("background-color:%1").arg(colors.added);
    const QString removed =
        QStringLiteral("background-color:%1;text-decoration:line-through").arg(colors.removed);
    switch (line.op) {
        case DiffOp::Same:
            return row(QString(), lineText(*line.before),
                       QStringLiteral("color:%1").arg(colors.dim));
        case DiffOp::Added:
            return row(QStringLiteral("+"), lineText(*line.after), added);
        case DiffOp::Removed:
            return row(QStringLiteral("\u2212"), lineText(*line.before), removed);
        case DiffOp::Changed:
            return row(QStringLiteral("\u2212"), lineText(*line.before), removed) +
                   row(QStringLiteral("+"), lineText(*line.after), added);
    }
    return {};
}

QString sectionHtml(const battlecards::SectionDiff& section, const DiffColors& colors) {
    const QString title = toQString(battlecards::sectionTitle(section.section)).toHtmlEscaped();
    if (!section.hasChanges()) {
        return QStringLiteral("<p style=\"color:%1\">%2: %3</p>")
            .arg(colors.dim, title, tr("no changes"));
    }
    QString html = QStringLiteral("<h4>%1 <span style=\"font-weight:normal\">\u2014 %2</span></h4>")
                       .arg(title, toQString(section.summary()).toHtmlEscaped());
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">");
    for (const DiffLine& line : section.lines) {
        html += lineRows(line, colors);
    }
    return html + QStringLiteral("</table>");
}

}  // namespace

QString cardDiffHtml(const battlecards::CardDiff& diff, const QPalette& palette) {
    const DiffColors colors = colorsFor(palette);
    QString html =
        QStringLiteral("<p><b>%1</b></p>").arg(toQString(diff.summary()).toHtmlEscaped());
    for (const battlecards::SectionDiff& section : diff.sections) {
        html += sectionHtml(section, colors);
    }
    return html;
}

}  // namespace pmm::ui
