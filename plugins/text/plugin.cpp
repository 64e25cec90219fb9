#include "plain_text.hpp"

#include <parallax/sdk.hpp>

namespace {

class PlainTextPlugin final : public parallax::SourcePlugin {
public:
    int sniff(const parallax::Input& input) const override { return parallax::plain_text::sniff(input); }
    parallax::ParseResult parse(const parallax::Input& input) const override {
        return parallax::plain_text::parse(input);
    }
};

} // namespace

PARALLAX_PLUGIN(PlainTextPlugin, "text", "1.0.0", "text")
