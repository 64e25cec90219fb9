#include "feed.hpp"

#include "decode.hpp"
#include "items.hpp"
#include "recover.hpp"

#include "text/encoding.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <cctype>
#include <exception>
#include <optional>
#include <thread>

namespace parallax::feed {
namespace {

constexpr std::size_t kSniffBytes = 64 * 1024;
constexpr std::size_t kItemsPerThread = 256; // below this, starting threads costs more than it saves
constexpr std::size_t kMaxEntityNotes = 1000;
constexpr std::size_t kMaxEntityGrowth = 1 << 20;
constexpr unsigned kParseOptions = pugi::parse_default | pugi::parse_ws_pcdata;

struct Position {
    std::size_t line = 1, column = 1;
};

/// Line and column of byte offsets, asked for in increasing order (one pass over the text).
class Positions {
public:
    explicit Positions(std::string_view text) : text_(text) {}
    Position at(std::size_t offset) {
        if (offset < at_) reset();
        for (; at_ < offset && at_ < text_.size(); ++at_) {
            if (text_[at_] == '\n') {
                ++pos_.line;
                pos_.column = 1;
            } else {
                ++pos_.column;
            }
        }
        return pos_;
    }

private:
    void reset() {
        at_ = 0;
        pos_ = {};
    }
    std::string_view text_;
    std::size_t at_ = 0;
    Position pos_;
};

Diagnostic located(DiagnosticKind kind, std::optional<std::size_t> index, std::string reason,
                   std::size_t offset, Positions& positions) {
    const Position p = positions.at(offset);
    return Diagnostic{kind, index, std::move(reason), p.line, p.column, offset};
}

/// Reads items with one thread per core when there are enough of them to be worth it.
std::vector<ItemResult> read_all(const std::vector<pugi::xml_node>& nodes, const Channel& channel) {
    std::vector<ItemResult> results(nodes.size());
    auto work = [&](std::size_t first, std::size_t step) {
        for (std::size_t i = first; i < nodes.size(); i += step) {
            try {
                results[i] = read_item(nodes[i], channel, i);
            } catch (const std::exception& e) {
                results[i].diagnostics.push_back(Diagnostic{DiagnosticKind::error, i,
                                                            std::string("cannot read the item: ") + e.what(),
                                                            std::nullopt, std::nullopt, std::nullopt});
            }
        }
    };
    const std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
    const std::size_t threads = std::min(cores, nodes.size() / kItemsPerThread);
    if (threads <= 1) {
        work(0, 1);
        return results;
    }
    std::vector<std::thread> pool;
    for (std::size_t t = 1; t < threads; ++t)
        pool.emplace_back(work, t, threads);
    work(0, threads);
    for (auto& t : pool)
        t.join();
    return results;
}

/// The item whose range holds `offset`, given item start offsets in increasing order.
std::optional<std::size_t> item_at(const std::vector<std::size_t>& starts, std::size_t offset) {
    const auto it = std::upper_bound(starts.begin(), starts.end(), offset);
    if (it == starts.begin()) return std::nullopt;
    return static_cast<std::size_t>(it - starts.begin() - 1);
}

/// References to entities XML does not define, found before parsing (which rewrites the text
/// in place), with where they are.
struct EntityScan {
    bool declares = false;
    std::vector<EntityProblem> problems;
    std::vector<Position> positions;
};

EntityScan scan_entities(std::string_view text) {
    EntityScan scan;
    scan.declares = declares_entities(text);
    scan.problems = entity_problems(text, kMaxEntityNotes);
    Positions positions(text);
    for (const auto& p : scan.problems)
        scan.positions.push_back(positions.at(p.offset));
    return scan;
}

/// One partial note per item that uses entities XML does not define: a lenient reader reads
/// them as HTML entities (or a bare '&' as itself), and so do we.
void report_entities(const EntityScan& scan, const std::vector<std::size_t>& starts, ParseResult& result) {
    if (scan.declares)
        result.diagnostics.push_back(
            Diagnostic{DiagnosticKind::warning, std::nullopt,
                       "the DOCTYPE declares entities: only those with plain text values are expanded",
                       std::nullopt, std::nullopt, std::nullopt});
    std::optional<std::size_t> last_item;
    bool document_reported = false;
    for (std::size_t i = 0; i < scan.problems.size(); ++i) {
        const EntityProblem& problem = scan.problems[i];
        const auto item = item_at(starts, problem.offset);
        if (item ? item == last_item : document_reported) continue;
        if (item)
            last_item = item;
        else
            document_reported = true;
        const std::string reason = problem.what == "&"
                                       ? "a bare '&' that starts no reference, read as itself"
                                       : "undeclared entity " + problem.what + ", read as the HTML entity";
        result.diagnostics.push_back(Diagnostic{DiagnosticKind::partial, item, reason, scan.positions[i].line,
                                                scan.positions[i].column, problem.offset});
    }
}

void collect(std::vector<ItemResult>& items, ParseResult& result) {
    result.items = items.size();
    result.articles.reserve(items.size());
    for (auto& r : items) {
        if (r.article) result.articles.push_back(std::move(*r.article));
        for (auto& d : r.diagnostics)
            result.diagnostics.push_back(std::move(d));
    }
}

std::string not_a_feed(const pugi::xml_node& root) {
    return std::string("not a feed: the root element is <") + root.name() + ">, not rss, rdf:RDF or feed";
}

ParseResult read_well_formed(const pugi::xml_document& doc, const EntityScan& scan, const Input& input) {
    ParseResult result;
    const auto root = doc.document_element();
    const auto dialect = dialect_of(root);
    if (!dialect) {
        result.diagnostics.push_back(Diagnostic{DiagnosticKind::error, std::nullopt, not_a_feed(root),
                                                std::nullopt, std::nullopt, std::nullopt});
        return result;
    }
    const Channel channel = read_channel(root, *dialect, input.option("outlet"));
    const auto nodes = find_items(root, *dialect);
    std::vector<std::size_t> starts;
    for (const auto& n : nodes)
        starts.push_back(static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, n.offset_debug() - 1)));
    auto items = read_all(nodes, channel);
    collect(items, result);
    report_entities(scan, starts, result);
    return result;
}

