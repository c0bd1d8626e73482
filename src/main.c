/*
 * trawl: pull money amounts, organizations, dates and percentages out of
 * French and English text, as TSV rows.  main reads the options, loads
 * the pattern set, scans each input and computes the exit status.
 */
#include <errno.h>
#include <stdarg.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <utf8proc.h>

#include "calendar.h"
#include "matcher.h"
#include "patterns.h"
#include "printer.h"
#include "inputs.h"
#include "scan.h"
#include "util.h"

#define TRAWL_VERSION "0.1.0"

static const char usage_text[] =
"Usage: trawl [OPTION]... [FILE]...\n"
"Find money amounts, organizations, dates and percentages in French and\n"
"English text; print one match per line as TSV:\n"
"  [file] line start end type text value\n"
"With no FILE, or when FILE is -, read standard input.\n"
"\n"
"Selection:\n"
"  -t, --types=LIST         types to report: money,org,date,percent (default: all)\n"
"  -l, --lang=LIST          languages whose rules apply: fr,en (default: both;\n"
"                           where two find one span, the sentence's language\n"
"                           decides, then this order)\n"
"  -p, --patterns=DIR       read pattern files from DIR instead of the built-in\n"
"                           set (repeatable; a later DIR wins per file name)\n"
"  -f, --pattern-file=FILE  add one pattern file (repeatable)\n"
"  -r, --ref-date=DATE      resolve relative dates against DATE (YYYY-MM-DD, or\n"
"                           'today'); without it they stay unresolved (REF-1D)\n"
"      --check              load and compile the patterns, report errors, exit\n"
"\n"
"Output:\n"
"  -H, --with-filename      print the file column (default with several FILEs)\n"
"      --no-filename        never print the file column\n"
"      --header             first line names the columns\n"
"      --fields=LIST        columns, in order, from: file,id,line,start,end,\n"
"                           type,text,value,lang,rule\n"
"      --format=FORMAT      tsv (default), jsonl, or for review: ansi (the text\n"
"                           with the matches highlighted) or html (a page)\n"
"      --color=WHEN         colour matches: auto (a terminal, unless NO_COLOR\n"
"                           is set), always, never\n"
"      --stats              after the run, per type and language: matches and\n"
"                           the most frequent values, on stderr\n"
"      --stats-only         print only those statistics, on stdout\n"
"      --offsets=UNIT       start/end in bytes (default) or chars (code points)\n"
"      --line-buffered      flush after every row\n"
"      --buffer-size=BYTES  read window, at least 1024 (default 256K; suffixes\n"
"                           K, M); output never depends on it\n"
"  -j, --jobs=N             scan up to N FILEs at once, in N processes; the\n"
"                           output is the same as with -j 1\n"
"\n"
"Records (one document per line; rows get an id column instead of file):\n"
"      --input=FORMAT       text (default), jsonl (one JSON object per line)\n"
"                           or tsv (linear TSV rows)\n"
"      --text-key=KEY       JSON Lines: the text's key (default: text)\n"
"      --id-key=KEY         JSON Lines: the id's key (default: id; without it,\n"
"                           the line number)\n"
"      --text-field=N       TSV: the text's field, from 1 (default: 1)\n"
"      --id-field=N         TSV: the id's field (default: none, the line number)\n"
"\n"
"  -h, --help               show this help and exit\n"
"  -V, --version            show the version and the libraries' versions\n"
"\n"
"Exit status: 0 if a match was printed, 1 if none, 2 if an error occurred.\n"
"Rows are sorted by start offset; text is the exact input bytes; TAB, LF,\n"
"CR and backslash in fields are written \\t \\n \\r \\\\.\n";

static noreturn void usage_error(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));

static noreturn void usage_error(const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "%s: ", progname);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nTry 'trawl --help' for more information.\n");
	exit(2);
}

static void version(void)
{
	char pv[64] = "?";
	uint32_t jit = 0;
	pcre2_config(PCRE2_CONFIG_VERSION, pv);
	pcre2_config(PCRE2_CONFIG_JIT, &jit);
	printf("trawl %s (PCRE2 %s%s, utf8proc %s)\n", TRAWL_VERSION, pv,
	       jit ? " with JIT" : " without JIT", utf8proc_version());
}

