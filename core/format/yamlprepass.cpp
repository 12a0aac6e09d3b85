// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Clusterwright authors
#include "format/yamlprepass.h"

#include "format/formattext.h"
#include "format/sourcetext.h"
#include "format/topologyformat.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <istream>
#include <streambuf>
#include <string>
#include <unordered_map>
#include <vector>

namespace Clusterwright {
namespace {

// Thrown from inside yaml-cpp's parse to end it at the first problem.
struct Stop
{
    qint64 offset = -1; // set when there is no mark (lookahead)
    YAML::Mark mark;
    QString message;
};

// Hands the text to yaml-cpp in small windows, so that every refill can check how
// far the scanner has read beyond the last event it produced.
class GuardedBuffer : public std::streambuf
{
public:
    explicit GuardedBuffer(const std::string &text)
        : m_text(text)
    {}

    void noteProgress(qint64 offset) { m_progress = std::max(m_progress, offset); }

protected:
    int_type underflow() override
    {
        if (gptr() < egptr())
            return traits_type::to_int_type(*gptr());
        const qint64 size = qint64(m_text.size());
        if (m_next >= size)
            return traits_type::eof();
        if (m_next - m_progress > MaxLookaheadBytes) {
            throw Stop{m_progress,
                       {},
                       FormatText::tr("YAML has to read more than %1 KiB ahead from here: a "
                                      "value, or a [...] or {...} collection that starts a "
                                      "line, is too long; write it in block style")
                           .arg(MaxLookaheadBytes / 1024)};
        }
        const qint64 count = std::min(WindowBytes, size - m_next);
        char *window = const_cast<char *>(m_text.data()) + m_next;
        setg(window, window, window + count);
        m_next += count;
        return traits_type::to_int_type(*window);
    }

private:
    static constexpr qint64 WindowBytes = 4096;
    const std::string &m_text;
    qint64 m_next = 0;
    qint64 m_progress = 0;
};

class StructureCheck : public YAML::EventHandler
{
public:
    explicit StructureCheck(GuardedBuffer &buffer)
        : m_buffer(buffer)
    {}

    int documents() const { return m_documents; }

    void OnDocumentStart(const YAML::Mark &mark) override
    {
        progress(mark);
        if (++m_documents > 1) {
            stop(mark, FormatText::tr("a second YAML document starts here; "
                                      "a topology file holds exactly one"));
        }
    }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &mark, YAML::anchor_t) override
    {
        node(mark, {});
        key(mark, nullptr, true);
    }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t) override
    {
        stop(mark, FormatText::tr("YAML aliases (*name) are not allowed; write the value out"));
    }
    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t,
                  const std::string &value) override
    {
        node(mark, tag);
        key(mark, &value);
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t,
                         YAML::EmitterStyle::value) override
    {
        node(mark, tag);
        key(mark, nullptr);
        push(mark, false);
    }
    void OnSequenceEnd() override { pop(); }
    void OnMapStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t,
                    YAML::EmitterStyle::value) override
    {
        node(mark, tag);
        key(mark, nullptr);
        push(mark, true);
    }
    void OnMapEnd() override { pop(); }
    void OnAnchor(const YAML::Mark &mark, const std::string &name) override
    {
        stop(mark, FormatText::tr("YAML anchors (&%1) are not allowed; write the value out")
                       .arg(QString::fromStdString(name)));
    }

