#include "team/catalog_adapters.h"

#include <QCoreApplication>

#include "app/workspace_session.h"
#include "storage/catalog.h"

namespace pmm::ui {

namespace {

using catalog::Competitor;
using catalog::EntityStore;
using catalog::Person;
using catalog::Product;
using catalog::Segment;

QString tr(const char* text) {
    return QCoreApplication::translate("pmm::ui::CatalogAdapters", text);
}

QString fromStd(const std::string& text) {
    return QString::fromStdString(text);
}

std::string toStd(const QVariant& value) {
    return value.toString().toStdString();
}

QVariant fromOptionalId(const std::optional<std::int64_t>& id) {
    return id ? QVariant(static_cast<qint64>(*id)) : QVariant();
}

std::optional<std::int64_t> toOptionalId(const QVariant& value) {
    if (value.isNull() || !value.isValid()) {
        return std::nullopt;
    }
    return value.toLongLong();
}

QVariant fromOptionalText(const std::optional<std::string>& text) {
    return text ? QVariant(fromStd(*text)) : QVariant();
}

std::optional<std::string> toOptionalText(const QVariant& value) {
    if (value.isNull() || !value.isValid() || value.toString().isEmpty()) {
        return std::nullopt;
    }
    return value.toString().toStdString();
}

// What differs between the catalog entities: their fields, texts, store and conversions.
template <class T>
struct Mapping;

template <>
struct Mapping<Person> {
    static EntityStore<Person>& store(catalog::Catalog& catalog) { return catalog.people; }
    static storage::EntityKind kind() { return storage::EntityKind::Person; }
    static QString noun() { return tr("person"); }
    static QString pluralNoun() { return tr("people"); }
    static std::vector<FieldSpec> fields() {
        return {{tr("Name"), FieldKind::Text, 24},
                {tr("Email"), FieldKind::Text, 30},
                {tr("Level"), FieldKind::Level, 16},
                {tr("Manager"), FieldKind::Person, 22}};
    }
    static QVariantList values(const Person& item) {
        return {fromStd(item.name), fromStd(item.email), item.levelRank,
                fromOptionalId(item.managerId)};
    }
    static Person item(const QVariantList& values) {
        Person person;
        person.name = toStd(values.at(0));
        person.email = toStd(values.at(1));
        person.levelRank = values.at(2).toInt();
        person.managerId = toOptionalId(values.at(3));
        return person;
    }
    static QVariantList blank(const QString& name) {
        return values(Person{0, {}, name.toStdString(), {}, Person{}.levelRank, {}});
    }
};

template <>
struct Mapping<Product> {
    static EntityStore<Product>& store(catalog::Catalog& catalog) { return catalog.products; }
    static storage::EntityKind kind() { return storage::EntityKind::Product; }
    static QString noun() { return tr("product"); }
    static QString pluralNoun() { return tr("products"); }
    static std::vector<FieldSpec> fields() {
        return {{tr("Name"), FieldKind::Text, 24}, {tr("Description"), FieldKind::Text, 50}};
    }
    static QVariantList values(const Product& item) {
        return {fromStd(item.name), fromStd(item.description)};
    }
    static Product item(const QVariantList& values) {
        Product product;
        product.name = toStd(values.at(0));
        product.description = toStd(values.at(1));
        return product;
    }
    static QVariantList blank(const QString& name) { return {name, QString()}; }
};

template <>
struct Mapping<Segment> {
    static EntityStore<Segment>& store(catalog::Catalog& catalog) { return catalog.segments; }
    static storage::EntityKind kind() { return storage::EntityKind::Segment; }
    static QString noun() { return tr("segment"); }
    static QString pluralNoun() { return tr("segments"); }
    static std::vector<FieldSpec> fields() {
        return {{tr("Name"), FieldKind::Text, 24},
                {tr("Description"), FieldKind::Text, 40},
                {tr("Owner"), FieldKind::Person, 22}};
    }
    static QVariantList values(const Segment& item) {
        return {fromStd(item.name), fromStd(item.description), fromOptionalId(item.ownerId)};
    }
    static Segment item(const QVariantList& values) {
        Segment segment;
        segment.name = toStd(values.at(0));
        segment.description = toStd(values.at(1));
        segment.ownerId = toOptionalId(values.at(2));
        return segment;
    }
    static QVariantList blank(const QString& name) { return {name, QString(), QVariant()}; }
};

template <>
struct Mapping<Competitor> {
    static EntityStore<Competitor>& store(catalog::Catalog& catalog) { return catalog.competitors; }
    static storage::EntityKind kind() { return storage::EntityKind::Competitor; }
    static QString noun() { return tr("competitor"); }
    static QString pluralNoun() { return tr("competitors"); }
    static std::vector<FieldSpec> fields() {
        return {{tr("Name"), FieldKind::Text, 24},
                {tr("Website"), FieldKind::Text, 26},
                {tr("First seen"), FieldKind::Date, 12},
                {tr("Notes"), FieldKind::Text, 40}};
    }
    static QVariantList values(const Competitor& item) {
        return {fromStd(item.name), fromStd(item.website), fromOptionalText(item.firstSeen),
                fromStd(item.notes)};
    }
    static Competitor item(const QVariantList& values) {
        Competitor competitor;
        competitor.name = toStd(values.at(0));
        competitor.website = toStd(values.at(1));
        competitor.firstSeen = toOptionalText(values.at(2));
        competitor.notes = toStd(values.at(3));
        return competitor;
    }
    static QVariantList blank(const QString& name) {
        return {name, QString(), QVariant(), QString()};
    }
};

template <class T>
class CatalogAdapter final : public RecordAdapter {
public:
    CatalogAdapter() : m_fields(Mapping<T>::fields()) {}

