#include "recover.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace parallax::feed {
namespace {

bool name_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.' || c == ':' ||
           static_cast<unsigned char>(c) >= 0x80;
}

std::string_view local_of(std::string_view qualified) {
    const auto colon = qualified.find(':');
    return colon == std::string_view::npos ? qualified : qualified.substr(colon + 1);
}

/// Where the markup construct starting with '<' at `i` ends (one past it); for comments, CDATA,
/// processing instructions and DOCTYPE, and for tags.
std::size_t construct_end(std::string_view text, std::size_t i) {
    auto after = [&](std::string_view close) {
        const auto e = text.find(close, i);
        return e == std::string_view::npos ? text.size() : e + close.size();
    };
    const std::string_view rest = text.substr(i);
    if (rest.starts_with("<!--")) return after("-->");
    if (rest.starts_with("<![CDATA[")) return after("]]>");
    if (rest.starts_with("<?")) return after("?>");
    if (rest.starts_with("<!DOCTYPE") || rest.starts_with("<!doctype")) {
        const auto bracket = text.find_first_of("[>", i);
        if (bracket == std::string_view::npos) return text.size();
        if (text[bracket] == '>') return bracket + 1;
        const auto close = text.find("]", bracket);
        const auto gt = close == std::string_view::npos ? close : text.find('>', close);
        return gt == std::string_view::npos ? text.size() : gt + 1;
    }
    // A tag: '>' outside attribute quotes.
    char quote = 0;
    for (std::size_t j = i + 1; j < text.size(); ++j) {
        const char c = text[j];
        if (quote) {
            if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            return j + 1;
        } else if (c == '<') {
            return j; // an unterminated tag: stop before the next one
        }
    }
    return text.size();
}

std::string_view tag_name(std::string_view text, std::size_t i) {
    std::size_t j = i;
    while (j < text.size() && name_char(text[j]))
        ++j;
    return text.substr(i, j - i);
}

} // namespace

RootTag root_tag(std::string_view text) {
    for (std::size_t i = text.find('<'); i != std::string_view::npos; i = text.find('<', i)) {
        const std::size_t end = construct_end(text, i);
        if (i + 1 < text.size() && name_char(text[i + 1]) && text[i + 1] != '-' && text[i + 1] != '.')
            return RootTag{text.substr(i, end - i), tag_name(text, i + 1)};
        i = end;
    }
    return {};
}

std::vector<Range> element_ranges(std::string_view text, std::string_view local) {
    std::vector<Range> out;
    bool open = false;
    for (std::size_t i = text.find('<'); i != std::string_view::npos; i = text.find('<', i)) {
        const std::size_t end = construct_end(text, i);
        const bool closing = i + 1 < text.size() && text[i + 1] == '/';
        const std::string_view name = tag_name(text, i + (closing ? 2 : 1));
        if (!name.empty() && local_of(name) == local) {
            if (closing && open) {
                out.back().end = end;
                open = false;
            } else if (!closing) {
                if (open) out.back().end = i;
                out.push_back({i, text.size()});
                open = text[end - 2] != '/';
                if (!open) out.back().end = end;
            }
        }
        i = end;
    }
    return out;
}

std::string protect_fields(std::string_view item) {
    static constexpr std::array<std::string_view, 7> fields = {"description", "encoded", "summary", "content",
                                                               "title",       "body",    "fullitem"};
    std::string out;
    std::size_t copied = 0;
    for (std::size_t i = item.find('<'); i != std::string_view::npos; i = item.find('<', i)) {
        const std::size_t end = construct_end(item, i);
        const std::string_view name = tag_name(item, i + 1);
        const bool field = !name.empty() && item[end - 2] != '/' &&
                           std::find(fields.begin(), fields.end(), local_of(name)) != fields.end();
        if (!field) {
            i = end;
            continue;
        }
        const std::string close = "</" + std::string(name) + ">";
        const auto close_at = item.find(close, end);
        if (close_at == std::string_view::npos) {
            i = end;
            continue;
        }
        std::string_view inner = item.substr(end, close_at - end);
        out.append(item.substr(copied, end - copied));
        if (inner.starts_with("<![CDATA[")) {
            out.append(inner);
        } else {
            out += "<![CDATA[";
            for (std::size_t k = 0; k < inner.size(); ++k) {
                if (inner.substr(k, 3) == "]]>") {
                    out += "]]]]><![CDATA[>";
                    k += 2;
                } else {
                    out += inner[k];
                }
            }
            out += "]]>";
        }
        copied = close_at;
        i = close_at + close.size();
    }
    out.append(item.substr(copied));
    return out;
}

