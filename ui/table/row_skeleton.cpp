// The layer table's row skeletons compared (row_skeleton.h): a common head and tail, and
// between them one inserted, removed or rotated run. Ids and block names are unique, so the
// run is exactly what changed.

#include "row_skeleton.h"

#include <algorithm>

namespace cd::ui {

namespace {

struct UnitKey
{
    TableRow::Kind kind;
    LayerId id;
    QString block; // a block row's only identity
    friend bool operator==(const UnitKey &, const UnitKey &) = default;
};

std::vector<UnitKey> unitKeys(const std::vector<TableRow> &rows)
{
    std::vector<UnitKey> keys;
    for (const TableRow &row : rows) {
        if (row.kind == TableRow::Conv)
            continue;
        keys.push_back({row.kind, row.id, row.kind == TableRow::Block ? row.block : QString()});
    }
    return keys;
}

// `a` is `b` with its first `k` keys moved to the end: a = X Y, b = Y X with |X| = k.
bool isRotation(const UnitKey *a, const UnitKey *b, int size, int k)
{
    return std::equal(a + k, a + size, b) && std::equal(a, a + k, b + (size - k));
}

} // namespace

std::vector<int> unitStarts(const std::vector<TableRow> &rows)
{
    std::vector<int> starts;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        if (rows[r].kind != TableRow::Conv)
            starts.push_back(static_cast<int>(r));
    }
    return starts;
}

SkeletonStep skeletonStep(const std::vector<TableRow> &old, const std::vector<TableRow> &next)
{
    const std::vector<UnitKey> a = unitKeys(old);
    const std::vector<UnitKey> b = unitKeys(next);
    const int sizeA = static_cast<int>(a.size());
    const int sizeB = static_cast<int>(b.size());
    int head = 0;
    while (head < sizeA && head < sizeB && a[head] == b[head])
        ++head;
    int tail = 0;
    while (tail < sizeA - head && tail < sizeB - head && a[sizeA - 1 - tail] == b[sizeB - 1 - tail])
        ++tail;
    const int middleA = sizeA - head - tail;
    const int middleB = sizeB - head - tail;
    if (middleA == 0 && middleB == 0)
        return {};
    if (middleA == 0)
        return {.kind = SkeletonStep::Insert, .first = head, .count = middleB};
    if (middleB == 0)
        return {.kind = SkeletonStep::Remove, .first = head, .count = middleA};
    if (middleA != middleB)
        return {.kind = SkeletonStep::Other};
    // A move rotates the middle: old X Y, next Y X, where Y starts with next's first key.
    const auto found = std::find(a.begin() + head, a.begin() + head + middleA, b[head]);
    const int k = static_cast<int>(found - (a.begin() + head));
    if (k == middleA || !isRotation(a.data() + head, b.data() + head, middleA, k))
        return {.kind = SkeletonStep::Other};
    // Move the shorter run: one layer moved far is one unit, not everything it passed.
    if (k <= middleA - k)
        return {.kind = SkeletonStep::Move, .first = head, .count = k, .before = head + middleA};
    return {.kind = SkeletonStep::Move, .first = head + k, .count = middleA - k, .before = head};
}

} // namespace cd::ui
