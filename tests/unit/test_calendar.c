/* Unit tests: day numbers, leap years, ISO weeks, month arithmetic. */
#include "calendar.h"
#include "test.h"

#include <time.h>

static void test_days_roundtrip(void)
{
	CHECK_INT(cal_days(1970, 1, 1), 0);
	CHECK_INT(cal_days(2000, 3, 1), 11017);
	int bad = 0;
	for (int64_t d = cal_days(1, 1, 1); d < cal_days(9999, 12, 31); d += 7) {
		int y, m, dd;
		cal_civil(d, &y, &m, &dd);
		if (cal_days(y, m, dd) != d || !cal_valid(y, m, dd))
			bad++;
	}
	CHECK_INT(bad, 0);
}

static void test_leap_years(void)
{
	CHECK(cal_is_leap(2024));
	CHECK(cal_is_leap(2000));
	CHECK(!cal_is_leap(1900));
	CHECK(!cal_is_leap(2023));
	CHECK_INT(cal_month_days(2024, 2), 29);
	CHECK_INT(cal_month_days(2100, 2), 28);
	CHECK(!cal_valid(2023, 2, 29));
	CHECK(cal_valid(2024, 2, 29));
	CHECK(!cal_valid(2024, 4, 31));
}

static void test_weekday(void)
{
	CHECK_INT(cal_weekday(cal_days(2024, 3, 4)), 1);    /* a Monday */
	CHECK_INT(cal_weekday(cal_days(2016, 11, 7)), 1);
	CHECK_INT(cal_weekday(cal_days(1970, 1, 1)), 4);
	CHECK_INT(cal_weekday(cal_days(1969, 12, 28)), 7);
}

/* Every day of 1990..2040 against the C library's %G/%V. */
static void test_iso_week_against_libc(void)
{
	int bad = 0;
	for (int64_t d = cal_days(1990, 1, 1); d <= cal_days(2040, 12, 31); d++) {
		int y, m, dd, wy, w;
		cal_civil(d, &y, &m, &dd);
		cal_iso_week(d, &wy, &w);
		struct tm tm = {.tm_year = y - 1900, .tm_mon = m - 1, .tm_mday = dd, .tm_hour = 12};
		time_t t = timegm(&tm);
		struct tm g;
		gmtime_r(&t, &g);
		char buf[32], want[32];
		strftime(want, sizeof want, "%G-W%V", &g);
		snprintf(buf, sizeof buf, "%04d-W%02d", wy, w);
		if (strcmp(buf, want) != 0 && bad++ < 5)
			fprintf(stderr, "%04d-%02d-%02d: %s, want %s\n", y, m, dd, buf, want);
	}
	CHECK_INT(bad, 0);
}

static void test_iso_week_edges(void)
{
	int wy, w;
	cal_iso_week(cal_days(2021, 1, 3), &wy, &w);
	CHECK_INT(wy, 2020);
	CHECK_INT(w, 53);
	cal_iso_week(cal_days(2024, 12, 30), &wy, &w);
	CHECK_INT(wy, 2025);
	CHECK_INT(w, 1);
	CHECK_INT(cal_iso_weeks_in_year(2020), 53);
	CHECK_INT(cal_iso_weeks_in_year(2024), 52);
	CHECK_INT(cal_iso_week_start(2024, 9), cal_days(2024, 2, 26));
}

static void test_add_months(void)
{
	int y = 2024, m = 1;
	cal_add_months(&y, &m, -1);
	CHECK_INT(y, 2023);
	CHECK_INT(m, 12);
	cal_add_months(&y, &m, 14);
	CHECK_INT(y, 2025);
	CHECK_INT(m, 2);
}

int main(void)
{
	static const struct test_case tests[] = {
		{"days_roundtrip", test_days_roundtrip},
		{"leap_years", test_leap_years},
		{"weekday", test_weekday},
		{"iso_week_against_libc", test_iso_week_against_libc},
		{"iso_week_edges", test_iso_week_edges},
		{"add_months", test_add_months},
		{NULL, NULL},
	};
	return test_main("calendar", tests);
}
