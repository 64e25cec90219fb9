// Parallax data model: an article as the pipeline carries it from stage to stage.
#pragma once

#include <parallax/article.hpp>
#include <parallax/figure.hpp>
#include <parallax/person.hpp>
#include <parallax/quote.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace parallax {

/// Where an article came from.
struct Origin {
    std::string path;      ///< as reached from the command-line argument; "-" for standard input
    std::size_t index = 0; ///< the item's position in its input
    std::string plugin;    ///< the plugin that read it
};

/// An article plus what the host and the extraction stage add to it.
struct ArticleRecord {
    std::string id; ///< unique within one run (the source's id, or a hash; repeats get "#2", "#3")
    Origin origin;
    Article article;
    std::vector<Person> people;  ///< filled by the extract stage
    std::vector<Quote> quotes;   ///< filled by the extract stage
    std::vector<Figure> figures; ///< filled by the extract stage
};

} // namespace parallax
