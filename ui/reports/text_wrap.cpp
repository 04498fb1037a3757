#include "reports/text_wrap.h"

namespace pmm::ui {

namespace {

const QString kEllipsis = QStringLiteral("\u2026");

bool isControl(QChar c) {
    return c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
           c == QChar::ParagraphSeparator;
}

// The longest prefix of `word` (at least one character) that fits `width`.
qsizetype fittingPrefix(const QString& word, qreal width,
                        const std::function<qreal(const QString&)>& advance) {
    qsizetype low = 1;
    qsizetype high = word.size();
    while (low < high) {
        const qsizetype middle = (low + high + 1) / 2;
        if (advance(word.left(middle)) <= width) {
            low = middle;
        } else {
            high = middle - 1;
        }
    }
    // Never split a surrogate pair.
    if (low < word.size() && word.at(low - 1).isHighSurrogate() && low > 1) {
        --low;
    }
    return low;
}

void wrapParagraph(const QString& paragraph, qreal width,
                   const std::function<qreal(const QString&)>& advance, QStringList& lines) {
    if (advance(paragraph) <= width) {
        lines.append(paragraph);
        return;
    }
    QString line;
    for (QString word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (advance(candidate) <= width) {
            line = candidate;
            continue;
        }
        if (!line.isEmpty()) {
            lines.append(line);
            line.clear();
        }
        while (advance(word) > width && word.size() > 1) {
            const qsizetype cut = fittingPrefix(word, width, advance);
            lines.append(word.left(cut));
            word = word.mid(cut);
        }
        line = word;
    }
    if (!line.isEmpty() || lines.isEmpty()) {
        lines.append(line);
    }
}

}  // namespace

QString printableLine(const QString& text) {
    QString line = text;
    for (QChar& c : line) {
        if (isControl(c)) {
            c = QLatin1Char(' ');
        }
    }
    return line.simplified();
}

QStringList wrapText(const QString& text, qreal width,
                     const std::function<qreal(const QString&)>& advance, int maxLines) {
    QStringList lines;
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    for (const QString& paragraph : normalized.split(QLatin1Char('\n'))) {
        wrapParagraph(printableLine(paragraph), width, advance, lines);
        if (lines.size() > maxLines) {
            break;
        }
    }
    if (lines.isEmpty()) {
        lines.append(QString());
    }
    if (maxLines > 0 && lines.size() > maxLines) {
        lines.resize(maxLines);
        QString& last = lines.last();
        while (!last.isEmpty() && advance(last + kEllipsis) > width) {
            last.chop(1);
        }
        last += kEllipsis;
    }
    return lines;
}

}  // namespace pmm::ui
