# PERCENT rules for English text.  Conventions: patterns/MONEY.md.
type    percent
lang    en

list    numword  lists/numbers.tsv

define  num      (?>[0-9]{1,3}(?:(?:,[0-9]{3})+|(?:'[0-9]{3})+|(?: [0-9]{3})+)(?:\.[0-9]+)?|[0-9]+(?:[.,][0-9]+)?|\.[0-9]+)(?![0-9]|[.,][0-9])
define  nw       (?!(?:and|a|an)(?!\w))(?:{numword})(?!\w)
define  numw     (?:(?:an?\s+(?=(?:hundred|thousand)(?!\w)))?{nw}(?:(?:(?<=hundred|thousand)\s+and\s+|[\s-]+){nw})*)
define  sgn      (?:(?<![\w.,%\)\]-])(?<sign>[-+]))
# % | percent | per cent | pct | percentage(s) ; never "percentage points"
define  word     (?:per[\s-]?cents?|percents?|pct|percentages?(?!\s+points?))(?!\w)
define  pct      (?:\s?%|\s*{word}|pc(?!\w))

# 12.5% | 12.5 % | +3% | -0.4% | 12.5 per cent | 240 percent | 5pc
rule    num-pct      (?i){sgn}?(?<amount>{num}){pct}

# fifty percent | one hundred percents | twenty-five per cent
rule    words-pct    (?i)(?<amount>{numw})\s+{word}

# percentage of twenty | percent of 20 (the number after)
rule    pct-of       (?i)(?:percentages?|percents?|per\s?cents?)\s+of\s+(?<amount>{numw}|{num})(?!\w)(?!\s*(?:%|per|points?))

# 10-15% | from 10 to 15 percent | between 10 and 15 % | 10% to 15%
define  end1     (?<part1>{sgn}?(?<amount>{num})(?:\s?%|\s*{word})?)
define  end2     (?<part2>(?:(?<sign2>[-+]))?(?<amount2>{num}){pct})
rule    range        (?i)(?:between\s+{end1}\s+and\s+{end2}|(?:from\s+)?{end1}\s*(?:-|to)\s*{end2})

# not PERCENT: 3 percentage points, 25 basis points (documented in MONEY.md)
reject  points       (?i)(?:[-+])?{num}\s*(?:percentage\s+points?|basis\s+points?|bps?\b|pts?\b|pp\b)
