// Grouping ascending indices into runs, and spelling the runs (see index_runs.h).

#include "index_runs.h"

namespace cd {

std::vector<IndexRun> indexRuns(const std::vector<std::int64_t> &ascending)
{
    std::vector<IndexRun> runs;
    for (const std::int64_t index : ascending) {
        if (!runs.empty() && runs.back().last + 1 == index)
            runs.back().last = index;
        else
            runs.push_back({index, index});
    }
    return runs;
}

std::string runText(const IndexRun &run, std::string_view dash)
{
    std::string text = std::to_string(run.first);
    if (run.last != run.first)
        text.append(dash).append(std::to_string(run.last));
    return text;
}

std::string runsText(const std::vector<IndexRun> &runs, std::string_view dash,
                     std::string_view separator)
{
    std::string text;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        if (i > 0)
            text.append(separator);
        text += runText(runs[i], dash);
    }
    return text;
}

} // namespace cd
