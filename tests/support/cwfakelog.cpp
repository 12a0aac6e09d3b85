// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
// The fake cluster hosts' call recorder: `cwfakelog start TOOL ARGS...` or
// `cwfakelog end TOOL STATUS` appends one JSON line to $FC_LOG with the host,
// CLOCK_MONOTONIC in ns (one clock for every host on this machine) and the
// calling script's pid. A config file named by the call is copied aside, since
// the deploy deletes some (the join config) right after use. Plain C++ so a
// stand-in costs a millisecond, not a Qt start-up; one write(2) per record so
// hosts appending at once never interleave.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <string>
#include <unistd.h>

namespace {

std::string json(const std::string &text)
{
    std::string out = "\"";
    for (const unsigned char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += char(c);
        } else if (c < 0x20) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
            out += escaped;
        } else {
            out += char(c);
        }
    }
    return out + "\"";
}

std::string env(const char *name)
{
    const char *value = std::getenv(name);
    return value ? value : "";
}

// The file a call is given: --config[=]F, -f F (kubectl apply, keepalived -t), --values F.
std::string configArgument(int argc, char **argv)
{
    for (int i = 3; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg.rfind("--config=", 0) == 0)
            return arg.substr(9);
        if ((arg == "--config" || arg == "-f" || arg == "--values") && i + 1 < argc) {
            const std::string next = argv[i + 1];
            if (next != "-" && next.find("://") == std::string::npos)
                return next;
        }
    }
    return {};
}

bool copyFile(const std::string &from, const std::string &to)
{
    const int in = ::open(from.c_str(), O_RDONLY | O_CLOEXEC);
    if (in < 0)
        return false;
    const int out = ::open(to.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    char buffer[65536];
    ssize_t n = 0;
    while (out >= 0 && (n = ::read(in, buffer, sizeof buffer)) > 0) {
        if (::write(out, buffer, size_t(n)) != n)
            break;
    }
    ::close(in);
    if (out >= 0)
        ::close(out);
    return out >= 0 && n == 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 3)
        return 2;
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    const long long ns = now.tv_sec * 1000000000LL + now.tv_nsec;
    const std::string event = argv[1];
    const std::string host = env("FC_HOST");
    std::string line = "{\"host\":" + json(host) + ",\"t\":" + std::to_string(ns)
                       + ",\"pid\":" + std::to_string(::getppid()) + ",\"event\":" + json(event)
                       + ",\"tool\":" + json(argv[2]);
    if (event == "end") {
        line += ",\"status\":" + std::to_string(argc > 3 ? std::atoi(argv[3]) : -1);
    } else {
        line += ",\"argv\":[";
        for (int i = 3; i < argc; ++i)
            line += (i > 3 ? "," : "") + json(argv[i]);
        line += "]";
        const std::string config = configArgument(argc, argv);
        if (!config.empty()) {
            line += ",\"config\":" + json(config);
            const std::string slash = config.substr(config.rfind('/') + 1);
            const std::string copy
                = env("FC_CONFIGS") + "/" + host + "-" + std::to_string(ns) + "-" + slash;
            if (copyFile(config, copy))
                line += ",\"configCopy\":" + json(copy);
        }
    }
    line += "}\n";
    const int fd = ::open(env("FC_LOG").c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        return 1;
    const bool ok = ::write(fd, line.data(), line.size()) == ssize_t(line.size());
    ::close(fd);
    return ok ? 0 : 1;
}
