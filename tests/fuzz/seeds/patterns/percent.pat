# PERCENT rules for French text.
type    percent
lang    fr

list    numword  lists/numbers.tsv

define  num      (?:[0-9]{1,3}(?:[ .,'][0-9]{3})+(?:,[0-9]+)?|[0-9]+(?:[.,][0-9]+)?)(?![0-9])

# 12,5 % | 12,5% | +3 % | -0,4 % | 12,5 pour cent
rule    num-pct      (?i)(?<sign>[-+]\s?)?(?<amount>{num})\s*(?:%|pour\s*cent\b|pourcents?\b)
