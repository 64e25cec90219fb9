#include "nitf.hpp"

#include <parallax/sdk.hpp>

namespace {

class NitfPlugin final : public parallax::SourcePlugin {
public:
    int sniff(const parallax::Input& input) const override { return parallax::nitf::sniff(input); }
    parallax::ParseResult parse(const parallax::Input& input) const override {
        return parallax::nitf::parse(input);
    }
};

} // namespace

PARALLAX_PLUGIN(NitfPlugin, "nitf", "1.0.0", "nitf")
