# PERCENT rules for French text.  Conventions: patterns/MONEY.md.
type    percent
lang    fr

list    numword  lists/numbers.tsv

# 12,5 | 1 000,5 | 1.000 | 0,25 | ,5 (the parser decides what the marks are)
define  num      (?>(?:(?=[0-9]{1,3}[ .'][0-9]{3}(?![0-9]))[0-9]{1,3}(?:[ .'][0-9]{3}(?![0-9]))++|[0-9]++)(?:[.,][0-9]++)?|,[0-9]++)(?![0-9]|[.,][0-9])
define  nw       (?!et(?!\w))(?:{numword})(?!\w)
define  numw     (?:{nw}(?:(?:[\s-]+et[\s-]+(?=(?:un|une|onze)(?!\w))|[\s-]+){nw})*)
define  sgn      (?:(?<![\w.,%\)\]-])(?<sign>[-+]))
# % | pour cent | pourcent | pour-cent | p. 100 | p.c. ; never "points de pourcentage"
define  word     (?:pour[\s-]?cents?|pourcents?|pourcentages?(?!\s+(?:de\s+)?points?)|p\.\s?100|p\.\s?c\.)(?!\w)
define  pct      (?:[ ]?%|[ ]*{word})

# 12,5 % | 12,5% | +3 % | -0,4 % | 12,5 pour cent | 4,800%, and ranges, two rows:
# de 10 à 15 % | 10-15 % | 10 % à 15 % | 2 à 3 pour cent
rule    num-pct      (?i)(?<part1>{sgn}?(?<amount>{num})(?:{pct})?)
                     (?:[ ]*(?:-|à|au)[ ]*(?<part2>(?<sign2>[-+])?(?<amount2>{num}){pct})|(?<=%|[a-z.]))

# entre 10 et 15 % | entre 10 % et 15 %
rule    range        (?i)entre\s+(?<part1>{sgn}?(?<amount>{num})(?:{pct})?)\s+et\s+(?<part2>(?<sign2>[-+])?(?<amount2>{num}){pct})

# dix pour cent | cinq cent trente-cinq pourcent | cent pourcentages
rule    words-pct    (?i)(?<amount>{numw})\s+{word}

# pourcentage de vingt | pourcent des trois cent cinq (the number after)
rule    pct-of       (?i)(?:pourcentages?|pourcents?)\s+(?:de|des|du|d')\s*(?<amount>{numw}|{num})(?!\w)(?!\s*(?:%|pour|points?))
