#include "extract/figures.hpp"

#include "extract/figure_lexicon.hpp"
#include "extract/figure_scan.hpp"

#include <algorithm>
#include <cctype>

namespace parallax::extract {

namespace {

int publication_year(const Article& article) {
    if (!article.published || article.published->size() < 4) return 0;
    int year = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        const char c = (*article.published)[i];
        if (!std::isdigit(static_cast<unsigned char>(c))) return 0;
        year = year * 10 + (c - '0');
    }
    return year;
}

// The month of a publication date written "2025-02-18…"; 0 when there is none.
int publication_month(const Article& article) {
    const std::string& p = article.published.value_or("");
    if (p.size() < 7 || p[4] != '-' || !std::isdigit(static_cast<unsigned char>(p[5])) ||
        !std::isdigit(static_cast<unsigned char>(p[6])))
        return 0;
    const int month = (p[5] - '0') * 10 + (p[6] - '0');
    return month >= 1 && month <= 12 ? month : 0;
}

// Whether `text` holds `word` as a whole word.
bool has_word(const std::string& text, const std::string& word) {
    auto letter = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; };
    for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
        const bool starts = at == 0 || !letter(text[at - 1]);
        // ("Ugandas parliament": or an owner's "s" whose apostrophe is lost)
        const std::size_t end = at + word.size();
        const std::size_t past = end < text.size() && text[end] == 's' ? end + 1 : end;
        const bool ends = past == text.size() || !letter(text[past]);
        if (starts && ends) return true;
    }
    return false;
}

// The country domain the article's web address ends in, lower case and without its point ("nz" for
// "nzherald.co.nz"); empty without one.
std::string country_domain(const Article& article) {
    if (!article.url) return {};
    std::string host = *article.url;
    if (const auto scheme = host.find("://"); scheme != std::string::npos) host = host.substr(scheme + 3);
    host = host.substr(0, host.find_first_of("/:?#"));
    const auto dot = host.rfind('.');
    if (dot == std::string::npos) return {};
    std::string tld = host.substr(dot + 1);
    for (char& c : tld)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return tld;
}

// The dollar of the country whose domain the article's web address ends in ("nzherald.co.nz"); USD
// when none is listed.
std::string address_dollar(const Article& article, const figures::Lexicon& lexicon) {
    const auto it = lexicon.local_dollars.find(country_domain(article));
    return it == lexicon.local_dollars.end() ? "USD" : it->second;
}

// A bare "$" in an outlet from a dollar country (New Zealand, Australia, Canada, Singapore…) means its
// own dollar: the web address's country domain says where the outlet is, or else the outlet's name
// ("Australian Associated Press", "The Canadian Press").
std::string local_dollar(const Article& article, const figures::Lexicon& lexicon) {
    const std::string by_address = address_dollar(article, lexicon);
    if (by_address != "USD") return by_address;
    for (const auto& [name, code] : lexicon.outlet_dollars) {
        // ("/australia-news/": an edition told by the address's path, "theguardian.com/australia-news/…")
        if (name[0] == '/' && article.url && article.url->find(name) != std::string::npos) return code;
        if (name[0] != '/' && has_word(article.outlet, name)) return code;
    }
    return "USD";
}

// Whose cents an outlet's bare "93c" are: the rand's in a South African outlet, the euro's in an Irish
// one (outlet_cents.txt, by the web address's country domain or the outlet's name), else its dollar's.
std::string local_cents(const Article& article, const figures::Lexicon& lexicon, const std::string& dollar) {
    std::string domain = country_domain(article);
    domain.insert(0, 1, '.');
    if (const auto it = lexicon.outlet_cents.find(domain); it != lexicon.outlet_cents.end())
        return it->second;
    for (const auto& [name, code] : lexicon.outlet_cents)
        if (name[0] != '.' && has_word(article.outlet, name)) return code;
    return dollar;
}

// The country word of the outlet's home (home_countries.txt): by its web address's country domain, else
// by its name; empty when neither is listed.
std::string home_country(const Article& article, const figures::Lexicon& lexicon) {
    if (std::string domain = country_domain(article); !domain.empty()) {
        domain.insert(0, 1, '.'); // (written with its point in home_countries.txt)
        if (const auto it = lexicon.home_countries.find(domain); it != lexicon.home_countries.end())
            return it->second;
    }
    for (const auto& [name, country] : lexicon.home_countries)
        if (name[0] != '.' && has_word(article.outlet, name)) return country;
    return {};
}

// "5.7 billion pesos" in a report from Manila are Philippine pesos: for each bare currency name, the
// outlet's home country decides, or else the countries the article names, when they name one country
// only. Sets `context.local_codes` and `context.named_codes`.
void local_currencies(const Article& article, const figures::Lexicon& lexicon,
                      figures::ArticleContext& context) {
    const std::string home = home_country(article, lexicon);
    // (the outlet's name counts as named: "The Local Denmark", "Times of Oman")
    std::string text = article.title.value_or("") + "\n" + article.outlet;
    for (const auto& p : article.paragraphs)
        text += "\n" + p;
    for (const auto& [usual, countries] : lexicon.local_currencies) {
        if (const auto at_home = countries.find(home); !home.empty() && at_home != countries.end()) {
            context.named_codes.insert(at_home->second);
            if (at_home->second != usual) context.local_codes[usual] = at_home->second;
            continue;
        }
        std::string named;
        bool several = false;
        for (const auto& [word, code] : countries) {
            if (!has_word(text, word)) continue;
            context.named_codes.insert(code);
            if (code == named) continue;
            several = several || !named.empty();
            named = code;
        }
        if (!named.empty() && !several && named != usual) context.local_codes[usual] = named;
    }
}

} // namespace

FigureFinder::FigureFinder(const std::filesystem::path& lexicon_folder,
                           const std::filesystem::path& dictionary_folder)
    : lexicon_(std::make_unique<const figures::Lexicon>(figures::Lexicon::load(lexicon_folder))),
      dictionary_(text::Dictionary::shared(dictionary_folder)) {}

FigureFinder::~FigureFinder() = default;
FigureFinder::FigureFinder(FigureFinder&&) noexcept = default;
FigureFinder& FigureFinder::operator=(FigureFinder&&) noexcept = default;

std::vector<Figure> FigureFinder::find(const Article& article) const {
    figures::ArticleContext context;
    context.year = publication_year(article);
    context.month = publication_month(article);
    context.dollar = local_dollar(article, *lexicon_);
    context.cents = local_cents(article, *lexicon_, context.dollar);
    local_currencies(article, *lexicon_, context);
    // (a story about a race run: its bare "at 35K" is kilometres)
    const auto marathon = [](const std::string& text) {
        return has_word(text, "marathon") || has_word(text, "Marathon");
    };
    context.race = marathon(article.title.value_or("")) ||
                   std::any_of(article.paragraphs.begin(), article.paragraphs.end(), marathon);
    std::vector<Figure> out;
    for (std::size_t p = 0; p < article.paragraphs.size(); ++p) {
        const auto text = figures::decode_utf8(article.paragraphs[p]);
        auto found = figures::scan_paragraph(text, p, {*lexicon_, *dictionary_}, context);
        out.insert(out.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
    }
    return out;
}

} // namespace parallax::extract
