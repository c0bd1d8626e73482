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


static void test_leap_rules(void)
{
	static const int leap[] = {1600, 1996, 2000, 2004, 2020, 2024, 2028, 2400};
	static const int common[] = {1700, 1800, 1900, 2019, 2021, 2023, 2100, 2200, 2300};
	for (size_t i = 0; i < sizeof leap / sizeof leap[0]; i++) {
		CHECK(cal_is_leap(leap[i]));
		CHECK_INT(cal_days(leap[i] + 1, 1, 1) - cal_days(leap[i], 1, 1), 366);
		CHECK_INT(cal_month_days(leap[i], 2), 29);
	}
	for (size_t i = 0; i < sizeof common / sizeof common[0]; i++) {
		CHECK(!cal_is_leap(common[i]));
		CHECK_INT(cal_days(common[i] + 1, 1, 1) - cal_days(common[i], 1, 1), 365);
		CHECK(!cal_valid(common[i], 2, 29));
	}
	/* 400 years hold 146097 days, the same weekdays again */
	CHECK_INT(cal_days(2400, 1, 1) - cal_days(2000, 1, 1), 146097);
	CHECK_INT(cal_weekday(cal_days(2400, 1, 1)), cal_weekday(cal_days(2000, 1, 1)));
}

/* Month ends: the day after the last day of every month of a leap and a
 * common year is the first of the next month, and the reverse. */
static void test_month_end_offsets(void)
{
	int bad = 0;
	for (int y = 2023; y <= 2024; y++) {
		for (int m = 1; m <= 12; m++) {
			int last = cal_month_days(y, m), yy, mm, dd;
			cal_civil(cal_days(y, m, last) + 1, &yy, &mm, &dd);
			int ny = y, nm = m;
			cal_add_months(&ny, &nm, 1);
			if (yy != ny || mm != nm || dd != 1)
				bad++;
			cal_civil(cal_days(ny, nm, 1) - 1, &yy, &mm, &dd);
			if (yy != y || mm != m || dd != last)
				bad++;
		}
	}
	CHECK_INT(bad, 0);
	int y, m, d;
	cal_civil(cal_days(2024, 2, 28) + 1, &y, &m, &d);
	CHECK_INT(d, 29);
	cal_civil(cal_days(2023, 2, 28) + 1, &y, &m, &d);
	CHECK_INT(m, 3);
	CHECK_INT(d, 1);
	cal_civil(cal_days(2024, 12, 31) + 1, &y, &m, &d);
	CHECK_INT(y, 2025);
	CHECK_INT(m, 1);
	cal_civil(cal_days(2024, 3, 1) - 1, &y, &m, &d);
	CHECK_INT(d, 29);
	/* months added across year ends, both ways */
	y = 2024, m = 3;
	cal_add_months(&y, &m, -15);
	CHECK_INT(y, 2022);
	CHECK_INT(m, 12);
	y = 2023, m = 12;
	cal_add_months(&y, &m, 1);
	CHECK_INT(y, 2024);
	CHECK_INT(m, 1);
	y = 2024, m = 1;
	cal_add_months(&y, &m, -13);
	CHECK_INT(y, 2022);
	CHECK_INT(m, 12);
	y = 2024, m = 6;
	cal_add_months(&y, &m, 0);
	CHECK_INT(y, 2024);
	CHECK_INT(m, 6);
	/* nth and last weekdays of a month */
	CHECK_INT(cal_nth_weekday(2024, 2, 5, -1), 23);   /* last Friday */
	CHECK_INT(cal_nth_weekday(2024, 2, 4, -1), 29);   /* last Thursday: the 29th */
	CHECK_INT(cal_nth_weekday(2023, 2, 2, -1), 28);
	CHECK_INT(cal_nth_weekday(2024, 1, 1, 1), 1);
	CHECK_INT(cal_nth_weekday(2024, 1, 7, 1), 7);
	CHECK_INT(cal_nth_weekday(2014, 9, 2, 3), 16);
	CHECK_INT(cal_nth_weekday(2024, 2, 1, 5), -1);    /* no fifth Monday */
	CHECK_INT(cal_nth_weekday(2024, 4, 2, 5), 30);
}

