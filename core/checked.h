#pragma once

// Overflow-checked 64-bit arithmetic. Every count the analysis reports goes through
// CheckedInt so that a network too large for 64 bits becomes an error on a layer, never a
// wrapped number or undefined behaviour.

#include <cstdint>
#include <limits>

namespace cd {

class CheckedInt
{
public:
    constexpr CheckedInt() = default;
    constexpr CheckedInt(std::int64_t value) : m_value(value) {} // NOLINT: implicit by design

    constexpr bool overflowed() const { return m_overflowed; }
    constexpr std::int64_t value() const { return m_value; }

    friend constexpr CheckedInt operator+(CheckedInt a, CheckedInt b)
    {
        CheckedInt r;
        r.m_overflowed = a.m_overflowed || b.m_overflowed
                         || __builtin_add_overflow(a.m_value, b.m_value, &r.m_value);
        return r;
    }
    friend constexpr CheckedInt operator-(CheckedInt a, CheckedInt b)
    {
        CheckedInt r;
        r.m_overflowed = a.m_overflowed || b.m_overflowed
                         || __builtin_sub_overflow(a.m_value, b.m_value, &r.m_value);
        return r;
    }
    friend constexpr CheckedInt operator*(CheckedInt a, CheckedInt b)
    {
        CheckedInt r;
        r.m_overflowed = a.m_overflowed || b.m_overflowed
                         || __builtin_mul_overflow(a.m_value, b.m_value, &r.m_value);
        return r;
    }
    CheckedInt &operator+=(CheckedInt other) { return *this = *this + other; }
    CheckedInt &operator*=(CheckedInt other) { return *this = *this * other; }

private:
    std::int64_t m_value = 0;
    bool m_overflowed = false;
};

// Mathematical floor and ceiling of a / b for b > 0 (C++'s `/` truncates toward zero).
constexpr std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    const std::int64_t q = a / b;
    return (a % b != 0 && a < 0) ? q - 1 : q;
}

constexpr std::int64_t ceilDiv(std::int64_t a, std::int64_t b)
{
    const std::int64_t q = a / b;
    return (a % b != 0 && a > 0) ? q + 1 : q;
}

} // namespace cd
