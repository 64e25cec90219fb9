#include "plain_text.hpp"
#include "text/ascii.hpp"

#include "text/datetime.hpp"
#include "text/encoding.hpp"
#include "text/unicode.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::plain_text {
namespace {

using text::ascii_lower;
using text::trim_ascii;

constexpr std::size_t kMaxTitleCodePoints = 100;
constexpr std::size_t kMaxHeaderLines = 64;

bool blank(std::string_view line) { return text::fold_whitespace(line).empty(); }

/// Splits on "\n", "\r\n" and "\r".
std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\n' && text[i] != '\r') continue;
        lines.push_back(text.substr(start, i - start));
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
        start = i + 1;
    }
    if (start < text.size()) lines.push_back(text.substr(start));
    return lines;
}

struct HeaderLine {
    std::string key; ///< lower case
    std::string value;
};

/// "Key: value" with a key of letters, digits, '-', '_' or spaces that starts with a letter.
std::optional<HeaderLine> header_line(std::string_view line) {
    const auto colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon > 40) return std::nullopt;
    const std::string_view key = trim_ascii(line.substr(0, colon));
    if (key.empty() || !std::isalpha(static_cast<unsigned char>(key.front()))) return std::nullopt;
    for (char c : key)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_' && c != ' ')
            return std::nullopt;
    return HeaderLine{ascii_lower(key), std::string(trim_ascii(line.substr(colon + 1)))};
}

bool is_separator(std::string_view line) { return trim_ascii(line) == "---"; }

/// The index of the `---` line that closes a header, when the lines before it are all header lines.
std::optional<std::size_t> header_end(const std::vector<std::string_view>& lines) {
    std::size_t header_lines = 0;
    for (std::size_t i = 0; i < lines.size() && i <= kMaxHeaderLines; ++i) {
        if (is_separator(lines[i])) return header_lines > 0 ? std::optional<std::size_t>(i) : std::nullopt;
        if (blank(lines[i])) continue;
        if (!header_line(lines[i])) return std::nullopt;
        ++header_lines;
    }
    return std::nullopt;
}

std::vector<std::string> split_byline(std::string_view value) {
    std::vector<std::string> names;
    std::string current;
    auto flush = [&] {
        std::string name = text::fold_whitespace(current);
        if (ascii_lower(name).rfind("by ", 0) == 0) name = name.substr(3);
        if (!name.empty()) names.push_back(name);
        current.clear();
    };
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (value[i] == ',' || value[i] == ';' || value[i] == '&') {
            flush();
        } else if (value.substr(i, 5) == " and ") {
            flush();
            i += 4;
        } else {
            current += value[i];
        }
    }
    flush();
    return names;
}

Diagnostic warning_at(std::size_t line, std::string reason) {
    return Diagnostic{DiagnosticKind::warning, 0, std::move(reason), line, std::nullopt, std::nullopt};
}

void read_header(const std::vector<std::string_view>& lines, std::size_t end, Article& article,
                 std::vector<Diagnostic>& diagnostics) {
    for (std::size_t i = 0; i < end; ++i) {
        if (blank(lines[i])) continue;
        const HeaderLine h = *header_line(lines[i]);
        const std::size_t line_no = i + 1;
        if (h.key == "title") {
            article.title = h.value;
        } else if (h.key == "outlet") {
            article.outlet = h.value;
        } else if (h.key == "url") {
            article.url = h.value;
        } else if (h.key == "language") {
            article.language = h.value;
        } else if (h.key == "byline") {
            article.byline = split_byline(h.value);
        } else if (h.key == "published") {
            article.published = text::normalise_date(h.value);
            if (!article.published)
                diagnostics.push_back(
                    warning_at(line_no, "published: cannot read the date '" + h.value + "'"));
        } else {
            article.meta[h.key].push_back(h.value);
            diagnostics.push_back(warning_at(line_no, "unknown header key '" + h.key + "' kept in meta"));
        }
    }
}

/// A first line that reads as a headline: short, and not ending like a sentence or a lead-in.
bool looks_like_title(std::string_view line) {
    const std::string folded = text::fold_whitespace(line);
    if (folded.empty() || text::code_points(folded) > kMaxTitleCodePoints) return false;
    const char last = folded.back();
    return last != '.' && last != '?' && last != '!' && last != ':';
}

