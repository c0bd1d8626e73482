/*
 * calendar: proleptic Gregorian arithmetic on day numbers, ISO 8601 weeks
 * and quarters.  A day number counts days from 1970-01-01.
 */
#ifndef TRAWL_CALENDAR_H
#define TRAWL_CALENDAR_H

#include <stdint.h>

int cal_is_leap(int y);
int cal_month_days(int y, int m);
int cal_valid(int y, int m, int d);
int64_t cal_days(int y, int m, int d);                 /* date -> day number */
void cal_civil(int64_t days, int *y, int *m, int *d);  /* day number -> date */
int cal_weekday(int64_t days);                          /* 1 = Monday .. 7 = Sunday */
/* ISO week of a day: sets *wy (the ISO year) and *w (1..53). */
void cal_iso_week(int64_t days, int *wy, int *w);
int cal_iso_weeks_in_year(int y);                       /* 52 or 53 */
int64_t cal_iso_week_start(int wy, int w);              /* Monday of that week */
/* Add n months to (y, m). */
void cal_add_months(int *y, int *m, int n);
/* Quarter of month m (1..4); add n quarters to (y, q). */
int cal_quarter(int m);
void cal_add_quarters(int *y, int *q, int n);
/* Day of the month of the nth (1..5) weekday wd (1 = Monday) of (y, m),
 * nth = -1 for the last one; -1 if the month has no such day. */
int cal_nth_weekday(int y, int m, int wd, int nth);

#endif