/* BYTES with an optional K or M suffix (binary multiples). */
static size_t parse_size(const char *s)
{
	char *end;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	if (end == s || errno || *s == '-')
		usage_error("invalid --buffer-size '%s': expected a number of bytes", s);
	if (*end == 'k' || *end == 'K')
		v *= 1024, end++;
	else if (*end == 'm' || *end == 'M')
		v *= 1024 * 1024, end++;
	if (*end)
		usage_error("invalid --buffer-size '%s': expected BYTES, BYTESK or BYTESM", s);
	if (v < BUFFER_MIN || v > BUFFER_MAX)
		usage_error("--buffer-size must be between %d and %u bytes", BUFFER_MIN, BUFFER_MAX);
	return (size_t)v;
}

static void parse_ref(const char *s, struct norm_ctx *c)
{
	if (strcmp(s, "today") == 0) {
		time_t t = time(NULL);
		struct tm tm;
		localtime_r(&t, &tm);
		c->ref_y = tm.tm_year + 1900;
		c->ref_m = tm.tm_mon + 1;
		c->ref_d = tm.tm_mday;
	} else {
		int y, m, d, n = 0;
		if (sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &n) != 3 || s[n] || strlen(s) != 10 ||
		    !cal_valid(y, m, d))
			usage_error("invalid --ref-date '%s': expected YYYY-MM-DD (e.g. 2024-03-04) or 'today'", s);
		c->ref_y = y;
		c->ref_m = m;
		c->ref_d = d;
	}
	c->has_ref = 1;
}

static unsigned parse_types(const char *s)
{
	unsigned mask = 0;
	while (*s) {
		const char *e = strchr(s, ',');
		size_t n = e ? (size_t)(e - s) : strlen(s);
		int t = type_from_name(s, n);
		if (t < 0)
			usage_error("unknown type '%.*s' in --types (use money, org, date, percent)", (int)n, s);
		mask |= 1u << t;
		s += n;
		if (*s == ',')
			s++;
	}
	if (!mask)
		usage_error("--types needs at least one type");
	return mask;
}

static int parse_langs(char *s, const char **out, int max)
{
	int n = 0;
	for (char *tok = strtok(s, ","); tok; tok = strtok(NULL, ",")) {
		if (n == max)
			usage_error("too many languages in --lang");
		for (char *p = tok; *p; p++)
			if (!((*p >= 'a' && *p <= 'z') || *p == '-' || *p == '_'))
				usage_error("invalid language '%s' in --lang (e.g. fr or en)", tok);
		out[n++] = tok;
	}
	if (!n)
		usage_error("--lang needs at least one language");
	return n;
}

enum {
	OPT_NO_FILENAME = 256, OPT_HEADER, OPT_FIELDS, OPT_FORMAT, OPT_OFFSETS,
	OPT_LINE_BUFFERED, OPT_BUFFER_SIZE, OPT_CHECK, OPT_INPUT, OPT_TEXT_KEY, OPT_ID_KEY,
	OPT_TEXT_FIELD, OPT_ID_FIELD, OPT_COLOR, OPT_STATS, OPT_STATS_ONLY,
};

static void ignore_row(void *arg, const struct row *r)
{
	(void)arg;
	(void)r;
}


/* An integer option in [min, max], or a usage error saying what it is. */
static int parse_int(const char *opt, const char *s, int min, int max, const char *what)
{
	char *end;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (end == s || *end || errno || v < min || v > max)
		usage_error("invalid %s '%s': expected %s from %d to %d", opt, s, what, min, max);
	return (int)v;
}

static const struct option longopts[] = {
	{"types", required_argument, NULL, 't'},
	{"lang", required_argument, NULL, 'l'},
	{"patterns", required_argument, NULL, 'p'},
	{"pattern-file", required_argument, NULL, 'f'},
	{"ref-date", required_argument, NULL, 'r'},
	{"with-filename", no_argument, NULL, 'H'},
	{"no-filename", no_argument, NULL, OPT_NO_FILENAME},
	{"header", no_argument, NULL, OPT_HEADER},
	{"fields", required_argument, NULL, OPT_FIELDS},
	{"format", required_argument, NULL, OPT_FORMAT},
	{"offsets", required_argument, NULL, OPT_OFFSETS},
	{"line-buffered", no_argument, NULL, OPT_LINE_BUFFERED},
	{"buffer-size", required_argument, NULL, OPT_BUFFER_SIZE},
	{"check", no_argument, NULL, OPT_CHECK},
	{"jobs", required_argument, NULL, 'j'},
	{"input", required_argument, NULL, OPT_INPUT},
	{"text-key", required_argument, NULL, OPT_TEXT_KEY},
	{"id-key", required_argument, NULL, OPT_ID_KEY},
	{"text-field", required_argument, NULL, OPT_TEXT_FIELD},
	{"id-field", required_argument, NULL, OPT_ID_FIELD},
	{"color", required_argument, NULL, OPT_COLOR},
	{"colour", required_argument, NULL, OPT_COLOR},
	{"stats", no_argument, NULL, OPT_STATS},
	{"stats-only", no_argument, NULL, OPT_STATS_ONLY},
	{"help", no_argument, NULL, 'h'},
	{"version", no_argument, NULL, 'V'},
	{NULL, 0, NULL, 0},
};