private:
    struct Frame
    {
        bool isMap = false;
        bool expectKey = true;
        bool isKey = false; // a list or map used as a key, reported when it ends
        YAML::Mark mark;
        std::unordered_map<std::string, YAML::Mark> keys;
    };

    [[noreturn]] static void stop(const YAML::Mark &mark, const QString &message)
    {
        throw Stop{-1, mark, message};
    }

    void progress(const YAML::Mark &mark) { m_buffer.noteProgress(mark.pos); }

    // "?" is an untagged plain node and "!" a quoted or block one; anything else
    // was written by the user and could change what a value means.
    void node(const YAML::Mark &mark, const std::string &tag)
    {
        progress(mark);
        if (!tag.empty() && tag != "?" && tag != "!") {
            stop(mark, FormatText::tr("YAML tags (%1) are not allowed; quote the value instead")
                           .arg(QString::fromStdString(tag)));
        }
        if (++m_nodes > MaxYamlNodes) {
            stop(mark, FormatText::tr("the file holds more than %1 YAML values").arg(MaxYamlNodes));
        }
    }

    // Called for every node; acts when the node is a key of the enclosing map.
    // yaml-cpp keeps the last of two equal keys without a word, so they are
    // caught here.
    void key(const YAML::Mark &mark, const std::string *text, bool isNull = false)
    {
        if (m_stack.empty() || !m_stack.back().isMap)
            return;
        Frame &frame = m_stack.back();
        const bool isKey = frame.expectKey;
        frame.expectKey = !isKey;
        if (!isKey)
            return;
        if (isNull) {
            stop(mark, FormatText::tr("this map key is empty or null; write a name, in quotes "
                                      "if it is \"null\" or \"~\""));
        }
        if (!text) {
            // Reported when the key's collection ends, so that the depth, size and
            // alias checks inside it come first (an unclosed "[[[..." is a key too).
            m_pendingComplexKey = true;
            return;
        }
        const auto [it, inserted] = frame.keys.try_emplace(*text, mark);
        if (!inserted) {
            stop(mark, FormatText::tr("the key '%1' appears twice in this map "
                                      "(first at line %2)")
                           .arg(QString::fromStdString(*text))
                           .arg(it->second.line + 1));
        }
    }

    void push(const YAML::Mark &mark, bool isMap)
    {
        if (int(m_stack.size()) >= MaxNestingDepth) {
            stop(mark, FormatText::tr("the YAML nests deeper than %1 levels").arg(MaxNestingDepth));
        }
        m_stack.push_back({isMap, true, m_pendingComplexKey, mark, {}});
        m_pendingComplexKey = false;
    }

    void pop()
    {
        const Frame frame = std::move(m_stack.back());
        m_stack.pop_back();
        if (frame.isKey)
            stop(frame.mark, FormatText::tr("a map key must be plain text, not a list or map"));
    }

    GuardedBuffer &m_buffer;
    std::vector<Frame> m_stack;
    int m_documents = 0;
    qint64 m_nodes = 0;
    bool m_pendingComplexKey = false;
};

SourceLocation locate(const SourceText &source, const YAML::Mark &mark)
{
    if (mark.is_null())
        return {source.fileName(), 1, 1};
    return source.location(mark.line, mark.column, mark.pos);
}

} // namespace

std::optional<Diagnostic> checkYamlStructure(const SourceText &source)
{
    const auto error = [&](const SourceLocation &where, const QString &message) {
        return Diagnostic{Diagnostic::Severity::Error, where, message};
    };
    GuardedBuffer buffer(source.text());
    std::istream stream(&buffer);
    try {
        YAML::Parser parser(stream);
        StructureCheck check(buffer);
        // The second call parses only until the next document starts.
        if (parser.HandleNextDocument(check))
            parser.HandleNextDocument(check);
        if (check.documents() == 0) {
            return error({source.fileName(), 1, 1},
                         FormatText::tr("the file is empty; expected a ClusterTopology"));
        }
    } catch (const Stop &stop) {
        return error(stop.offset >= 0 ? source.locationOfOffset(stop.offset)
                                      : locate(source, stop.mark),
                     stop.message);
    } catch (const YAML::ParserException &e) {
        // yaml-cpp looks an alias up before any event, so an alias without its
        // anchor (the only kind that gets this far) ends up here.
        if (e.msg == YAML::ErrorMsg::UNKNOWN_ANCHOR) {
            return error(
                locate(source, e.mark),
                FormatText::tr("YAML aliases (*name) are not allowed; write the value out"));
        }
        return error(locate(source, e.mark),
                     FormatText::tr("invalid YAML: %1").arg(QString::fromStdString(e.msg)));
    } catch (const std::exception &e) {
        return error(
            {source.fileName(), 1, 1},
            FormatText::tr("cannot read the YAML: %1").arg(QString::fromLocal8Bit(e.what())));
    }
    return std::nullopt;
}

} // namespace Clusterwright
