// The chronology for people: the terminal listing and the Markdown document.
#include "mosulkg/export.hpp"

#include "escape.hpp"
#include "register_exporter.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <utility>

namespace mosulkg {

namespace {

std::vector<std::string> participant_names(const ChronologyEntry& c) {
    if (!c.participant_labels.empty()) return c.participant_labels;
    std::vector<std::string> out;
    for (const EntityId& p : c.participants) out.push_back(p.str());
    return out;
}

std::string place_name(const ChronologyEntry& c) {
    return !c.place_label.empty() ? c.place_label : c.place ? c.place->str() : std::string();
}

std::string attributed_name(const ChronologyEntry& c) {
    return !c.attributed_label.empty() ? c.attributed_label
           : c.attributed_to           ? c.attributed_to->str()
                                       : std::string();
}

// Groups items by key, keeping the order in which keys first appear.
template <class Key, class Value>
std::vector<std::pair<Key, std::vector<Value>>> grouped(const std::vector<std::pair<Key, Value>>& items) {
    std::vector<std::pair<Key, std::vector<Value>>> out;
    for (const auto& item : items) {
        const Key& k = item.first;
        const Value& v = item.second;
        auto it = std::find_if(out.begin(), out.end(), [&](const auto& g) { return g.first == k; });
        if (it == out.end())
            out.push_back({k, {v}});
        else if (std::find(it->second.begin(), it->second.end(), v) == it->second.end())
            it->second.push_back(v);
    }
    return out;
}

// The dates the sources give, grouped by value, when they disagree; empty otherwise.
std::vector<std::pair<std::string, std::vector<std::string>>> disagreeing_dates(const ChronologyEntry& c) {
    std::vector<std::pair<std::string, std::string>> items;
    for (const Source& s : c.sources) items.push_back({s.date.value, s.where.doc.str()});
    auto groups = grouped(items);
    if (groups.size() < 2) groups.clear();
    return groups;
}

std::string join(const std::vector<std::string>& items, std::string_view sep = ", ") {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) out += (i ? std::string(sep) : "") + items[i];
    return out;
}

std::string range_text(const Chronology& chronology) {
    return fmt::format("{} to {}", detail::format_year_month(chronology.range.from),
                       detail::format_year_month(chronology.range.to));
}

}  // namespace

std::string timeline_text(const Chronology& chronology) {
    const std::string indent(12, ' ');
    std::string out =
        fmt::format("Chronology {} ({} {})\n", range_text(chronology), chronology.entries.size(),
                    chronology.entries.size() == 1 ? "event" : "events");
    for (const ChronologyEntry& c : chronology.entries) {
        out += fmt::format("\n{:<10}  {}  {}\n", detail::one_line(c.date.value), detail::one_line(c.relation),
                           detail::one_line(c.summary));
        std::vector<std::string> facts;
        if (auto p = participant_names(c); !p.empty()) facts.push_back("participants: " + join(p));
        if (auto p = place_name(c); !p.empty()) facts.push_back("place: " + p);
        if (auto a = attributed_name(c); !a.empty()) facts.push_back("according to: " + a);
        if (!facts.empty()) out += indent + detail::one_line(join(facts, "; ")) + "\n";
        std::vector<std::pair<std::string, std::string>> where;
        for (const Source& s : c.sources)
            where.push_back({s.where.doc.str(), fmt::format("s{}", s.where.sentence)});
        std::vector<std::string> sources;
        for (const auto& [doc, sentences] : grouped(where))
            sources.push_back(fmt::format("{} ({})", doc, join(sentences)));
        if (!sources.empty()) out += indent + "sources: " + detail::one_line(join(sources)) + "\n";
        std::vector<std::string> dates;
        for (const auto& [value, docs] : disagreeing_dates(c))
            dates.push_back(fmt::format("{} ({})", value, join(docs)));
        if (!dates.empty()) out += indent + "dates: " + detail::one_line(join(dates)) + "\n";
    }
    return out;
}

std::string timeline_markdown(const Chronology& chronology) {
    using detail::markdown_escape;
    std::string out = "# Chronology\n\n";
    out += fmt::format("{}, {} {}.\n", range_text(chronology), chronology.entries.size(),
                       chronology.entries.size() == 1 ? "event" : "events");
    for (const ChronologyEntry& c : chronology.entries) {
        out += fmt::format("\n## {} {}\n\n", markdown_escape(c.date.value), markdown_escape(c.relation));
        if (!c.summary.empty()) out += markdown_escape(c.summary) + "\n\n";
        std::vector<std::string> participants;
        for (const std::string& p : participant_names(c)) participants.push_back(markdown_escape(p));
        if (!participants.empty()) out += "- **Participants:** " + join(participants) + "\n";
        if (auto p = place_name(c); !p.empty()) out += "- **Place:** " + markdown_escape(p) + "\n";
        if (auto a = attributed_name(c); !a.empty())
            out += "- **According to:** " + markdown_escape(a) + "\n";
        std::vector<std::string> dates;
        for (const auto& [value, docs] : disagreeing_dates(c))
            dates.push_back(fmt::format("{} ({})", markdown_escape(value), markdown_escape(join(docs))));
        if (!dates.empty()) out += "- **Dates reported:** " + join(dates) + "\n";
        if (!c.sources.empty()) {
            out += "- **Sources:**\n";
            for (const Source& s : c.sources)
                out +=
                    fmt::format("  - {}, sentence {}: \u201c{}\u201d\n", markdown_escape(s.where.doc.str()),
                                s.where.sentence, markdown_escape(s.text));
        }
    }
    return out;
}

MOSULKG_EXPORTER(markdown) {
    list.push_back({"timeline-md", "timeline.md", "the chronology in Markdown",
                    [](const ExportInput& in) { return timeline_markdown(in.corpus.chronology); }});
}

}  // namespace mosulkg
