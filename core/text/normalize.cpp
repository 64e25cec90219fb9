#include "text/normalize.hpp"

#include "text/chars.hpp"

#include <algorithm>

#include <unicode/utf8.h>
#include <utf8proc.h>

#include <array>

namespace parallax::text {

namespace {

void append_utf8(std::string& out, char32_t c) {
    std::array<utf8proc_uint8_t, 4> buffer{};
    const auto n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(c), buffer.data());
    out.append(reinterpret_cast<const char*>(buffer.data()), static_cast<std::size_t>(n));
}

/// The one-character replacement that unify_punctuation makes, or 0.
char32_t unified(char32_t c) {
    switch (c) {
    case U'\u2018':
    case U'\u2019':
    case U'\u201A':
    case U'\u201B':
    case U'\u2032':
    case U'\u02BC':
    case U'\u00B4': return U'\'';
    case U'\u201C':
    case U'\u201D':
    case U'\u201E':
    case U'\u201F':
    case U'\u00AB':
    case U'\u00BB':
    case U'\u2033': return U'"';
    case U'\u2010':
    case U'\u2011':
    case U'\u2012':
    case U'\u2013':
    case U'\u2014':
    case U'\u2015':
    case U'\u2212': return U'-';
    case U'\u00A0':
    case U'\u2007':
    case U'\u2009':
    case U'\u200A':
    case U'\u202F':
    case U'\u205F':
    case U'\u3000':
    case U'\u2002':
    case U'\u2003':
    case U'\u2004':
    case U'\u2005':
    case U'\u2006':
    case U'\u2008': return U' ';
    default: return 0;
    }
}

utf8proc_option_t utf8proc_options(const FoldOptions& options) {
    int flags = UTF8PROC_COMPOSE;
    if (options.case_fold) flags |= UTF8PROC_CASEFOLD;
    if (options.compat) flags |= UTF8PROC_COMPAT;
    if (options.strip_marks) flags |= UTF8PROC_STRIPMARK;
    return static_cast<utf8proc_option_t>(flags);
}

bool is_combining(char32_t c) {
    return c >= 0x300 && utf8proc_get_property(static_cast<utf8proc_int32_t>(c))->combining_class != 0;
}

/// Walks the source one segment (a starter and its combining marks) at a time and calls
/// emit(bytes, source code point where they start, source code points, ascii): either a run of
/// ASCII as in the source (ascii: the caller lower-cases it; folded code point k comes from source
/// code point cp + k) or one folded segment.
class Folder {
public:
    Folder(std::string_view utf8, const FoldOptions& options)
        : s_(reinterpret_cast<const std::uint8_t*>(utf8.data())), n_(static_cast<std::int32_t>(utf8.size())),
          options_(options), flags_(utf8proc_options(options)) {}

    template <class Emit> void run(Emit&& emit) {
        std::int32_t i = 0;
        std::uint32_t cp = 0;
        std::string piece;
        while (i < n_) {
            const std::uint8_t b = s_[i];
            if (b < 0x80) { // a run of ASCII needs no table: handed over whole, unfolded
                const std::int32_t start = i;
                while (i < n_ && s_[i] < 0x80) {
                    // A letter followed by combining marks is a segment of its own, for NFC.
                    if (i + 1 < n_ && s_[i + 1] >= 0x80 && next_is_combining(i + 1)) break;
                    ++i;
                }
                if (i > start) {
                    const auto count = static_cast<std::uint32_t>(i - start);
                    emit(std::string_view(reinterpret_cast<const char*>(s_ + start), count), cp, count, true);
                    cp += count;
                    continue;
                }
            }
            piece.clear();
            const std::uint32_t consumed = segment(i, piece);
            emit(std::string_view(piece), cp, consumed, false);
            cp += consumed;
        }
    }

private:
    /// Folds the segment starting at byte i into `out`; advances i; returns its code-point count.
    std::uint32_t segment(std::int32_t& i, std::string& out) {
        std::array<utf8proc_int32_t, 64> chars{};
        std::size_t count = 0;
        std::uint32_t consumed = 0;
        do {
            const auto d = chars::decode(view(), static_cast<std::size_t>(i));
            i += static_cast<std::int32_t>(d.length);
            const auto c = static_cast<utf8proc_int32_t>(d.c);
            consumed += d.cps; // a stray continuation byte counts as no code point, as everywhere
            if (count == 0 && options_.unify_punctuation) {
                if (const char32_t u = unified(static_cast<char32_t>(c)); u != 0) {
                    out += static_cast<char>(u);
                    return consumed;
                }
            }
            utf8proc_int32_t buffer[18];
            const auto m = utf8proc_decompose_char(c, buffer, 18, flags_, nullptr);
            for (utf8proc_ssize_t k = 0; k < m && count < chars.size(); ++k)
                chars[count++] = buffer[k];
        } while (i < n_ && s_[i] >= 0x80 && next_is_combining(i) && count < chars.size() - 18);
        const auto length =
            utf8proc_normalize_utf32(chars.data(), static_cast<utf8proc_ssize_t>(count), flags_);
        for (utf8proc_ssize_t k = 0; k < length; ++k)
            append_utf8(out, static_cast<char32_t>(chars[k]));
        return consumed;
    }

