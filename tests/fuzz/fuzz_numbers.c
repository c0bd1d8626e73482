/* Fuzz target: the number and date parsers and decimal arithmetic on
 * arbitrary text: no crash, and every parsed number prints as a plain
 * decimal that parses back to itself. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "numbers.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct list *words;
	if (!words) {
		static const char tsv[] = "un\t1\ndeux\t2\nvingt\t20\nquatre-vingt\t80\ncent\tx100\n"
					  "mille\t*1000\nmillion\t*1000000\net\t+\n"
					  "z\xc3\xa9ro\t0\nvirgule\t.\n";
		char err[128];
		words = list_parse("numword", "fuzz", tsv, sizeof tsv - 1, err, sizeof err);
	}
	const char *s = (const char *)data;
	struct dec d, back;
	char buf[64];
	for (int lang = 0; lang < 2; lang++) {
		if (num_parse(s, size, lang ? "en" : "fr", words, &d) == 0) {
			dec_format(d, buf, sizeof buf);
			if (dec_from_str(buf, &back) != 0 || back.coef != d.coef || back.exp != d.exp) {
				/* compare values, not representations */
				struct dec diff;
				if (dec_add(back, dec_neg(d), &diff) != 0 || diff.coef != 0)
					abort();
			}
		}
	}
	if (size >= 6) {
		int y = 1 + (data[0] << 8 | data[1]) % 9999, m = 1 + data[2] % 12, dd = 1 + data[3] % 31;
		if (cal_valid(y, m, dd)) {
			int y2, m2, d2, wy, w;
			int64_t days = cal_days(y, m, dd);
			cal_civil(days, &y2, &m2, &d2);
			if (y2 != y || m2 != m || d2 != dd)
				abort();
			cal_iso_week(days, &wy, &w);
			if (w < 1 || w > 53 || cal_iso_week_start(wy, w) > days || cal_iso_week_start(wy, w) + 7 <= days)
				abort();
		}
	}
	return 0;
}
