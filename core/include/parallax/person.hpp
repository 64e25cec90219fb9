// Parallax data model: a person or body an article names.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace parallax {

/// One person (or body: "the Kremlin", "analysts") as named within one article.
struct Person {
    std::string id;                   ///< unique within the article
    std::string name;                 ///< the fullest name the article gives
    std::vector<std::string> aliases; ///< other names the article uses ("Rubio")
    std::vector<std::string> roles;   ///< titles and role phrases ("Secretary of State")
    std::size_t mentions = 0;         ///< times the article refers to them, pronouns included
};

} // namespace parallax