/// A piece of the document parsed on its own, inside a copy of the root start tag so that its
/// namespace declarations still apply.
struct Piece {
    pugi::xml_document doc;
    pugi::xml_parse_result parsed;
    std::size_t prefix = 0; ///< bytes added before the piece
};

void parse_piece(std::string_view body, const RootTag& root, Piece& piece) {
    std::string wrapped(root.tag);
    piece.prefix = wrapped.size();
    wrapped.append(body);
    ((wrapped += "</") += root.name) += '>';
    piece.parsed = piece.doc.load_buffer(wrapped.data(), wrapped.size(), kParseOptions, pugi::encoding_utf8);
}

/// The first item/entry element of a piece, even when the parse stopped half-way.
pugi::xml_node item_of(const Piece& piece, std::string_view local) {
    const auto root = piece.doc.document_element();
    for (auto c = root.first_child(); c; c = c.next_sibling())
        if (c.type() == pugi::node_element && std::string_view(c.name()).ends_with(local)) return c;
    return {};
}

/// One item cut out of a damaged feed: parsed on its own; failing that, with its text fields
/// taken as CDATA; failing that, as far as it parsed; failing that, an error.
ItemResult recover_item(std::string_view text, Range r, const RootTag& root, std::string_view local,
                        const Channel& channel, std::size_t index, Positions& positions) {
    const std::string_view body = text.substr(r.begin, r.end - r.begin);
    Piece piece;
    parse_piece(body, root, piece);
    if (piece.parsed) return read_item(item_of(piece, local), channel, index);

    const std::ptrdiff_t in_piece =
        std::max<std::ptrdiff_t>(0, piece.parsed.offset - static_cast<std::ptrdiff_t>(piece.prefix));
    const std::size_t at = r.begin + static_cast<std::size_t>(in_piece);
    const std::string why =
        std::string("the item is not well-formed XML (") + piece.parsed.description() + ")";
    Piece again;
    parse_piece(protect_fields(body), root, again);
    const auto node = item_of(again.parsed ? again : piece, local);
    ItemResult result;
    if (!node) {
        result.diagnostics.push_back(located(DiagnosticKind::error, index, why, at, positions));
        return result;
    }
    result = read_item(node, channel, index);
    result.diagnostics.push_back(located(
        DiagnosticKind::partial, index,
        why + (again.parsed ? "; its fields read as HTML" : "; read up to the error"), at, positions));
    return result;
}

/// A feed that is not well-formed, read as a lenient reader would: the feed's own fields from
/// whatever parses before the first item, then each item on its own.
ParseResult recover(std::string_view text, const pugi::xml_parse_result& failure, const EntityScan& scan,
                    const Input& input) {
    Positions positions(text);
    ParseResult result;
    const auto failed_at = static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, failure.offset));
    const std::string why = std::string("not well-formed XML (") + failure.description() + ")";
    const RootTag root = root_tag(text);
    const std::string_view local = root.name.ends_with("feed") ? "entry" : "item";
    const auto ranges = root.tag.empty() ? std::vector<Range>{} : element_ranges(text, local);

    Piece head;
    head.parsed = head.doc.load_buffer(text.data(), ranges.empty() ? text.size() : ranges.front().begin,
                                       kParseOptions, pugi::encoding_utf8);
    const auto head_root = head.doc.document_element();
    const auto dialect = head_root ? dialect_of(head_root) : std::nullopt;
    if (!dialect || ranges.empty()) {
        result.diagnostics.push_back(located(DiagnosticKind::error, std::nullopt,
                                             head_root && !dialect ? not_a_feed(head_root) : why, failed_at,
                                             positions));
        return result;
    }
    result.diagnostics.push_back(located(DiagnosticKind::partial, std::nullopt,
                                         why + "; items read one by one", failed_at, positions));
    const Channel channel = read_channel(head_root, *dialect, input.option("outlet"));
    std::vector<ItemResult> items;
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < ranges.size(); ++i) {
        starts.push_back(ranges[i].begin);
        items.push_back(recover_item(text, ranges[i], root, local, channel, i, positions));
    }
    collect(items, result);
    report_entities(scan, starts, result);
    return result;
}

