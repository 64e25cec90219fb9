#include "url.hpp"
#include "text/ascii.hpp"

#include <cctype>
#include <optional>

namespace parallax::feed {
namespace {

using text::trim_ascii;

struct Parts {
    std::optional<std::string_view> scheme, authority, query, fragment;
    std::string_view path;
};

Parts split(std::string_view s) {
    Parts p;
    if (auto hash = s.find('#'); hash != std::string_view::npos) {
        p.fragment = s.substr(hash + 1);
        s = s.substr(0, hash);
    }
    if (auto q = s.find('?'); q != std::string_view::npos) {
        p.query = s.substr(q + 1);
        s = s.substr(0, q);
    }
    if (is_absolute(s)) {
        const auto colon = s.find(':');
        p.scheme = s.substr(0, colon);
        s = s.substr(colon + 1);
    }
    if (s.substr(0, 2) == "//") {
        const auto slash = s.find('/', 2);
        p.authority = s.substr(2, slash == std::string_view::npos ? s.npos : slash - 2);
        s = slash == std::string_view::npos ? std::string_view{} : s.substr(slash);
    }
    p.path = s;
    return p;
}

/// RFC 3986 5.2.4: "." and ".." segments removed.
std::string remove_dots(std::string_view in) {
    std::string out;
    while (!in.empty()) {
        if (in.substr(0, 3) == "../")
            in.remove_prefix(3);
        else if (in.substr(0, 2) == "./")
            in.remove_prefix(2);
        else if (in.substr(0, 3) == "/./")
            in.remove_prefix(2);
        else if (in == "/.")
            in = "/";
        else if (in.substr(0, 4) == "/../" || in == "/..") {
            in = in.size() == 3 ? std::string_view("/") : in.substr(3);
            const auto last = out.rfind('/');
            out.erase(last == std::string::npos ? 0 : last);
        } else if (in == "." || in == "..") {
            in = {};
        } else {
            const auto next = in.find('/', in.front() == '/' ? 1 : 0);
            out.append(in.substr(0, next));
            in = next == std::string_view::npos ? std::string_view{} : in.substr(next);
        }
    }
    return out;
}

std::string merge(const Parts& base, std::string_view ref_path) {
    if (base.authority && base.path.empty()) {
        std::string out(1, '/');
        out.append(ref_path);
        return out;
    }
    const auto slash = base.path.rfind('/');
    if (slash == std::string_view::npos) return std::string(ref_path);
    std::string out(base.path.substr(0, slash + 1));
    out.append(ref_path);
    return out;
}

std::string join(const Parts& p, const std::string& path) {
    std::string out;
    if (p.scheme) (out += *p.scheme) += ':';
    if (p.authority) (out += "//") += *p.authority;
    out += path;
    if (p.query) (out += '?') += *p.query;
    if (p.fragment) (out += '#') += *p.fragment;
    return out;
}

} // namespace

bool is_absolute(std::string_view ref) {
    const auto colon = ref.find(':');
    if (colon == std::string_view::npos || colon == 0) return false;
    if (!std::isalpha(static_cast<unsigned char>(ref[0]))) return false;
    for (char c : ref.substr(0, colon))
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.') return false;
    return true;
}

std::string resolve(std::string_view base, std::string_view ref) {
    base = trim_ascii(base);
    ref = trim_ascii(ref);
    if (is_absolute(ref) || !is_absolute(base)) return std::string(ref);
    const Parts b = split(base);
    const Parts r = split(ref);
    Parts t;
    t.scheme = b.scheme;
    t.fragment = r.fragment;
    std::string path;
    if (r.authority) {
        t.authority = r.authority;
        path = remove_dots(r.path);
        t.query = r.query;
    } else {
        t.authority = b.authority;
        if (r.path.empty()) {
            path = std::string(b.path);
            t.query = r.query ? r.query : b.query;
        } else {
            path = remove_dots(r.path.front() == '/' ? std::string(r.path) : merge(b, r.path));
            t.query = r.query;
        }
    }
    return join(t, path);
}

} // namespace parallax::feed
