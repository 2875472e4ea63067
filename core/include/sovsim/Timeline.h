#pragma once
// Calendar of a run: from 2025-01 to the end of a chosen year, in whole steps. Steps are counted
// with an integer and each step's date is computed from its index, never accumulated, so a run
// has no drift and dates are exact. Steps: months, quarters, or weeks (four per month, starting
// on days 1, 8, 15 and 22), so every step length has a step starting on each 1 January.

#include <optional>
#include <string>
#include <string_view>

namespace sovsim {

inline constexpr int kStartYear = 2025;
inline constexpr int kMinEndYear = 2026;
inline constexpr int kMaxEndYear = 2050;

enum class Step { Month, Quarter, Week };

std::string_view keyOf(Step step);
std::optional<Step> stepFromKey(std::string_view key);

struct YearMonth {
    int year = kStartYear;
    int month = 1; // 1..12

    double yearsSince2025() const { return (year - kStartYear) + (month - 1) / 12.0; }
    std::string toString() const; // "YYYY-MM"
    static std::optional<YearMonth> parse(std::string_view text);
    bool operator==(const YearMonth&) const = default;
};

struct Date {
    int year = kStartYear;
    int month = 1;
    int day = 1;
    std::string toString() const; // "YYYY-MM-DD"
    bool operator==(const Date&) const = default;
};

struct Timeline {
    int endYear = 2040; // inclusive: the run covers every step that starts before endYear+1
    Step step = Step::Month;

    int stepCount() const;
    // Model time in years since 2025-01-01 at the start of step `index`, on a month clock (each
    // month is 1/12 year), so 1 January of every year is a whole number for every step length.
    double yearsAt(int index) const;
    double stepYearsAt(int index) const; // length of step `index` in years
    // The part of yearsAt(index) after the whole years: the same for the same date in any year.
    double yearFractionAt(int index) const;
    Date dateAt(int index) const;                   // calendar date at the start of step `index`
    int indexAtOrBefore(int year, int month) const; // last step starting on/before year-month-01
    bool operator==(const Timeline&) const = default;
};

} // namespace sovsim
