# MONEY rules for French text.
type    money
lang    fr

list    cur      lists/currency.tsv     # every way to name a currency -> ISO code
list    cursym   lists/symbol.tsv       # the forms that may stand before the amount
list    scale    lists/scale.tsv        # scale words and suffixes -> multiplier
list    numword  lists/numbers.tsv      # numbers in words (see numbers.h)

# 1 000 000 | 1.000.000 | 1'000 | 1 000,50 | 1000000 | 1,5 | 12,345
define  num      (?:[0-9]{1,3}(?:[ .,'][0-9]{3})+(?:,[0-9]+)?|[0-9]+(?:[.,][0-9]+)?)(?![0-9])
define  scl      (?:\s*(?<scale>{scale})(?:\s+de\s+|\s+d'|\s*))

# 15 millions de dollars | 3 millions d'euros | 20 € | 1,2 Md€ | 30 EUR
rule    amount-cur   (?i)(?<sign>[-+]\s?)?(?<amount>{num})(?:{scl}|\s*)(?<cur>{cur})(?!\w)

# $15 millions | € 20 | USD1,23 | US$ 4,7 milliards
rule    cur-amount   (?i)(?<cur>{cursym})\s?(?<sign>[-+])?(?<amount>{num})(?:\s*(?<scale>{scale}))?(?!\w)

# 83 milliards (the currency comes from the sentence, or it is not money)
rule    amount-scale (?i)(?<amount>{num})\s*(?<scale>{scale})(?!\w)(?!\s+d(?:e\s|'))
