#include "newsml_g2.hpp"

#include <parallax/sdk.hpp>

namespace {

class NewsMlG2Plugin final : public parallax::SourcePlugin {
public:
    int sniff(const parallax::Input& input) const override { return parallax::newsml_g2::sniff(input); }
    parallax::ParseResult parse(const parallax::Input& input) const override {
        return parallax::newsml_g2::parse(input);
    }
};

} // namespace

PARALLAX_PLUGIN(NewsMlG2Plugin, "newsml-g2", "1.0.0", "newsml-g2")