/// Whether a line of a block is short beside the block's longest (of `longest` bytes) and ends with no
/// punctuation: a heading or a stamp.
bool heading_line(std::string_view line, std::size_t longest) {
    const char last = line.empty() ? '.' : line.back();
    const bool punctuated = std::string_view(".!?:;,)]\"'").find(last) != std::string_view::npos ||
                            static_cast<unsigned char>(last) >= 0x80; // (a curly mark or a dash)
    return longest >= 80 && line.size() * 10 <= longest * 6 && !punctuated;
}

std::vector<std::string> paragraphs_of(const std::vector<std::string_view>& lines) {
    std::vector<std::vector<std::string_view>> blocks(1);
    bool has_blank_line = false;
    for (auto line : lines) {
        if (blank(line)) {
            has_blank_line = true;
            if (!blocks.back().empty()) blocks.emplace_back();
        } else {
            blocks.back().push_back(line);
        }
    }
    const bool block_mode = has_blank_line && std::any_of(blocks.begin(), blocks.end(),
                                                          [](const auto& b) { return b.size() >= 2; });
    std::vector<std::string> paragraphs;
    for (const auto& block : blocks) {
        if (block_mode) {
            // (a short line with no closing punctuation above a long one is a heading or a live post's stamp,
            // "Posted at 12:30 GMT" / "UK sends search team": it keeps its line break, which ends a sentence)
            std::vector<std::string> lines;
            std::size_t longest = 0;
            for (auto line : block)
                if (auto folded = text::fold_whitespace(line); !folded.empty()) {
                    longest = std::max(longest, folded.size()); // (bytes: a heading's test needs no more)
                    lines.push_back(std::move(folded));
                }
            std::string joined;
            for (std::size_t i = 0; i < lines.size(); ++i) {
                if (i > 0) joined += heading_line(lines[i - 1], longest) ? '\n' : ' ';
                joined += lines[i];
            }
            if (!joined.empty()) paragraphs.push_back(std::move(joined));
        } else {
            for (auto line : block)
                paragraphs.push_back(text::fold_whitespace(line));
        }
    }
    return paragraphs;
}

bool has_extension(std::string_view path, std::string_view ext) {
    if (path.size() < ext.size()) return false;
    return ascii_lower(path.substr(path.size() - ext.size())) == ext;
}

} // namespace

int sniff(const Input& input) {
    if (has_extension(input.path, ".txt") || has_extension(input.path, ".text")) return 60;
    std::string_view prefix = input.bytes.substr(0, 8192);
    if (prefix.substr(0, 3) == "\xEF\xBB\xBF") prefix.remove_prefix(3);
    if (text::has_nul(prefix)) return 0;
    auto lines = split_lines(prefix);
    return header_end(lines) ? 50 : 0;
}

ParseResult parse(const Input& input) {
    ParseResult result;
    result.items = 1;
    const auto decoded = text::decode_text(input.bytes);
    if (!decoded) {
        const auto nul = input.bytes.find('\0');
        result.diagnostics.push_back(Diagnostic{DiagnosticKind::error, std::nullopt,
                                                "binary content: a NUL byte and no UTF-16 byte-order mark",
                                                std::nullopt, std::nullopt, nul});
        result.items = 0;
        return result;
    }
    if (decoded->encoding == text::Encoding::windows1252)
        result.diagnostics.push_back(Diagnostic{DiagnosticKind::warning, 0,
                                                "not valid UTF-8; read as windows-1252", std::nullopt,
                                                std::nullopt, decoded->invalid_at});

    Article article;
    article.index = 0;
    const auto lines = split_lines(decoded->text);
    std::vector<std::string_view> body(lines.begin(), lines.end());
    if (const auto end = header_end(lines)) {
        read_header(lines, *end, article, result.diagnostics);
        body.assign(lines.begin() + static_cast<std::ptrdiff_t>(*end) + 1, lines.end());
    } else {
        auto first = std::find_if(body.begin(), body.end(), [](auto l) { return !blank(l); });
        if (first != body.end() && looks_like_title(*first)) {
            article.title = text::fold_whitespace(*first);
            body.erase(body.begin(), first + 1);
        }
    }
    article.paragraphs = paragraphs_of(body);
    if (article.paragraphs.empty()) {
        result.diagnostics.push_back(Diagnostic{DiagnosticKind::error, 0,
                                                "no body text: the article has no paragraphs", std::nullopt,
                                                std::nullopt, std::nullopt});
        return result;
    }
    result.articles.push_back(std::move(article));
    return result;
}

} // namespace parallax::plain_text