int main(int argc, char **argv)
{
	struct pat_options po = {.types = (1u << T_NTYPES) - 1};
	struct norm_ctx ctx = {0};
	const char *dirs[64], *files[64], *langs[16];
	const char *fields = NULL;
	int with_file = -1, header = 0, check = 0, line_buffered = 0, chars = 0;
	enum format format = FMT_TSV;
	int jobs = 1;
	int color = -1;          /* -1: auto */
	int stats = 0;           /* 1: --stats, 2: --stats-only */
	struct record_opts ro = {IN_TEXT, "text", "id", 1, 0, 0};
	size_t bufsize = BUFFER_DEFAULT;
	char *langarg = NULL;
	int c;

	argv[0] = (char *)progname;   /* getopt's messages say "trawl:" */
	po.dirs = dirs;
	po.files = files;
	while ((c = getopt_long(argc, argv, "t:l:p:f:r:j:HhV", longopts, NULL)) != -1) {
		switch (c) {
		case 't': po.types = parse_types(optarg); break;
		case 'l': langarg = optarg; break;
		case 'p':
			if (po.ndirs == 64)
				usage_error("too many -p options");
			dirs[po.ndirs++] = optarg;
			break;
		case 'f':
			if (po.nfiles == 64)
				usage_error("too many -f options");
			files[po.nfiles++] = optarg;
			break;
		case 'r': parse_ref(optarg, &ctx); break;
		case 'H': with_file = 1; break;
		case OPT_NO_FILENAME: with_file = 0; break;
		case OPT_HEADER: header = 1; break;
		case OPT_FIELDS: fields = optarg; break;
		case OPT_FORMAT:
			if (strcmp(optarg, "tsv") == 0)
				format = FMT_TSV;
			else if (strcmp(optarg, "jsonl") == 0)
				format = FMT_JSONL;
			else if (strcmp(optarg, "ansi") == 0)
				format = FMT_ANSI;
			else if (strcmp(optarg, "html") == 0)
				format = FMT_HTML;
			else
				usage_error("invalid --format '%s' (use tsv, jsonl, ansi or html)", optarg);
			break;
		case OPT_OFFSETS:
			if (strcmp(optarg, "bytes") == 0)
				chars = 0;
			else if (strcmp(optarg, "chars") == 0)
				chars = 1;
			else
				usage_error("invalid --offsets '%s' (use bytes or chars)", optarg);
			break;
		case OPT_LINE_BUFFERED: line_buffered = 1; break;
		case OPT_BUFFER_SIZE: bufsize = parse_size(optarg); break;
		case OPT_CHECK: check = 1; break;
		case 'j': jobs = parse_int("--jobs", optarg, 1, 1024, "a number of processes"); break;
		case OPT_INPUT:
			if (strcmp(optarg, "text") == 0)
				ro.format = IN_TEXT;
			else if (strcmp(optarg, "jsonl") == 0)
				ro.format = IN_JSONL;
			else if (strcmp(optarg, "tsv") == 0)
				ro.format = IN_TSV;
			else
				usage_error("invalid --input '%s' (use text, jsonl or tsv)", optarg);
			break;
		case OPT_TEXT_KEY: ro.text_key = optarg; break;
		case OPT_ID_KEY: ro.id_key = optarg; break;
		case OPT_TEXT_FIELD:
			ro.text_field = parse_int("--text-field", optarg, 1, 4096, "a field number");
			break;
		case OPT_ID_FIELD:
			ro.id_field = parse_int("--id-field", optarg, 0, 4096, "a field number");
			break;
		case OPT_COLOR:
			if (strcmp(optarg, "auto") == 0)
				color = -1;
			else if (strcmp(optarg, "always") == 0)
				color = 1;
			else if (strcmp(optarg, "never") == 0)
				color = 0;
			else
				usage_error("invalid --color '%s' (use auto, always or never)", optarg);
			break;
		case OPT_STATS: stats = stats > 1 ? stats : 1; break;
		case OPT_STATS_ONLY: stats = 2; break;
		case 'h': fputs(usage_text, stdout); return 0;
		case 'V': version(); return 0;
		default:
			fprintf(stderr, "Try 'trawl --help' for more information.\n");
			return 2;
		}
	}
	static const char *default_langs[] = {"fr", "en"};
	if (langarg) {
		po.nlangs = parse_langs(langarg, langs, 16);
		po.langs = langs;
		po.require_langs = 1;
	} else {
		po.langs = default_langs;
		po.nlangs = 2;
	}

	struct sbuf err = {0};
	struct patset *set = pat_load(&po, &err);
	if (!set) {
		fputs(err.p ? err.p : "trawl: cannot load the patterns\n", stderr);
		sb_free(&err);
		return 2;
	}
	sb_free(&err);
	if (check) {
		pat_free(set);
		return 0;
	}

	int nin = argc - optind;
	if (with_file < 0)
		with_file = nin > 1;
	struct printer pr;
	pr_init(&pr, STDOUT_FILENO, format);
	pr.line_buffered = line_buffered;
	if (color < 0) {
		/* auto: a terminal, unless NO_COLOR (https://no-color.org) */
		const char *nc = getenv("NO_COLOR");
		color = isatty(STDOUT_FILENO) && !(nc && *nc);
	}
	pr.color = color && format != FMT_JSONL && format != FMT_HTML;
	if (fields) {
		const char *bad;
		size_t badlen;
		if (pr_set_fields(&pr, fields, &bad, &badlen) < 0)
			usage_error("unknown field '%.*s' in --fields (use file, line, start, end, "
				    "type, text, value, lang, rule)", (int)badlen, bad);
	} else {
		/* file, then (records) id, then the match. */
		static const enum field def[] = {F_LINE, F_START, F_END, F_TYPE, F_TEXT, F_VALUE};
		if (with_file)
			pr.fields[pr.nfields++] = F_FILE;
		if (ro.format != IN_TEXT)
			pr.fields[pr.nfields++] = F_ID;
		for (size_t i = 0; i < sizeof def / sizeof def[0]; i++)
			pr.fields[pr.nfields++] = def[i];
	}
	if (header && stats < 2)
		pr_header(&pr);

	struct matcher *m = matcher_new(set, &ctx);
	struct scanner sc;
	scan_init(&sc, bufsize, m, &pr);
	sc.offsets_chars = chars;
	sc.line_buffered = line_buffered;
	sc.echo = pr_echoes(&pr) && stats < 2;
	sc.show_name = with_file || ro.format != IN_TEXT;
	if (stats) {
		sc.stats = stats_new();
		if (stats == 2)
			sc.on_row = ignore_row;
	}
	/* Workers cannot share one page or one count: these run in order. */
	if (sc.echo || stats)
		jobs = 1;

	static const char *stdin_only[] = {"-"};
	const char *const *inputs = nin ? (const char *const *)argv + optind : stdin_only;
	ro.max_line = bufsize;
	struct input_result res = inputs_scan(inputs, nin ? nin : 1, jobs, &sc, &pr, &ro);
	int errors = res.errors;
	uint64_t total = res.matches;
	if (sc.echo && !pr.err)
		pr_finish(&pr);
	pr_flush(&pr);
	if (sc.stats) {
		if (stats_print(sc.stats, stats == 2 ? stdout : stderr) < 0 && stats == 2 && !pr.err)
			pr.err = errno ? errno : EIO;
		stats_free(sc.stats);
	}
	if (getenv("TRAWL_STATS"))
		matcher_stats(m, stderr);
	int werr = pr.err;
	scan_free(&sc);
	matcher_free(m);
	pat_free(set);
	pr_free(&pr);
	if (werr == EPIPE)
		return errors ? 2 : total ? 0 : 1;   /* the reader left: end quietly */
	if (werr) {
		warnmsg("write error: %s", strerror(werr));
		return 2;
	}
	return errors ? 2 : total ? 0 : 1;
}
