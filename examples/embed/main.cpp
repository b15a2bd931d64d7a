// Embedding mosulkg: build a graph from two short articles held in memory and
// query it.
#include <mosulkg/pipeline.hpp>

#include <iostream>

int main() {
    std::vector<mosulkg::Document> docs;
    docs.push_back(mosulkg::make_document(mosulkg::DocId("a"),
        "Iraqi forces retake town\n\nMarch 3, 2016\n\n"
        "Iraqi forces recaptured the town of Hit from the Islamic State on Monday, a military spokesman said.\n"));
    docs.push_back(mosulkg::make_document(mosulkg::DocId("b"),
        "Offensive on Hit\n\nMarch 4, 2016\n\n"
        "Iraqi troops retook Hit from Daesh militants on Monday after a two-week battle.\n"));

    mosulkg::Pipeline pipeline;
    mosulkg::Corpus corpus = pipeline.run(std::move(docs));

    if (auto is = corpus.graph.find("Daesh"))
        std::cout << "Daesh is " << is->label << " (" << is->mentions.size() << " mentions)\n";
    for (const auto& entry : corpus.chronology.entries)
        std::cout << entry.date.value << "  " << entry.summary << "  [" << entry.sources.size() << " sources]\n";
    return corpus.graph.node_count() > 0 ? 0 : 1;
}
