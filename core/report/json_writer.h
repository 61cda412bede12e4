#pragma once

// A small streaming JSON writer with a fixed key order and stable output: objects one member
// per line, arrays of numbers on one line. Integers are written exactly (no doubles); strings
// and doubles are spelled by text/json_text.h, like the network files.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cd {

class JsonWriter
{
public:
    void beginObject();
    void endObject();
    // A compact array stays on one line: for numbers and short lists.
    void beginArray(bool compact = false);
    void endArray();
    void key(std::string_view name);

    void value(std::int64_t number);
    void value(int number) { value(static_cast<std::int64_t>(number)); }
    void value(double number);
    void value(bool flag);
    void value(std::string_view text);
    void value(const char *text) { value(std::string_view(text)); }
    void null();
    void values(const std::vector<std::int64_t> &numbers); // a compact array

    // The document so far, with a final newline.
    std::string finish();

private:
    struct Level
    {
        bool compact = false;
        int count = 0;
    };
    void beforeValue();
    void newline();

    std::string m_out;
    std::vector<Level> m_levels;
    bool m_afterKey = false;
};

} // namespace cd
