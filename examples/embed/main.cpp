// Embedding mosulkg: build a graph from two short articles held in memory and
// query it: look an entity up by a name, list its neighbours, the events of a
// week, what one article says, and the path between two entities.
#include <mosulkg/pipeline.hpp>
#include <mosulkg/query.hpp>

#include <iostream>

int main() {
    std::vector<mosulkg::Document> docs;
    docs.push_back(mosulkg::make_document(mosulkg::DocId("a"),
                                          "Iraqi forces retake town\n\nMarch 3, 2016\n\n"
                                          "Iraqi forces recaptured the town of Hit from the Islamic State on "
                                          "Monday, a military spokesman said.\n"));
    docs.push_back(mosulkg::make_document(
        mosulkg::DocId("b"),
        "Offensive on Hit\n\nMarch 4, 2016\n\n"
        "Iraqi troops retook Hit from Daesh militants on Monday after a two-week battle.\n"));

    mosulkg::Pipeline pipeline;
    mosulkg::Corpus corpus = pipeline.run(std::move(docs));
    const mosulkg::KnowledgeGraph& graph = corpus.graph;

    auto is = graph.find("Daesh");  // any name seen in the articles, or the id
    if (!is) return 1;
    std::cout << "Daesh is " << is->label << " (" << is->mentions.size() << " mentions)\n";
    for (const auto& n : mosulkg::neighbours(graph, is->id))
        std::cout << "  " << (n.outgoing ? "-> " : "<- ") << n.edge->relation << " " << n.node->label << "\n";

    using namespace date;
    for (const mosulkg::Edge& e :
         mosulkg::edges_between(graph, sys_days(2016_y / February / 26), sys_days(2016_y / March / 4)))
        std::cout << "week of 29 February: " << e.date->value << " " << e.summary << "\n";

    if (auto b = mosulkg::document_content(graph, mosulkg::DocId("b")))
        std::cout << "article b names " << b->nodes.size() << " entities and states " << b->edges.size()
                  << " relations\n";

    auto forces = graph.find("Iraqi forces");
    if (forces)
        if (auto path = mosulkg::shortest_path(graph, forces->id, is->id))
            std::cout << forces->label << " to " << is->label << ": " << path->length() << " hop(s)\n";

    mosulkg::KnowledgeGraph around = mosulkg::neighbourhood(graph, is->id, 1);
    std::cout << "around " << is->label << ": " << around.node_count() << " nodes, " << around.edge_count()
              << " edges\n";
    for (const auto& entry : corpus.chronology.entries)
        std::cout << entry.date.value << "  " << entry.summary << "  [" << entry.sources.size()
                  << " sources]\n";
    return around.node_count() > 0 ? 0 : 1;
}
