// Number formatting (format.h): users compare these strings with their hand calculations.

#include "format.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <limits>
#include <string>

TEST_CASE("withThousands groups digits by three", "[format]")
{
    struct Row
    {
        std::int64_t value;
        std::string text;
    };
    // clang-format off
    auto r = GENERATE(values<Row>({
        {0, "0"},
        {7, "7"},
        {999, "999"},
        {1000, "1,000"},
        {30048, "30,048"},
        {1234567, "1,234,567"},
        {1992166, "1,992,166"},
        {37480072, "37,480,072"},
        {-1234, "-1,234"},
        {std::numeric_limits<std::int64_t>::max(), "9,223,372,036,854,775,807"},
    }));
    // clang-format on
    CAPTURE(r.value);
    CHECK(cd::withThousands(r.value) == r.text);
}

TEST_CASE("humanBytes: exact below 1 KiB, else three significant digits in binary units",
          "[format]")
{
    struct Row
    {
        std::int64_t bytes;
        std::string text;
    };
    // clang-format off
    auto r = GENERATE(values<Row>({
        {0, "0 B"},
        {512, "512 B"},
        {1023, "1023 B"},
        {1024, "1.00 KiB"},
        {1536, "1.50 KiB"},
        {10240, "10.0 KiB"},
        {102400, "100 KiB"},
        {1048576, "1.00 MiB"},
        {10208152, "9.74 MiB"},  // seed NiN inference: 9.7353… MiB
        {37480072, "35.7 MiB"},  // seed NiN training: 35.744… MiB
        {10235, "10.0 KiB"},     // 9.9951 KiB: rounding must not give a fourth digit
        {102395, "100 KiB"},     // 99.995 KiB
        {1048575, "1.00 MiB"},   // 1023.999 KiB: nor carry past the unit
        {std::int64_t{1} << 30, "1.00 GiB"},
        {std::int64_t{3} << 40, "3.00 TiB"},
    }));
    // clang-format on
    CAPTURE(r.bytes);
    CHECK(cd::humanBytes(r.bytes) == r.text);
}