    std::string_view view() const {
        return {reinterpret_cast<const char*>(s_), static_cast<std::size_t>(n_)};
    }

    bool next_is_combining(std::int32_t i) const {
        UChar32 c = 0;
        U8_NEXT(s_, i, n_, c);
        return c >= 0 && is_combining(static_cast<char32_t>(c));
    }

    const std::uint8_t* s_;
    std::int32_t n_;
    const FoldOptions& options_;
    utf8proc_option_t flags_;
};

/// ASCII folds by itself: lower case is the only change.
void append_ascii(std::string& out, std::string_view ascii, bool case_fold) {
    const std::size_t at = out.size();
    out.append(ascii);
    if (!case_fold) return;
    for (char* c = out.data() + at; c != out.data() + out.size(); ++c)
        if (*c >= 'A' && *c <= 'Z') *c = static_cast<char>(*c + 32);
}

std::size_t count_code_points(std::string_view utf8) {
    std::size_t count = 0;
    for (unsigned char c : utf8)
        count += (c & 0xC0) != 0x80;
    return count;
}

} // namespace

std::pair<std::size_t, std::size_t> Folded::to_source(std::size_t begin, std::size_t end) const {
    const std::size_t size = code_points();
    if (origin.empty()) return {0, 0};
    begin = std::min(begin, size);
    end = std::min(std::max(end, begin), size);
    const std::size_t source_begin = origin[begin];
    if (end == begin) return {source_begin, source_begin};
    // The end is where the segment holding the last folded code point ends in the source.
    const std::uint32_t last = origin[end - 1];
    std::size_t k = end;
    while (k < size && origin[k] == last)
        ++k;
    return {source_begin, origin[k]};
}

Folded fold(std::string_view utf8, const FoldOptions& options) {
    Folded folded;
    folded.text.reserve(utf8.size());
    folded.origin.reserve(utf8.size() + 1);
    std::uint32_t length = 0;
    Folder(utf8, options)
        .run([&](std::string_view piece, std::uint32_t cp, std::uint32_t consumed, bool ascii) {
            if (ascii) {
                append_ascii(folded.text, piece, options.case_fold);
                const std::size_t at = folded.origin.size();
                folded.origin.resize(at + consumed);
                for (std::uint32_t k = 0; k < consumed; ++k)
                    folded.origin[at + k] = cp + k;
            } else {
                folded.text.append(piece);
                for (std::size_t k = count_code_points(piece); k > 0; --k)
                    folded.origin.push_back(cp);
            }
            length = cp + consumed;
        });
    folded.origin.push_back(length);
    return folded;
}

void append_folded(std::string& out, std::string_view utf8, const FoldOptions& options) {
    const bool ascii =
        std::all_of(utf8.begin(), utf8.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (ascii) return append_ascii(out, utf8, options.case_fold); // the common case for news tokens
    Folder(utf8, options).run([&](std::string_view piece, std::uint32_t, std::uint32_t, bool is_ascii) {
        if (is_ascii)
            append_ascii(out, piece, options.case_fold);
        else
            out.append(piece);
    });
}

std::string fold_string(std::string_view utf8, const FoldOptions& options) {
    std::string out;
    out.reserve(utf8.size());
    append_folded(out, utf8, options);
    return out;
}

} // namespace parallax::text
