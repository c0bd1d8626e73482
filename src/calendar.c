/* calendar: days from civil and back (H. Hinnant's algorithms), ISO weeks. */
#include "calendar.h"

int cal_is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int cal_month_days(int y, int m)
{
	static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (m < 1 || m > 12)
		return 0;
	return m == 2 && cal_is_leap(y) ? 29 : days[m - 1];
}

int cal_valid(int y, int m, int d)
{
	return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= cal_month_days(y, m);
}

int64_t cal_days(int y, int m, int d)
{
	y -= m <= 2;
	int64_t era = (y >= 0 ? y : y - 399) / 400;
	int64_t yoe = y - era * 400;
	int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void cal_civil(int64_t z, int *y, int *m, int *d)
{
	z += 719468;
	int64_t era = (z >= 0 ? z : z - 146096) / 146097;
	int64_t doe = z - era * 146097;
	int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

int cal_weekday(int64_t days)
{
	/* 1970-01-01 was a Thursday (4). */
	int64_t w = (days + 3) % 7;
	if (w < 0)
		w += 7;
	return (int)w + 1;
}

int64_t cal_iso_week_start(int wy, int w)
{
	/* Week 1 holds January 4th. */
	int64_t jan4 = cal_days(wy, 1, 4);
	int64_t monday1 = jan4 - (cal_weekday(jan4) - 1);
	return monday1 + (int64_t)(w - 1) * 7;
}

void cal_iso_week(int64_t days, int *wy, int *w)
{
	int y, m, d;
	cal_civil(days, &y, &m, &d);
	int64_t start = cal_iso_week_start(y + 1, 1);
	if (days >= start) {
		*wy = y + 1;
	} else {
		start = cal_iso_week_start(y, 1);
		if (days >= start) {
			*wy = y;
		} else {
			*wy = y - 1;
			start = cal_iso_week_start(y - 1, 1);
		}
	}
	*w = (int)((days - start) / 7) + 1;
}

int cal_iso_weeks_in_year(int y)
{
	return (int)((cal_iso_week_start(y + 1, 1) - cal_iso_week_start(y, 1)) / 7);
}

void cal_add_months(int *y, int *m, int n)
{
	int total = *y * 12 + (*m - 1) + n;
	int yy = total / 12, r = total % 12;
	if (r < 0) {
		r += 12;
		yy--;
	}
	*y = yy;
	*m = r + 1;
}

int cal_quarter(int m)
{
	return (m - 1) / 3 + 1;
}

void cal_add_quarters(int *y, int *q, int n)
{
	int total = *y * 4 + (*q - 1) + n;
	int yy = total / 4, r = total % 4;
	if (r < 0) {
		r += 4;
		yy--;
	}
	*y = yy;
	*q = r + 1;
}

int cal_nth_weekday(int y, int m, int wd, int nth)
{
	if (!cal_valid(y, m, 1) || wd < 1 || wd > 7 || nth == 0 || nth < -1 || nth > 5)
		return -1;
	int64_t first = cal_days(y, m, 1);
	int len = cal_month_days(y, m);
	if (nth > 0) {
		int d = 1 + (wd - cal_weekday(first) + 7) % 7 + 7 * (nth - 1);
		return d <= len ? d : -1;
	}
	return len - (cal_weekday(first + len - 1) - wd + 7) % 7;
}