bool declares_entities(std::string_view text) {
    const auto doctype = text.find("<!DOCTYPE");
    if (doctype == std::string_view::npos) return false;
    const std::size_t end = construct_end(text, doctype);
    return text.substr(doctype, end - doctype).find("<!ENTITY") != std::string_view::npos;
}

namespace {

/// `<!ENTITY name "value">` declarations whose value is plain text.
std::vector<std::pair<std::string, std::string>> plain_entities(std::string_view subset) {
    std::vector<std::pair<std::string, std::string>> out;
    for (auto at = subset.find("<!ENTITY"); at != std::string_view::npos;
         at = subset.find("<!ENTITY", at + 8)) {
        std::size_t i = subset.find_first_not_of(" \t\r\n", at + 8);
        if (i == std::string_view::npos || subset[i] == '%') continue; // a parameter entity
        const std::string_view name = tag_name(subset, i);
        i = subset.find_first_not_of(" \t\r\n", i + name.size());
        if (name.empty() || i == std::string_view::npos || (subset[i] != '"' && subset[i] != '\''))
            continue; // SYSTEM/PUBLIC
        const auto close = subset.find(subset[i], i + 1);
        if (close == std::string_view::npos) break;
        const std::string_view value = subset.substr(i + 1, close - i - 1);
        if (value.find_first_of("&%<") == std::string_view::npos) out.emplace_back(name, value);
    }
    return out;
}

} // namespace

std::size_t expand_plain_entities(std::string& text, std::size_t max_growth) {
    const auto doctype = text.find("<!DOCTYPE");
    if (doctype == std::string::npos) return 0;
    const std::size_t body = construct_end(text, doctype);
    const auto entities = plain_entities(std::string_view(text).substr(doctype, body - doctype));
    if (entities.empty()) return 0;
    std::string out(text, 0, body);
    std::size_t replaced = 0;
    const std::size_t limit = text.size() + max_growth;
    for (std::size_t i = body; i < text.size();) {
        const auto amp = text.find('&', i);
        out.append(text, i, amp == std::string::npos ? std::string::npos : amp - i);
        if (amp == std::string::npos) break;
        i = amp + 1;
        const auto semi = text.find(';', amp);
        const std::string_view name = semi == std::string::npos
                                          ? std::string_view{}
                                          : std::string_view(text).substr(amp + 1, semi - amp - 1);
        const auto known =
            std::find_if(entities.begin(), entities.end(), [&](const auto& e) { return e.first == name; });
        if (known == entities.end() || out.size() + known->second.size() > limit) {
            out += '&';
            continue;
        }
        out += known->second;
        ++replaced;
        i = semi + 1;
    }
    text = std::move(out);
    return replaced;
}

bool predefined(std::string_view name) {
    return name == "amp" || name == "lt" || name == "gt" || name == "quot" || name == "apos";
}

std::vector<EntityProblem> entity_problems(std::string_view text, std::size_t limit) {
    std::vector<EntityProblem> out;
    std::size_t i = 0;
    while (out.size() < limit) {
        // A plain loop: this runs over every byte of every feed, and find_first_of is slow.
        while (i < text.size() && text[i] != '&' && text[i] != '<')
            ++i;
        if (i >= text.size()) break;
        if (text[i] == '<') {
            const std::string_view rest = text.substr(i);
            i = rest.starts_with("<!") || rest.starts_with("<?") ? construct_end(text, i) : i + 1;
            continue;
        }
        std::size_t j = i + 1;
        if (j < text.size() && text[j] == '#') {
            ++j;
            const bool hex = j < text.size() && (text[j] == 'x' || text[j] == 'X');
            j += hex;
            const std::size_t digits = j;
            while (j < text.size() && (hex ? std::isxdigit(static_cast<unsigned char>(text[j]))
                                           : std::isdigit(static_cast<unsigned char>(text[j]))))
                ++j;
            if (j == digits || j >= text.size() || text[j] != ';') out.push_back({i, "&"});
        } else {
            while (j < text.size() && name_char(text[j]))
                ++j;
            const std::string_view name = text.substr(i + 1, j - i - 1);
            if (name.empty() || j >= text.size() || text[j] != ';')
                out.push_back({i, "&"});
            else if (!predefined(name)) {
                std::string what(1, '&');
                what.append(name).push_back(';');
                out.push_back({i, std::move(what)});
            }
        }
        i = j;
    }
    return out;
}

} // namespace parallax::feed
