// Builds a graph from one article held in a string and prints its size.
#include <mosulkg/pipeline.hpp>
#include <mosulkg/query.hpp>

#include <iostream>

int main() {
    std::vector<mosulkg::Document> docs;
    docs.push_back(mosulkg::make_document(mosulkg::DocId("note"),
        "Army enters town\n\nApril 2, 2016\n\n"
        "Iraqi soldiers entered the town of Hit on Saturday, an army officer said.\n"));
    mosulkg::Corpus corpus = mosulkg::Pipeline().run(std::move(docs));
    std::cout << "nodes " << corpus.graph.node_count() << "\n";
    std::cout << "edges " << corpus.graph.edge_count() << "\n";
    for (const auto& n : corpus.graph.nodes())
        std::cout << n.id.str() << ": " << mosulkg::neighbours(corpus.graph, n.id).size() << " neighbours\n";
    return corpus.graph.node_count() > 0 ? 0 : 1;
}
