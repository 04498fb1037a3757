#include "positioning/deal_import_mapping_form.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>

#include "launches/launch_texts.h"

namespace pmm::ui {

namespace {

using positioning::DealField;

// The order a person reads a deal in, down the columns of the form.
constexpr std::array kFieldOrder{
    DealField::ClosedOn,   DealField::DealRef, DealField::Name,    DealField::Segment,
    DealField::Competitor, DealField::Product, DealField::Outcome, DealField::Arr,
    DealField::Reason,     DealField::Angle,   DealField::Notes,
};

bool isRequired(DealField field) {
    return field == DealField::ClosedOn || field == DealField::Outcome ||
           field == DealField::DealRef || field == DealField::Name;
}

QString fieldLabel(DealField field) {
    QString label = toQString(positioning::dealFieldLabel(field));
    return isRequired(field) ? label + QStringLiteral(" *:") : label + QLatin1Char(':');
}

constexpr int kNotInFile = -1;

}  // namespace

DealImportMappingForm::DealImportMappingForm(QWidget* parent) : QWidget(parent) {
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    constexpr int kColumns = 3;
    const int perColumn = static_cast<int>((kFieldOrder.size() + kColumns - 1) / kColumns);
    for (std::size_t n = 0; n < kFieldOrder.size(); ++n) {
        const DealField field = kFieldOrder[n];
        auto* box = new QComboBox(this);
        box->setObjectName(QStringLiteral("map_") + toQString(positioning::dealFieldKey(field)));
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(14);
        auto* label = new QLabel(fieldLabel(field), this);
        label->setTextFormat(Qt::PlainText);
        label->setBuddy(box);
        const int row = static_cast<int>(n) % perColumn;
        const int column = static_cast<int>(n) / perColumn * 2;
        grid->addWidget(label, row, column);
        grid->addWidget(box, row, column + 1);
        m_boxes[static_cast<std::size_t>(field)] = box;
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling) {
                Q_EMIT mappingChanged();
            }
        });
    }
    for (int column = 0; column < kColumns; ++column) {
        grid->setColumnStretch(column * 2 + 1, 1);
    }
    auto* note = new QLabel(tr("* Required: a close date, an outcome, and a deal id or a deal "
                               "name."),
                            this);
    note->setTextFormat(Qt::PlainText);
    note->setWordWrap(true);
    grid->addWidget(note, perColumn, 0, 1, kColumns * 2);
}

void DealImportMappingForm::setColumns(const std::vector<std::string>& header,
                                       const positioning::DealColumnMapping& mapping) {
    m_filling = true;
    for (std::size_t index = 0; index < m_boxes.size(); ++index) {
        QComboBox* box = m_boxes[index];
        box->clear();
        box->addItem(tr("(not in file)"), kNotInFile);
        for (std::size_t column = 0; column < header.size(); ++column) {
            box->addItem(toQString(header[column]), static_cast<int>(column));
        }
        const auto chosen = mapping.columns[index];
        box->setCurrentIndex(chosen ? static_cast<int>(*chosen) + 1 : 0);
    }
    m_filling = false;
}

positioning::DealColumnMapping DealImportMappingForm::mapping() const {
    positioning::DealColumnMapping mapping;
    for (std::size_t index = 0; index < m_boxes.size(); ++index) {
        const int column = m_boxes[index]->currentData().toInt();
        if (column != kNotInFile && m_boxes[index]->currentIndex() >= 0) {
            mapping.columns[index] = static_cast<std::size_t>(column);
        }
    }
    return mapping;
}

QComboBox* DealImportMappingForm::box(positioning::DealField field) const {
    return m_boxes[static_cast<std::size_t>(field)];
}

}  // namespace pmm::ui
