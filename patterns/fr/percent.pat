# PERCENT rules for French text.  Conventions: patterns/MONEY.md.
type    percent
lang    fr

list    numword  lists/numbers.tsv

define  num      (?>[0-9]{1,3}(?:(?:\.[0-9]{3})+|(?:'[0-9]{3})+|(?: [0-9]{3})+)(?:,[0-9]+)?|[0-9]+(?:[.,][0-9]+)?|,[0-9]+)(?![0-9]|[.,][0-9])
define  nw       (?!et(?!\w))(?:{numword})(?!\w)
define  numw     (?:{nw}(?:(?:[\s-]+et[\s-]+(?=(?:un|une|onze)(?!\w))|[\s-]+){nw})*)
define  sgn      (?:(?<![\w.,%\)\]-])(?<sign>[-+]))
# % | pour cent | pourcent | pour-cent | p. 100 | p.c. ; never "points de pourcentage"
define  pct      (?:\s?%|\s*(?:pour[\s-]?cents?|pourcents?|pourcentages?(?!\s+(?:de\s+)?points?)|p\.\s?100|p\.\s?c\.)(?!\w))

# 12,5 % | 12,5% | +3 % | -0,4 % | 12,5 pour cent | 4,800%
rule    num-pct      (?i){sgn}?(?<amount>{num}){pct}

# dix pour cent | cinq cent trente-cinq pourcent | cent pourcentages
rule    words-pct    (?i)(?<amount>{numw})\s+(?:pour[\s-]?cents?|pourcents?|pourcentages?(?!\s+(?:de\s+)?points?))(?!\w)

# pourcentage de vingt | pourcent des trois cent cinq (the number after)
rule    pct-of       (?i)(?:pourcentages?|pourcents?)\s+(?:de|des|du|d')\s*(?<amount>{numw}|{num})(?!\w)(?!\s*(?:%|pour|points?))

# de 10 à 15 % | entre 10 et 15 % | 10-15 % | 2 à 3 pour cent
define  end1     (?<part1>{sgn}?(?<amount>{num})(?:\s?%)?)
define  end2     (?<part2>(?:(?<sign2>[-+])\s?)?(?<amount2>{num}){pct})
rule    range        (?i)(?:entre\s+{end1}\s+et\s+{end2}|(?:de\s+)?{end1}\s*(?:-|à|au)\s*{end2})

# not PERCENT: 3 points de pourcentage, 2 points (documented in MONEY.md)
reject  points       (?i)(?:[-+]\s?)?{num}\s*(?:points?\s+de\s+pourcentage|points?\s+de\s+base|pts?\b|pb\b)