static void test_quarters(void)
{
	static const int q[] = {1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4};
	for (int m = 1; m <= 12; m++)
		CHECK_INT(cal_quarter(m), q[m - 1]);
	int y = 2024, qq = 1;
	cal_add_quarters(&y, &qq, -1);
	CHECK_INT(y, 2023);
	CHECK_INT(qq, 4);
	cal_add_quarters(&y, &qq, 1);
	CHECK_INT(y, 2024);
	CHECK_INT(qq, 1);
	y = 2024, qq = 4;
	cal_add_quarters(&y, &qq, 1);
	CHECK_INT(y, 2025);
	CHECK_INT(qq, 1);
	y = 2024, qq = 2;
	cal_add_quarters(&y, &qq, -9);
	CHECK_INT(y, 2022);
	CHECK_INT(qq, 1);
}

/* ISO weeks around year ends: every day of the last and first ten days of
 * 1995..2035, and weeks that start each ISO year. */
static void test_iso_week_year_ends(void)
{
	int bad = 0;
	for (int y = 1995; y <= 2035; y++) {
		for (int64_t d = cal_days(y, 12, 22); d <= cal_days(y + 1, 1, 10); d++) {
			int wy, w;
			cal_iso_week(d, &wy, &w);
			int64_t start = cal_iso_week_start(wy, w);
			/* the week holds the day, starts on a Monday, and week 1
			 * is the one with the 4th of January */
			if (d < start || d >= start + 7 || cal_weekday(start) != 1)
				bad++;
			if (w == 1 && !(cal_days(wy, 1, 4) >= start && cal_days(wy, 1, 4) < start + 7))
				bad++;
			if (w > cal_iso_weeks_in_year(wy))
				bad++;
		}
		/* every week of the year round-trips */
		for (int w = 1; w <= cal_iso_weeks_in_year(y); w++) {
			int wy, ww;
			cal_iso_week(cal_iso_week_start(y, w) + 3, &wy, &ww);
			if (wy != y || ww != w)
				bad++;
		}
	}
	CHECK_INT(bad, 0);
	static const int long_years[] = {2004, 2009, 2015, 2020, 2026, 2032, 2037};
	for (size_t i = 0; i < sizeof long_years / sizeof long_years[0]; i++)
		CHECK_INT(cal_iso_weeks_in_year(long_years[i]), 53);
	CHECK_INT(cal_iso_weeks_in_year(2019), 52);
	CHECK_INT(cal_iso_weeks_in_year(2021), 52);
	int wy, w;
	cal_iso_week(cal_days(2015, 12, 31), &wy, &w);
	CHECK_INT(wy, 2015);
	CHECK_INT(w, 53);
	cal_iso_week(cal_days(2016, 1, 3), &wy, &w);
	CHECK_INT(wy, 2015);
	CHECK_INT(w, 53);
	cal_iso_week(cal_days(2016, 1, 4), &wy, &w);
	CHECK_INT(wy, 2016);
	CHECK_INT(w, 1);
	cal_iso_week(cal_days(2018, 12, 31), &wy, &w);
	CHECK_INT(wy, 2019);
	CHECK_INT(w, 1);
	cal_iso_week(cal_days(2027, 1, 3), &wy, &w);
	CHECK_INT(wy, 2026);
	CHECK_INT(w, 53);
	cal_iso_week(cal_days(2008, 12, 29), &wy, &w);
	CHECK_INT(wy, 2009);
	CHECK_INT(w, 1);
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
		{"leap_rules", test_leap_rules},
		{"month_end_offsets", test_month_end_offsets},
		{"quarters", test_quarters},
		{"iso_week_year_ends", test_iso_week_year_ends},
		{NULL, NULL},
	};
	return test_main("calendar", tests);
}
