// A deterministic mutation driver for fuzz_pipeline.cpp where libFuzzer is absent (GCC):
//   mosulkg_fuzz [-runs=N] [-max_total_time=S] SEED_DIR...
// runs every seed file in every mode, then N mutants (bit flips, byte insertions and deletions,
// repeated chunks, splices of two seeds, words that the stages react to) from a fixed PRNG
// seed, so the same arguments replay the same inputs. Stops after S seconds if given.
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

std::uint64_t state = 0x9E3779B97F4A7C15ull;
std::uint64_t next() {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
}
std::size_t below(std::size_t n) {
    return n == 0 ? 0 : static_cast<std::size_t>(next() % n);
}

const char* const words[] = {"on 17 October 2016",
                             " said ",
                             "\n\n",
                             "\0",
                             "\xff\xfe",
                             "Mosul",
                             "Daesh",
                             ",",
                             ". ",
                             "last Monday",
                             "1990s",
                             "'87",
                             "\xe2\x80\x9c",
                             "al-",
                             "\t",
                             "{\"id\":1,\"text\":\"x\"}\n",
                             "2016-13-45",
                             "Jan. 8",
                             "99999999999999999999",
                             "\x1b[31m"};

std::string mutate(std::string s, const std::vector<std::string>& seeds) {
    int steps = 1 + static_cast<int>(below(8));
    for (int k = 0; k < steps; ++k) {
        std::size_t at = below(s.size() + 1);
        switch (below(6)) {
            case 0:
                if (!s.empty()) s[below(s.size())] ^= static_cast<char>(1u << below(8));
                break;
            case 1:
                s.insert(at, 1, static_cast<char>(below(256)));
                break;
            case 2:
                if (!s.empty()) s.erase(below(s.size()), 1 + below(16));
                break;
            case 3: {
                std::size_t len = 1 + below(64);
                std::string chunk = s.substr(below(s.size() + 1), len);
                for (std::size_t r = below(50); r > 0; --r) s.insert(at, chunk);
                break;
            }
            case 4: {
                const std::string& other = seeds[below(seeds.size())];
                std::size_t from = below(other.size() + 1);
                s.insert(at, other.substr(from, below(400)));
                break;
            }
            default: {
                const char* w = words[below(sizeof(words) / sizeof(words[0]))];
                s.insert(at, std::string(w, std::strlen(w) == 0 ? 1 : std::strlen(w)));
            }
        }
    }
    return s;
}

void run(const std::string& input) {
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(input.data()), input.size());
}

}  // namespace

int main(int argc, char** argv) {
    long runs = 2000;
    double max_time = 0;
    std::vector<std::string> seeds;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a.rfind("-runs=", 0) == 0)
            runs = std::stol(a.substr(6));
        else if (a.rfind("-max_total_time=", 0) == 0)
            max_time = std::stod(a.substr(16));
        else if (a[0] == '-')
            continue;  // libFuzzer options this driver does not know
        else
            for (const auto& e : std::filesystem::recursive_directory_iterator(a)) {
                if (!e.is_regular_file()) continue;
                std::ifstream in(e.path(), std::ios::binary);
                std::ostringstream s;
                s << in.rdbuf();
                seeds.push_back(s.str());
            }
    }
    if (seeds.empty()) seeds.push_back("Iraqi forces recaptured Hit from the Islamic State on Monday.");
    const auto start = std::chrono::steady_clock::now();
    long done = 0;
    for (const auto& s : seeds)
        for (char mode = 0; mode < 5; ++mode, ++done) run(std::string(1, mode) + s);
    for (long r = 0; r < runs; ++r, ++done) {
        if (max_time > 0 &&
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() > max_time)
            break;
        const std::string& seed = seeds[below(seeds.size())];
        run(std::string(1, static_cast<char>(below(5))) + mutate(seed, seeds));
    }
    std::printf("mosulkg_fuzz: %ld inputs from %zu seeds, no finding\n", done, seeds.size());
    return 0;
}
