#include "newsml_g2.hpp"

#include "message_stream.hpp"
#include "news_item.hpp"
#include "wire_xml.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace parallax::newsml_g2 {
namespace {

constexpr std::string_view kNarNamespace = "iptc.org/std/nar/";
constexpr std::size_t kListedMissing = 5;
constexpr std::size_t kDefaultStreamThreshold = 1 << 20; // a message this big is read item by item

/// What package resolution needs to know of each item once its tree is gone.
struct ItemRecord {
    bool package = false;
    std::optional<std::string> guid;
    std::vector<std::string> refs; ///< for a package: the guids it refers to, in document order
};

/// The items of a document: those of a newsMessage's itemSet(s), or the root item itself.
std::vector<pugi::xml_node> items_of(const pugi::xml_node& root) {
    if (!is_item(root) && xml::local_name(root.name()) == "newsMessage") {
        std::vector<pugi::xml_node> items;
        for (auto set : root.children())
            if (xml::local_name(set.name()) == "itemSet")
                for (auto item : set.children())
                    if (is_item(item)) items.push_back(item);
        return items;
    }
    return {root};
}

ItemRecord record_of(const pugi::xml_node& item) {
    ItemRecord record{xml::local_name(item.name()) == "packageItem", wire::attribute(item, "guid"), {}};
    if (record.package) // groups nest, so search the whole package
        for (auto ref : item.select_nodes(".//*[local-name()='itemRef']"))
            if (auto guid = wire::attribute(ref.node(), "residref")) record.refs.push_back(*guid);
    return record;
}

/// Reads one item into `result` and remembers what packages need of it.
void read_into(const pugi::xml_node& item, std::size_t index, ParseResult& result,
               std::vector<ItemRecord>& records) {
    records.push_back(record_of(item));
    auto read = read_item(item, index);
    for (auto& w : read.warnings)
        result.diagnostics.push_back(std::move(w));
    if (read.outcome) result.diagnostics.push_back(std::move(*read.outcome));
    if (read.article) result.articles.push_back(std::move(*read.article));
}

/// Links each package to the items of the message it refers to: the item's article gets the
/// package's guid in meta; references to items not in the message are a warning.
void resolve_packages(const std::vector<ItemRecord>& records, ParseResult& result) {
    std::map<std::string, Article*> by_guid;
    for (auto& article : result.articles)
        if (const auto& guid = records[article.index].guid) by_guid.emplace(*guid, &article);
    std::set<std::string> in_message; // every item guid, article or not
    for (const auto& record : records)
        if (record.guid) in_message.insert(*record.guid);
    for (std::size_t i = 0; i < records.size(); ++i) {
        if (!records[i].package) continue;
        std::vector<std::string> missing;
        for (const auto& ref : records[i].refs) {
            if (auto it = by_guid.find(ref); it != by_guid.end())
                it->second->meta["package"].push_back(records[i].guid.value_or(""));
            else if (!in_message.contains(ref))
                missing.push_back(ref);
        }
        if (missing.empty() || records.size() == 1) continue; // a lone package refers outside by design
        std::string reason =
            "package refers to " + std::to_string(missing.size()) + " item(s) not in this message:";
        for (std::size_t m = 0; m < missing.size() && m < kListedMissing; ++m)
            reason += " " + missing[m];
        if (missing.size() > kListedMissing) reason += " …";
        result.diagnostics.push_back(
            Diagnostic{DiagnosticKind::warning, i, reason, std::nullopt, std::nullopt, std::nullopt});
    }
}

Diagnostic file_error(std::string reason) {
    return Diagnostic{DiagnosticKind::error, std::nullopt, std::move(reason),
                      std::nullopt,          std::nullopt, std::nullopt};
}

/// A damaged item of a streamed message is rejected alone, at its place in the file. `error` is
/// positioned in the wrapped item, whose first `prefix` bytes are the wrapper.
Diagnostic item_error(std::string_view bytes, Diagnostic error, std::size_t index, const ItemSpan& span,
                      std::size_t prefix) {
    const std::size_t local = error.offset.value_or(prefix);
    error.index = index;
    error.offset = span.begin + std::min(local > prefix ? local - prefix : 0, span.end - span.begin);
    const auto where = xml::position_of(bytes, *error.offset);
    error.line = where.line;
    error.column = where.column;
    return error;
}

ParseResult parse_streamed(std::string_view bytes, const MessageLayout& layout) {
    ParseResult result;
    result.items = layout.items.size();
    std::vector<ItemRecord> records;
    for (std::size_t i = 0; i < layout.items.size(); ++i) {
        std::size_t prefix = 0;
        const std::string wrapped = wrap_item(bytes, layout, layout.items[i], prefix);
        pugi::xml_document document;
        if (auto error = wire::parse_document(wrapped, document)) {
            result.diagnostics.push_back(item_error(bytes, std::move(*error), i, layout.items[i], prefix));
            records.push_back({});
            continue;
        }
        read_into(document.document_element().first_child(), i, result, records);
    }
    resolve_packages(records, result);
    return result;
}

ParseResult parse_whole(std::string_view bytes) {
    ParseResult result;
    pugi::xml_document document;
    if (auto error = wire::parse_document(bytes, document)) {
        result.diagnostics.push_back(std::move(*error));
        return result;
    }
    const auto root = document.document_element();
    if (!is_item(root) && xml::local_name(root.name()) != "newsMessage") {
        result.diagnostics.push_back(file_error("not a NewsML-G2 item or message: the root element is <" +
                                                std::string(root.name()) + ">"));
        return result;
    }
    const auto items = items_of(root);
    result.items = items.size();
    std::vector<ItemRecord> records;
    for (std::size_t i = 0; i < items.size(); ++i)
        read_into(items[i], i, result, records);
    resolve_packages(records, result);
    return result;
}

std::size_t stream_threshold(const Input& input) {
    const std::string value = input.option("stream-threshold");
    if (value.empty() || value.find_first_not_of("0123456789") != std::string::npos || value.size() > 18)
        return kDefaultStreamThreshold;
    return std::stoull(value);
}

} // namespace

int sniff(const Input& input) {
    const auto root = wire::root_tag(input.bytes);
    if (!root) return 0;
    const bool known = root->local == "newsMessage" || root->local == "newsItem" ||
                       root->local == "packageItem" || root->local == "conceptItem" ||
                       root->local == "knowledgeItem" || root->local == "planningItem" ||
                       root->local == "catalogItem";
    if (!known) return 0;
    return root->tag.find(kNarNamespace) != std::string::npos ? 90 : 60;
}

ParseResult parse(const Input& input) {
    if (input.bytes.size() >= stream_threshold(input))
        if (const auto layout = scan_message(input.bytes)) return parse_streamed(input.bytes, *layout);
    return parse_whole(input.bytes);
}

} // namespace parallax::newsml_g2
