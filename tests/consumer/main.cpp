// Builds a graph from one article held in a string and prints its size; parses one sentence.
#include <mosulkg/pipeline.hpp>
#include <mosulkg/query.hpp>
#include <mosulkg/syntax.hpp>

#include <iostream>

int main() {
    std::vector<mosulkg::Document> docs;
    docs.push_back(mosulkg::make_document(
        mosulkg::DocId("note"),
        "Army enters town\n\nApril 2, 2016\n\n"
        "Iraqi soldiers entered the town of Hit on Saturday, an army officer said.\n"));
    mosulkg::Corpus corpus = mosulkg::Pipeline().run(std::move(docs));
    std::cout << "nodes " << corpus.graph.node_count() << "\n";
    std::cout << "edges " << corpus.graph.edge_count() << "\n";
    for (const auto& n : corpus.graph.nodes())
        std::cout << n.id.str() << ": " << mosulkg::neighbours(corpus.graph, n.id).size() << " neighbours\n";
    // The compiled-in parser model travels with the library.
    const std::vector<std::string_view> words = {"Iraqi", "soldiers", "entered", "Hit", "."};
    const mosulkg::Parse parse = mosulkg::Parser::defaults().parse(words);
    std::cout << "syntax " << words[1] << " " << parse[1].label << " " << words[parse[1].head] << "\n";
    return corpus.graph.node_count() > 0 && parse[1].head == 2 ? 0 : 1;
}
