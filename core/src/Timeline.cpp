#include "sovsim/Timeline.h"

#include <chrono>
#include <cmath>
#include <cstdio>

namespace sovsim {
namespace {

using std::chrono::day;
using std::chrono::days;
using std::chrono::month;
using std::chrono::sys_days;
using std::chrono::year;
using std::chrono::year_month_day;

constexpr double kDaysPerYear = 365.25;
constexpr int kDaysPerWeek = 7;

sys_days startDay() {
    return sys_days{year{kStartYear} / month{1} / day{1}};
}

long daysUntilEndOf(int endYear) {
    const sys_days end{year{endYear + 1} / month{1} / day{1}};
    return (end - startDay()).count();
}

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

int Timeline::stepCount() const {
    const int years = endYear - kStartYear + 1;
    switch (step) {
    case Step::Month:
        return years * 12;
    case Step::Quarter:
        return years * 4;
    case Step::Week:
        // Every week that starts before 1 January of endYear + 1.
        return static_cast<int>((daysUntilEndOf(endYear) + kDaysPerWeek - 1) / kDaysPerWeek);
    }
    return 0;
}

double Timeline::stepYears() const {
    switch (step) {
    case Step::Month:
        return 1.0 / 12.0;
    case Step::Quarter:
        return 0.25;
    case Step::Week:
        return kDaysPerWeek / kDaysPerYear;
    }
    return 1.0 / 12.0;
}

double Timeline::yearsAt(int index) const {
    switch (step) {
    case Step::Month:
        return index / 12.0;
    case Step::Quarter:
        return index / 4.0;
    case Step::Week:
        return index * kDaysPerWeek / kDaysPerYear;
    }
    return 0.0;
}

Date Timeline::dateAt(int index) const {
    if (step == Step::Week) {
        const year_month_day ymd{startDay() + days{static_cast<long>(index) * kDaysPerWeek}};
        return Date{static_cast<int>(ymd.year()), static_cast<int>(unsigned(ymd.month())),
                    static_cast<int>(unsigned(ymd.day()))};
    }
    const int months = step == Step::Month ? index : index * 3;
    return Date{kStartYear + months / 12, months % 12 + 1, 1};
}

int Timeline::indexAtOrBefore(int y, int m) const {
    int index = 0;
    switch (step) {
    case Step::Month:
        index = (y - kStartYear) * 12 + (m - 1);
        break;
    case Step::Quarter:
        index = ((y - kStartYear) * 12 + (m - 1)) / 3;
        break;
    case Step::Week: {
        const sys_days d{year{y} / month{static_cast<unsigned>(m)} / day{1}};
        index = static_cast<int>((d - startDay()).count() / kDaysPerWeek);
        break;
    }
    }
    if (index < 0) {
        return 0;
    }
    return index >= stepCount() ? stepCount() - 1 : index;
}

} // namespace sovsim
