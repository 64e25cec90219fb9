#include "host/child_runner.hpp"

#include <nlohmann/json.hpp>

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <functional>
#include <string>

namespace parallax {

// Plain JSON for the trip from child to parent.
template <typename T> nlohmann::json nullable(const std::optional<T>& v) {
    return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

void to_json(nlohmann::json& j, const Hint& h) { j = {h.kind, h.para, h.begin, h.end, h.value}; }
void from_json(const nlohmann::json& j, Hint& h) { h = Hint{j.at(0), j.at(1), j.at(2), j.at(3), j.at(4)}; }

void to_json(nlohmann::json& j, const Article& a) {
    j = {{"index", a.index},
         {"id", a.id},
         {"outlet", a.outlet},
         {"title", nullable(a.title)},
         {"published", nullable(a.published)},
         {"url", nullable(a.url)},
         {"byline", a.byline},
         {"language", nullable(a.language)},
         {"paragraphs", a.paragraphs},
         {"meta", a.meta},
         {"hints", a.hints}};
}

template <typename T> std::optional<T> optional_at(const nlohmann::json& j, const char* key) {
    return j.at(key).is_null() ? std::nullopt : std::optional<T>(j.at(key).get<T>());
}

void from_json(const nlohmann::json& j, Article& a) {
    a.index = j.at("index");
    a.id = j.at("id");
    a.outlet = j.at("outlet");
    a.title = optional_at<std::string>(j, "title");
    a.published = optional_at<std::string>(j, "published");
    a.url = optional_at<std::string>(j, "url");
    a.byline = j.at("byline").get<std::vector<std::string>>();
    a.language = optional_at<std::string>(j, "language");
    a.paragraphs = j.at("paragraphs").get<std::vector<std::string>>();
    a.meta = j.at("meta").get<Meta>();
    a.hints = j.at("hints").get<std::vector<Hint>>();
}

void to_json(nlohmann::json& j, const Diagnostic& d) {
    j = {{"kind", static_cast<int>(d.kind)}, {"index", nullable(d.index)},   {"reason", d.reason},
         {"line", nullable(d.line)},         {"column", nullable(d.column)}, {"offset", nullable(d.offset)}};
}

void from_json(const nlohmann::json& j, Diagnostic& d) {
    d.kind = static_cast<DiagnosticKind>(j.at("kind").get<int>());
    d.index = optional_at<std::size_t>(j, "index");
    d.reason = j.at("reason");
    d.line = optional_at<std::size_t>(j, "line");
    d.column = optional_at<std::size_t>(j, "column");
    d.offset = optional_at<std::size_t>(j, "offset");
}

} // namespace parallax

namespace parallax::host {
namespace {

void write_all(int fd, const std::string& data) {
    std::size_t done = 0;
    while (done < data.size()) {
        const auto n = ::write(fd, data.data() + done, data.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return;
        done += static_cast<std::size_t>(n);
    }
}

/// Reads until EOF or the deadline. Returns false on timeout.
bool read_all(int fd, std::string& out, std::chrono::steady_clock::time_point deadline) {
    char buffer[65536];
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) return false;
        pollfd p{fd, POLLIN, 0};
        const int ready = ::poll(&p, 1, static_cast<int>(left.count()));
        if (ready < 0 && errno == EINTR) continue;
        if (ready <= 0) return ready == 0 ? false : true;
        const auto n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return true;
        out.append(buffer, static_cast<std::size_t>(n));
    }
}

/// Runs `work` in a child; its result string (or the exception's message) comes back. On failure
/// returns nullopt and sets `error`.
std::optional<std::string> in_child(const std::function<std::string()>& work,
                                    std::chrono::milliseconds timeout, std::string& error) {
    int fds[2];
    if (::pipe(fds) != 0) {
        error = std::string("cannot create a pipe: ") + std::strerror(errno);
        return std::nullopt;
    }
    const pid_t pid = ::fork();
    if (pid < 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        error = std::string("cannot fork: ") + std::strerror(errno);
        return std::nullopt;
    }
    if (pid == 0) {
        ::close(fds[0]);
        std::string message;
        try {
            message = "R" + work();
        } catch (const std::exception& e) {
            message = std::string("E") + e.what();
        } catch (...) {
            message = "Ethrew a non-standard exception";
        }
        write_all(fds[1], message);
        ::_exit(0); // no destructors, no atexit: the parent owns everything
    }
    ::close(fds[1]);
    std::string message;
    const bool finished = read_all(fds[0], message, std::chrono::steady_clock::now() + timeout);
    ::close(fds[0]);
    if (!finished) ::kill(pid, SIGKILL);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (!finished) {
        error = "did not finish within " + std::to_string(timeout.count()) + " ms and was stopped";
    } else if (WIFSIGNALED(status)) {
        error = "crashed (signal " + std::to_string(WTERMSIG(status)) + ": " + ::strsignal(WTERMSIG(status)) +
                ")";
    } else if (WEXITSTATUS(status) != 0 || message.empty()) {
        error = "exited with status " + std::to_string(WEXITSTATUS(status)) + " before answering";
    } else if (message[0] == 'E') {
        error = message.substr(1);
    } else {
        return message.substr(1);
    }
    return std::nullopt;
}

} // namespace

ChildProcessRunner::ChildProcessRunner(std::chrono::milliseconds timeout) : timeout_(timeout) {}

SniffOutcome ChildProcessRunner::sniff(const LoadedPlugin& plugin, const Input& input) const {
    std::string error;
    const auto answer =
        in_child([&] { return std::to_string(plugin.instance().sniff(input)); }, timeout_, error);
    if (!answer) return SniffOutcome{0, error};
    try {
        return SniffOutcome{std::clamp(std::stoi(*answer), 0, 100), std::nullopt};
    } catch (const std::exception&) {
        return SniffOutcome{0, "answered something that is not a number"};
    }
}

ParseOutcome ChildProcessRunner::parse(const LoadedPlugin& plugin, const Input& input) const {
    std::string error;
    const auto answer = in_child(
        [&] {
            const ParseResult r = plugin.instance().parse(input);
            return nlohmann::json{
                {"items", r.items}, {"articles", r.articles}, {"diagnostics", r.diagnostics}}
                .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        },
        timeout_, error);
    ParseOutcome outcome;
    if (!answer) {
        outcome.error = error;
        return outcome;
    }
    try {
        const auto j = nlohmann::json::parse(*answer);
        outcome.result.items = j.at("items");
        outcome.result.articles = j.at("articles").get<std::vector<Article>>();
        outcome.result.diagnostics = j.at("diagnostics").get<std::vector<Diagnostic>>();
    } catch (const std::exception& e) {
        outcome = ParseOutcome{};
        outcome.error = std::string("sent back a result that cannot be read: ") + e.what();
    }
    return outcome;
}

} // namespace parallax::host
