#include "feed.hpp"

#include <parallax/sdk.hpp>

namespace {

class FeedPlugin final : public parallax::SourcePlugin {
public:
    int sniff(const parallax::Input& input) const override { return parallax::feed::sniff(input); }
    parallax::ParseResult parse(const parallax::Input& input) const override {
        return parallax::feed::parse(input);
    }
};

} // namespace

PARALLAX_PLUGIN(FeedPlugin, "feed", "1.0.0", "rss,atom")
