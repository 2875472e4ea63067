#include "sovsim/Timeline.h"

#include <chrono>
#include <cmath>
#include <cstdio>

namespace sovsim {
namespace {

using std::chrono::month;
using std::chrono::month_day_last;
using std::chrono::year;
using std::chrono::year_month_day_last;

constexpr int kDaysPerWeek = 7;

} // namespace

std::string_view keyOf(Step step) {
    switch (step) {
    case Step::Month:
        return "month";
    case Step::Quarter:
        return "quarter";
    case Step::Week:
        return "week";
    }
    return "month";
}

std::optional<Step> stepFromKey(std::string_view key) {
    if (key == "month") {
        return Step::Month;
    }
    if (key == "quarter") {
        return Step::Quarter;
    }
    if (key == "week") {
        return Step::Week;
    }
    return std::nullopt;
}

std::string YearMonth::toString() const {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
    return buf;
}

std::optional<YearMonth> YearMonth::parse(std::string_view text) {
    // Strictly "YYYY-MM".
    if (text.size() != 7 || text[4] != '-') {
        return std::nullopt;
    }
    int y = 0;
    int m = 0;
    for (size_t i = 0; i < 7; ++i) {
        if (i == 4) {
            continue;
        }
        if (text[i] < '0' || text[i] > '9') {
            return std::nullopt;
        }
        if (i < 4) {
            y = y * 10 + (text[i] - '0');
        } else {
            m = m * 10 + (text[i] - '0');
        }
    }
    if (m < 1 || m > 12) {
        return std::nullopt;
    }
    return YearMonth{y, m};
}

std::string Date::toString() const {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
}

// Weekly steps are four per month, starting on days 1, 8, 15 and 22; the last one runs to the
// end of the month. Every month (and so every year) then starts on a step, which keeps weekly runs
// comparable with monthly ones at the same dates and puts shock starts exactly on a step.
constexpr int kWeeksPerMonth = 4;

int Timeline::stepCount() const {
    const int months = (endYear - kStartYear + 1) * 12;
    switch (step) {
    case Step::Month:
        return months;
    case Step::Quarter:
        return months / 3;
    case Step::Week:
        return months * kWeeksPerMonth;
    }
    return 0;
}

double Timeline::yearsAt(int index) const {
    switch (step) {
    case Step::Month:
        return index / 12.0;
    case Step::Quarter:
        return index / 4.0;
    case Step::Week: {
        // Model time runs on a month clock: each month is 1/12 year, and a week step starts at
        // the fraction of its month that its first day marks.
        const int months = index / kWeeksPerMonth;
        const int week = index % kWeeksPerMonth;
        const Date start = dateAt(index);
        const int daysInMonth = static_cast<int>(unsigned(year_month_day_last{
            year{start.year}, month_day_last{month{static_cast<unsigned>(
                                  start.month)}}}.day()));
        return (months + (kDaysPerWeek * week) / static_cast<double>(daysInMonth)) / 12.0;
    }
    }
    return 0.0;
}

double Timeline::yearFractionAt(int index) const {
    const Date d = dateAt(index);
    if (step != Step::Week) {
        return (d.month - 1) / 12.0;
    }
    const int daysInMonth = static_cast<int>(unsigned(year_month_day_last{
        year{d.year}, month_day_last{month{static_cast<unsigned>(
                          d.month)}}}.day()));
    return (d.month - 1 + (d.day - 1) / static_cast<double>(daysInMonth)) / 12.0;
}

double Timeline::stepYearsAt(int index) const {
    // Computed, not differenced, so equal steps have equal lengths to the last bit.
    switch (step) {
    case Step::Month:
        return 1.0 / 12.0;
    case Step::Quarter:
        return 0.25;
    case Step::Week: {
        const Date d = dateAt(index);
        const int daysInMonth = static_cast<int>(unsigned(year_month_day_last{
            year{d.year}, month_day_last{month{static_cast<unsigned>(
                              d.month)}}}.day()));
        const bool lastOfMonth = index % kWeeksPerMonth == kWeeksPerMonth - 1;
        const int days = lastOfMonth ? daysInMonth - (d.day - 1) : kDaysPerWeek;
        return days / static_cast<double>(daysInMonth) / 12.0;
    }
    }
    return 1.0 / 12.0;
}

Date Timeline::dateAt(int index) const {
    int months = index;
    int day = 1;
    if (step == Step::Quarter) {
        months = index * 3;
    } else if (step == Step::Week) {
        months = index / kWeeksPerMonth;
        day = 1 + kDaysPerWeek * (index % kWeeksPerMonth);
    }
    return Date{kStartYear + months / 12, months % 12 + 1, day};
}

int Timeline::indexAtOrBefore(int y, int m) const {
    const int months = (y - kStartYear) * 12 + (m - 1);
    int index = 0;
    switch (step) {
    case Step::Month:
        index = months;
        break;
    case Step::Quarter:
        index = months >= 0 ? months / 3 : -1;
        break;
    case Step::Week:
        index = months * kWeeksPerMonth;
        break;
    }
    if (index < 0) {
        return 0;
    }
    return index >= stepCount() ? stepCount() - 1 : index;
}

} // namespace sovsim