    storage::EntityKind kind() const override { return Mapping<T>::kind(); }
    QString noun() const override { return Mapping<T>::noun(); }
    QString pluralNoun() const override { return Mapping<T>::pluralNoun(); }
    const std::vector<FieldSpec>& fields() const override { return m_fields; }

    std::vector<Record> list(WorkspaceSession& session) const override {
        std::vector<Record> records;
        for (const T& item : store(session).list()) {
            records.push_back(toRecord(item));
        }
        return records;
    }

    std::optional<Record> find(WorkspaceSession& session, std::int64_t id) const override {
        if (const auto item = store(session).find(id)) {
            return toRecord(*item);
        }
        return std::nullopt;
    }

    Record add(WorkspaceSession& session, const Record& record) const override {
        return toRecord(store(session).add(toItem(record)));
    }

    void update(WorkspaceSession& session, const Record& record) const override {
        store(session).update(toItem(record));
    }

    void remove(WorkspaceSession& session, std::int64_t id) const override {
        store(session).remove(id);
    }

    Record blank(const QString& name) const override {
        return Record{0, {}, Mapping<T>::blank(name)};
    }

private:
    static EntityStore<T>& store(WorkspaceSession& session) {
        return Mapping<T>::store(session.catalog());
    }

    static Record toRecord(const T& item) {
        return Record{item.id, item.uid, Mapping<T>::values(item)};
    }

    T toItem(const Record& record) const {
        QVariantList values = record.values;
        while (values.size() < static_cast<qsizetype>(m_fields.size())) {
            values.append(QVariant());
        }
        T item = Mapping<T>::item(values);
        item.id = record.id;
        item.uid = record.uid;
        return item;
    }

    std::vector<FieldSpec> m_fields;
};

}  // namespace

const RecordAdapter& peopleAdapter() {
    static const CatalogAdapter<Person> adapter;
    return adapter;
}

const RecordAdapter& productsAdapter() {
    static const CatalogAdapter<Product> adapter;
    return adapter;
}

const RecordAdapter& segmentsAdapter() {
    static const CatalogAdapter<Segment> adapter;
    return adapter;
}

const RecordAdapter& competitorsAdapter() {
    static const CatalogAdapter<Competitor> adapter;
    return adapter;
}

}  // namespace pmm::ui
