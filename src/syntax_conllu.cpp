// CoNLL-U reading and writing, and accuracy against a treebank.
#include "mosulkg/error.hpp"
#include "mosulkg/syntax.hpp"

#include <fmt/format.h>

#include <fstream>
#include <ostream>

namespace mosulkg {
namespace {

std::vector<std::string_view> split_tabs(std::string_view line) {
    std::vector<std::string_view> cols;
    std::size_t start = 0;
    while (true) {
        const auto tab = line.find('\t', start);
        cols.push_back(
            line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
        if (tab == std::string_view::npos) break;
        start = tab + 1;
    }
    return cols;
}

bool is_number(std::string_view s) {
    if (s.empty() || s.size() > 6) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

// Adds one word line to the sentence; returns false for lines to skip (ranges, empty nodes).
bool add_word(TreebankSentence& s, std::string_view line, const std::string& where) {
    const auto cols = split_tabs(line);
    if (cols.size() != 10) throw Error(fmt::format("{}: expected 10 columns", where));
    if (!is_number(cols[0])) return false;  // "1-2" multiword tokens, "8.1" empty nodes
    if (std::stoul(std::string(cols[0])) != s.words.size() + 1)
        throw Error(fmt::format("{}: word ids out of order", where));
    const auto upos = parse_upos(cols[3]);
    if (!upos) throw Error(fmt::format("{}: unknown UPOS \"{}\"", where, cols[3]));
    if (!is_number(cols[6])) throw Error(fmt::format("{}: bad head \"{}\"", where, cols[6]));
    s.words.emplace_back(cols[1]);
    s.tags.push_back(*upos);
    s.xpos.emplace_back(cols[4]);
    s.heads.push_back(std::stoi(std::string(cols[6])) - 1);
    s.labels.emplace_back(cols[7]);
    return true;
}

void check_heads(const TreebankSentence& s, const std::string& where) {
    for (int h : s.heads)
        if (h >= static_cast<int>(s.words.size())) throw Error(fmt::format("{}: head out of range", where));
}

}  // namespace

std::vector<TreebankSentence> read_conllu(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw Error(fmt::format("{}: cannot open for reading", file.string()));
    std::vector<TreebankSentence> out;
    TreebankSentence current;
    std::string line;
    std::size_t number = 0;
    auto flush = [&] {
        if (!current.words.empty()) {
            check_heads(current, fmt::format("{}:{}", file.string(), number));
            out.push_back(std::move(current));
        }
        current = TreebankSentence{};
    };
    while (std::getline(in, line)) {
        ++number;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) {
            flush();
        } else if (line[0] == '#') {
            if (line.rfind("# sent_id = ", 0) == 0) current.id = line.substr(12);
        } else {
            add_word(current, line, fmt::format("{}:{}", file.string(), number));
        }
    }
    flush();
    return out;
}

void write_conllu(std::ostream& out, const std::vector<std::string_view>& words, const Parse& parse,
                  std::string_view sent_id) {
    if (!sent_id.empty()) out << "# sent_id = " << sent_id << '\n';
    for (std::size_t i = 0; i < words.size() && i < parse.size(); ++i) {
        std::string form(words[i]);
        for (char& c : form)
            if (c == '\t' || c == '\n' || c == '\r' || c == ' ') c = '_';
        out << fmt::format("{}\t{}\t_\t{}\t{}\t_\t{}\t{}\t_\t_\n", i + 1, form, to_string(parse[i].upos),
                           parse[i].xpos.empty() ? std::string_view("_") : parse[i].xpos, parse[i].head + 1,
                           parse[i].label);
    }
    out << '\n';
}

void write_conllu(std::ostream& out, const Document& doc, const Text& text, const Parser& parser) {
    for (std::size_t k = 0; k < text.sentences.size(); ++k) {
        const Sentence& sentence = text.sentences[k];
        std::vector<std::string_view> words;
        for (std::size_t i = sentence.first_token; i < sentence.end_token && i < text.tokens.size(); ++i)
            words.push_back(text.tokens[i].span.of(doc.text));
        std::string line(sentence.span.of(doc.text));
        for (char& c : line)
            if (c == '\n' || c == '\r') c = ' ';
        out << "# sent_id = " << doc.id.str() << "-s" << k << '\n' << "# text = " << line << '\n';
        write_conllu(out, words, parser.parse(words));
    }
}

SyntaxScores evaluate(const Parser& parser, const std::vector<TreebankSentence>& gold, bool gold_tags) {
    SyntaxScores s;
    std::size_t upos = 0, uas = 0, las = 0, las_subtypes = 0;
    auto universal = [](std::string_view l) { return l.substr(0, l.find(':')); };
    for (const auto& g : gold) {
        std::vector<std::string_view> words(g.words.begin(), g.words.end());
        const Parse p = gold_tags ? parser.parse(words, g.tags) : parser.parse(words);
        for (std::size_t i = 0; i < words.size(); ++i) {
            upos += p[i].upos == g.tags[i];
            if (p[i].head == g.heads[i]) {
                ++uas;
                las += universal(p[i].label) == universal(g.labels[i]);
                las_subtypes += p[i].label == g.labels[i];
            }
        }
        s.words += words.size();
        ++s.sentences;
    }
    if (s.words > 0) {
        s.upos = static_cast<double>(upos) / static_cast<double>(s.words);
        s.uas = static_cast<double>(uas) / static_cast<double>(s.words);
        s.las = static_cast<double>(las) / static_cast<double>(s.words);
        s.las_subtypes = static_cast<double>(las_subtypes) / static_cast<double>(s.words);
    }
    return s;
}

}  // namespace mosulkg
