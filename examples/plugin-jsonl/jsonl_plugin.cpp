// A JSON Lines source: one article object per line.
//
//   {"id": "a1", "outlet": "Example", "title": "…", "published": "2025-02-18",
//    "url": "https://…", "byline": ["…"], "language": "en", "paragraphs": ["…", "…"]}
//
// Only "paragraphs" (a non-empty list of strings) is required. A line that is not such an object
// is a rejected item with its line number; blank lines are not items.
#include <parallax/sdk.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace {

using nlohmann::json;

std::optional<std::string> optional_string(const json& object, const char* key) {
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) return std::nullopt;
    if (!it->is_string()) throw std::invalid_argument(std::string("\"") + key + "\" must be a string");
    return it->get<std::string>();
}

std::vector<std::string> string_list(const json& object, const char* key) {
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) return {};
    if (!it->is_array())
        throw std::invalid_argument(std::string("\"") + key + "\" must be a list of strings");
    std::vector<std::string> out;
    for (const auto& item : *it) {
        if (!item.is_string())
            throw std::invalid_argument(std::string("\"") + key + "\" must be a list of strings");
        out.push_back(item.get<std::string>());
    }
    return out;
}

/// One line → one Article; throws std::exception with the reason when the line is not one.
parallax::Article article_from(std::string_view line, std::size_t index) {
    const json object = json::parse(line);
    if (!object.is_object()) throw std::invalid_argument("the line is not a JSON object");
    parallax::Article article;
    article.index = index;
    article.id = optional_string(object, "id").value_or("");
    article.outlet = optional_string(object, "outlet").value_or("");
    article.title = optional_string(object, "title");
    article.published = optional_string(object, "published");
    article.url = optional_string(object, "url");
    article.language = optional_string(object, "language");
    article.byline = string_list(object, "byline");
    article.paragraphs = string_list(object, "paragraphs");
    if (article.paragraphs.empty()) throw std::invalid_argument("\"paragraphs\" is missing or empty");
    return article;
}

class JsonLinesPlugin final : public parallax::SourcePlugin {
public:
    int sniff(const parallax::Input& input) const override {
        const auto ends_with = [&](std::string_view suffix) {
            return input.path.size() >= suffix.size() &&
                   input.path.substr(input.path.size() - suffix.size()) == suffix;
        };
        return ends_with(".jsonl") || ends_with(".ndjson") ? 80 : 0;
    }

    parallax::ParseResult parse(const parallax::Input& input) const override {
        parallax::ParseResult result;
        std::size_t line_number = 0, start = 0;
        while (start < input.bytes.size()) {
            const auto end = std::min(input.bytes.find('\n', start), input.bytes.size());
            const std::string_view line = input.bytes.substr(start, end - start);
            ++line_number;
            if (line.find_first_not_of(" \t\r") != std::string_view::npos)
                read_line(line, line_number, start, result);
            start = end + 1;
        }
        return result;
    }

private:
    static void read_line(std::string_view line, std::size_t line_number, std::size_t offset,
                          parallax::ParseResult& result) {
        const std::size_t index = result.items++;
        try {
            result.articles.push_back(article_from(line, index));
        } catch (const std::exception& e) {
            result.diagnostics.push_back(
                {parallax::DiagnosticKind::error, index, e.what(), line_number, 1, offset});
        }
    }
};

} // namespace

PARALLAX_PLUGIN(JsonLinesPlugin, "jsonl", "1.0.0", "jsonl")