// --- sniffing -------------------------------------------------------------------------------

/// The prefix as UTF-8 (wide encodings converted), for looking at the root element.
std::string sniff_text(std::string_view bytes) {
    const std::string_view prefix = bytes.substr(0, kSniffBytes);
    auto wide = [&](const char* encoding, std::size_t unit, std::size_t bom) {
        const std::size_t n = (prefix.size() - bom) / unit * unit;
        try {
            return text::to_utf8(prefix.substr(bom, n), encoding);
        } catch (const std::exception&) {
            return std::string();
        }
    };
    using namespace std::string_view_literals;
    if (prefix.starts_with("\xFF\xFE\x00\x00"sv)) return wide("UTF-32LE", 4, 4);
    if (prefix.starts_with("\x00\x00\xFE\xFF"sv)) return wide("UTF-32BE", 4, 4);
    if (prefix.starts_with("\xFF\xFE")) return wide("UTF-16LE", 2, 2);
    if (prefix.starts_with("\xFE\xFF")) return wide("UTF-16BE", 2, 2);
    if (prefix.starts_with("\x3C\x00\x00\x00"sv)) return wide("UTF-32LE", 4, 0);
    if (prefix.starts_with("\x00\x00\x00\x3C"sv)) return wide("UTF-32BE", 4, 0);
    if (prefix.starts_with("\x3C\x00"sv)) return wide("UTF-16LE", 2, 0);
    if (prefix.starts_with("\x00\x3C"sv)) return wide("UTF-16BE", 2, 0);
    if (prefix.starts_with("\x4C\x6F\xA7\x94")) return wide("ibm-37", 1, 0);
    return std::string(prefix.starts_with("\xEF\xBB\xBF") ? prefix.substr(3) : prefix);
}

bool mentions_feed_namespace(std::string_view tag) {
    return tag.find("purl.org/rss") != std::string_view::npos ||
           tag.find("netscape.com/rdf") != std::string_view::npos;
}

} // namespace

int sniff(const Input& input) {
    const std::string text = sniff_text(input.bytes);
    const RootTag root = root_tag(text);
    if (!root.tag.empty()) {
        const auto colon = root.name.find(':');
        const std::string_view local =
            colon == std::string_view::npos ? root.name : root.name.substr(colon + 1);
        if (local == "rss" || local == "CHANNEL") return 90;
        if (local == "RDF") return mentions_feed_namespace(text) ? 90 : 0;
        if (local == "feed") {
            const bool atom = root.tag.find("www.w3.org/2005/Atom") != std::string_view::npos ||
                              root.tag.find("purl.org/atom/ns#") != std::string_view::npos;
            return atom || root.tag.find("xmlns=") == std::string_view::npos ? 90 : 0;
        }
        return 0;
    }
    // The prefix holds no complete start tag (a huge comment or DOCTYPE): look for a feed root anyway.
    for (std::string_view probe : {"<rss", "<feed", "<rdf:RDF"})
        if (text.find(probe) != std::string::npos) return 60;
    return 0;
}

ParseResult parse(const Input& input) {
    DecodedFeed decoded = decode(input.bytes);
    expand_plain_entities(decoded.text, kMaxEntityGrowth);
    const EntityScan scan = scan_entities(decoded.text);
    // In place: no second copy of a feed that may be large. The text is rewritten as it is parsed,
    // so recovery starts again from the bytes.
    pugi::xml_document doc;
    const auto parsed =
        doc.load_buffer_inplace(decoded.text.data(), decoded.text.size(), kParseOptions, pugi::encoding_utf8);
    ParseResult result;
    if (parsed) {
        result = read_well_formed(doc, scan, input);
    } else {
        DecodedFeed pristine = decode(input.bytes);
        expand_plain_entities(pristine.text, kMaxEntityGrowth);
        result = recover(pristine.text, parsed, scan, input);
    }
    if (result.items == 0 && result.diagnostics.empty())
        result.diagnostics.push_back(Diagnostic{DiagnosticKind::warning, std::nullopt,
                                                "the feed has no items", std::nullopt, std::nullopt,
                                                std::nullopt});
    result.diagnostics.insert(result.diagnostics.begin(), decoded.notes.begin(), decoded.notes.end());
    return result;
}

} // namespace parallax::feed
