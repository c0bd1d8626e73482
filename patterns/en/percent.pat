# PERCENT rules for English text.  Conventions: patterns/MONEY.md.
type    percent
lang    en

list    numword  lists/numbers.tsv

# 12.5 | 1,000.5 | 0.25 | .5 (the parser decides what the marks are)
define  num      (?>(?:(?=[0-9]{1,3}[ ,'][0-9]{3}(?![0-9]))[0-9]{1,3}(?:[ ,'][0-9]{3}(?![0-9]))++|[0-9]++)(?:[.,][0-9]++)?|\.[0-9]++)(?![0-9]|[.,][0-9])
define  nw       (?!(?:and|a|an)(?!\w))(?:{numword})(?!\w)
define  numw     (?:(?:an?\s+(?=(?:hundred|thousand)(?!\w)))?{nw}(?:(?:(?<=hundred|thousand)\s+and\s+|[\s-]+){nw})*)
define  sgn      (?:(?<![\w.,%\)\]-])(?<sign>[-+]))
# % | percent | per cent | pct | percentage(s) ; never "percentage points"
define  word     (?:per[\s-]?cents?|percents?|pct|percentages?(?!\s+points?))(?!\w)
define  pct      (?:[ ]?%|[ ]*{word}|pc(?!\w))

# 12.5% | 12.5 % | +3% | -0.4% | 12.5 per cent | 240 percent | 5pc, and ranges, two rows:
# 10-15% | 10 to 15 percent | from 10% to 15%
rule    num-pct      (?i)(?<part1>{sgn}?(?<amount>{num})(?:{pct})?)
                     (?:[ ]*(?:-|to)[ ]*(?<part2>(?<sign2>[-+])?(?<amount2>{num}){pct})|(?<=%|[a-z]))

# between 10 and 15 percent | between 10% and 15%
rule    range        (?i)between\s+(?<part1>{sgn}?(?<amount>{num})(?:{pct})?)\s+and\s+(?<part2>(?<sign2>[-+])?(?<amount2>{num}){pct})

# fifty percent | one hundred percents | twenty-five per cent
rule    words-pct    (?i)(?<amount>{numw})\s+{word}

# percentage of twenty | percent of 20 (the number after)
rule    pct-of       (?i)(?:percentages?|percents?|per\s?cents?)\s+of\s+(?<amount>{numw}|{num})(?!\w)(?!\s*(?:%|per|points?))
