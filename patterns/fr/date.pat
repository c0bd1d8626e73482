# DATE rules for French text.  Conventions (spans, values): patterns/DATE.md.
# Group names feed src/date.c; a range is one match with a group "sep"
# between its two ends.
type    date
lang    fr

list    month    lists/months.tsv
list    weekday  lists/weekdays.tsv
list    rel      lists/relative.tsv
list    relm     lists/relative-month.tsv
list    day      lists/days.tsv
list    quarter  lists/quarters.tsv
list    decade   lists/decades.tsv
list    dir      lists/dir.tsv
list    nth      lists/nth.tsv
list    holiday  lists/holidays.tsv
list    numword  lists/date-numbers.tsv

# ---- pieces ---------------------------------------------------------------
# day and month in digits, four- and two-digit years
define  dn       (?:3[01]|[12][0-9]|0?[1-9])(?![0-9])
define  mn       (?:1[0-2]|0?[1-9])(?![0-9])
define  y4       (?:1[0-9]|20)[0-9]{2}(?![0-9])
define  yy       [0-9]{2}(?![0-9])
# a year in words: "deux mille vingt-quatre", "mil neuf cent quatre-vingt-dix"
define  yw       (?:deux[\s-]+mille|mil(?:le)?[\s-]+neuf[\s-]+cents?|dix-neuf[\s-]+cents?)(?:[\s-]+(?!et\b){numword}|[\s-]+et[\s-]+{numword}){0,5}(?![\w-])
define  year     (?:{y4}|{yw})
# a day of the month: "26", "1er", "15e", "premier", "quinze", "vingt et un"
define  dd       (?:{dn}(?:er|re|ère|ème|eme|e|ᵉʳ|ᵉ)?|{day})(?![\w'])
# a month name, abbreviated or not: "février", "févr.", "sept"
define  mw       {month}(?![\w'])
define  mfull    (?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)(?![\w'-])
define  wdfull   (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?![\w'-])
define  wdany    {weekday}(?!\w)
# not inside a number, a version, a path or a clock time
define  nb       (?<![\w,/:.]|[0-9]-)
define  ne       (?![0-9]|[-/.,][0-9]|\s*[:h][0-9])
# what a year is not followed by: an amount, a unit, a count
define  yend     (?![0-9]|[.,][0-9]|\s*(?:%|‰|€|\$|£|¥|[:h][0-9])|\s+(?:euros?|dollars?|francs?|livres?|yens?|yuans?|pour\s*cent|pourcents?|personnes|habitants|salariés|employés|emplois|postes|exemplaires|unités|tonnes|mètres|kilomètres|km|kg|voix|points|pages|mots|ans|jours|heures|fois|morts|victimes|m²|m2|ha)\b)
# no part of a period: "fin mars", "début 2023", "mi-juin"
define  nopart   (?<!\bfin\s)(?<!\bdébut\s)(?<!\bdebut\s)(?<!\bmi-)(?<!\bmi\s)(?<!\bfin\sd')(?<!\bfin\sde\s)(?<!\bdébut\sde\s)

# one date with a day, for range ends
define  dtext    (?:(?<weekday>{wdany})\.?\s+)?(?<day>{dd})(?:\s+(?:de\s+)?(?<month>{mw})(?:,?\s+(?:de\s+)?(?<year>{year}))?)?
define  dtext2   (?:(?<weekday>{wdany})\.?\s+)?(?<day>{dd})\s+(?:de\s+)?(?<month>{mw})(?:,?\s+(?:de\s+)?(?<year>{year}))?
define  dnum     {nb}(?<day>{dn})/(?<month>{mn})(?:/(?<year>{y4}|{yy}))?(?![0-9]|[/.,][0-9])
define  dnum2    (?<day>{dn})/(?<month>{mn})(?:/(?<year>{y4}|{yy})|,\s*(?<year>{y4}))?{ne}
define  rsep     (?<sep>\s*-\s*|\s+(?:au|à|jusqu'au|jusqu'à)\s+|(?(<entre>)\s+et\s+|(*FAIL)))

# ---- dates with a day -------------------------------------------------------
# le 26 février 2024 | lundi 26 février | le 1er mars | 26 févr. 2024 |
# mer. 10 juin 2020 | le 4e jour de juillet de 1995 | 31 octobre 74
rule    day-month     (?i)(?:le\s+)?(?:(?<weekday>{wdany})\.?,?\s+(?:le\s+)?)?(?<day>{dd})\s+(?:jour\s+(?:de\s+|d'))?(?:de\s+)?(?<month>{mw})(?:,?\s+(?:de\s+)?(?<year>{year})(?![-/][0-9])|\s+(?<year>{yy})(?!\s*[\w%€$£]))?

# novembre 23 de 1987 | Oct/2 | déc/2018 (the month-year is below)
rule    month-day     (?i)(?<month>{mw})(?:\s+(?<day>{dn})(?:er|e)?,?\s+(?:de\s+)?(?<year>{y4})|/(?<day>{dn})(?![/0-9]))

# 26/02/2024 | 26.02.2024 | 26-02-2024 | 26/02/24 (day first) | 01/août/2019 |
# 2024-02-26 | 2015-3-3 | 2024/02/26, with a weekday or "le" before
rule    numeric       (?i)(?:(?:le\s+)?(?<weekday>{wdany})\.?,?\s+)?(?:le\s+)?{nb}(?:(?<day>{dn})(?:/(?<month>{mn})/|\.(?<month>{mn})\.|-(?<month>{mn})-)(?<year>{y4}|{yy})|(?<day>{dn})[/-](?<month>{mw})[/-](?<year>{y4}|{yy})|(?<year>{y4})(?:-(?<month>{mn})-|/(?<month>{mn})/|\.(?<month>{mn})\.)(?<day>{dn})){ne}

# le 3/3 | samedi 23/06 (a day and a month in digits need a cue)
rule    numeric-dm    (?i)(?:le\s+(?:(?<weekday>{wdany})\s+)?|(?<weekday>{wdany})\.?,?\s+)(?<day>{dn})/(?<month>{mn}){ne}

# 29/2 | 15/02 (a bare day/month: only with a day above 12 or a two-digit
# month, so that fractions and scores like 2/3 stay out)
rule    numeric-dm-bare {nb}(?:(?<day>1[3-9]|2[0-9]|3[01])/(?<month>{mn})|(?<day>{dn})/(?<month>0[1-9]|1[0-2])){ne}(?!\s*(?:des?|du|d'|%)\b)

# lundi 21 (the day of the nearest month that falls on that weekday)
rule    weekday-day   (?i)(?<![\w-])(?:le\s+)?(?<weekday>{wdfull})\s+(?<day>{dn})(?:er|e)?(?!\s*(?:h\b|h[0-9]|:[0-9]|[.,][0-9]|%|€|\$|°))(?!\s+(?:heures?|h|ans|jours|mois|semaines|minutes|personnes|morts|blessés|victimes|buts|points)\b)

# le 16 (a bare day of the month: only before punctuation)
rule    day-alone     (?i)le\s+(?<day>{dn})(?:er)?(?=\s*(?:[.;!?)]|,(?![0-9])|$))

# le 20 de ce mois | le 5 du mois prochain
rule    day-relmonth  (?i)(?:le\s+)?(?<day>{dd})\s+(?<relm>{relm})(?![\w-])

# le premier lundi de mars 2024 | le dernier vendredi du mois prochain
rule    nth-weekday   (?i)(?:le\s+)?(?<nth>{nth})\s+(?<weekday>{wdfull})\s+(?:(?:de\s+|d')(?<month>{mw})(?:\s+(?<year>{y4}))?|(?<relm>{relm})(?![\w-]))

# Noël | la Toussaint | le jour de l'an 2020 | la Saint-Patrick
rule    holiday       (?i)(?<!\bpère\s)(?:(?:le|la)\s+|l')?(?<holiday>{holiday})(?:\s+(?<year>{y4}))?(?![\w-])(?!\s+\p{Lu})

# ---- months, years, quarters, weeks, decades ----------------------------------
# mars 2024 | décembre, 2018 | décembre/2018 | mai de 2019 | mars deux mille vingt
rule    month-year    (?i){nopart}(?<month>{mw})(?:,?\s+(?:de\s+)?|\s*[/-]\s*)(?<year>{year}){yend}

# mars | en mars | mars dernier | juin prochain (Mars with a capital is
# the planet unless a preposition says otherwise)
rule    month         (?i){nopart}(?<![\w-])(?:(?-i:(?!Mars\b))(?<month>{mfull})|(?<=\ben\s|\bde\s|\bd'|\bdepuis\s|\bdès\s)(?<month>mars)(?![\w'-]))(?:\s+(?<dir>dernier|prochain))?(?!\s+(?:suivant|précédent)\b)

# 2015-12 | 2014/10 | 2015-3 (year and month in digits)
rule    year-month    {nb}(?<year>{y4})[-/](?<month>{mn})(?![0-9]|[-/.][0-9])

# a year in context: en 2023 | depuis 2019 | l'année 2008 (the year only) |
# en 2019 et 2020 | de 2014. (only before punctuation)
rule    year          (?i)(?:(?<=\ben\s|\bdepuis\s|\bdès\s|\bavant\s|\baprès\s|\bjusqu'en\s|\bd'ici\s|\bpour\s|\bvers\s|\bcourant\s|\bdurant\s|\bpendant\s|\bannée\s|\bl'an\s|\bentre\s)(?<year>{year})|(?<=\ben\s[0-9]{4},\s|\ben\s[0-9]{4}\set\s|\ben\s[0-9]{4}\sou\s|[0-9]{4},\s[0-9]{4},\s|[0-9]{4},\s[0-9]{4}\set\s|[0-9]{4},\s[0-9]{4}\sou\s)(?<year>{y4})|(?<=\bde\s|\bà\s)(?<year>{y4})(?=\s*(?:[.;!?)]|,(?![0-9])|$))){yend}

# T1 2024 | T3-23 | Q3 2023 | q1 de 2017 | 2017-q1 | 3Q23 | Q3
rule    quarter-code  (?i)(?<![\w-])(?:[QT](?<quarter>[1-4])(?:[\s-]*(?<year>{y4})|\s+(?:de\s+|d')(?<year>{y4})|[\s-]*'?(?<year>{yy}))|(?<year>{y4})[\s-]*[QT](?<quarter>[1-4])|(?<quarter>[1-4])[QT](?<year>{yy})|Q(?<quarter>[1-4]))(?![\w-])

# au T2 | le T4 (a bare "T2" is also a flat: only after au, du, le, ce)
rule    quarter-t     (?i)(?<=\bau\s|\bdu\s|\ble\s|\bce\s)T(?<quarter>[1-4])(?![\w-])

# le 1er trimestre 2024 | premier trimestre | le troisième trimestre de 2023 |
# le dernier trimestre 2023
rule    quarter       (?i)(?:(?:le|ce)\s+)?(?:(?<quarter>(?!dernier){quarter})\s+trimestre(?:\s+(?:de\s+l'(?:année|an)\s+|de\s+|d')?(?<year>{y4}))?|(?<quarter>dernier)\s+trimestre\s+(?:de\s+l'(?:année|an)\s+|de\s+|d')?(?<year>{y4}))(?![\w-])

# la semaine 12 | semaine 12 de 2024 | 2024-W09
rule    week          (?i)(?:(?:la\s+)?semaine\s+(?:n°\s*|no\.?\s*|numéro\s+)?(?<week>5[0-3]|[1-4][0-9]|0?[1-9])(?![0-9]|[,.][0-9])(?:\s+(?:de\s+l'(?:année|an)\s+|de\s+|d')?(?<year>{y4}))?|{nb}(?<year>{y4})-?W(?<week>5[0-3]|[1-4][0-9]|0[1-9])(?![0-9-]))

# les années 1990 | les années 90 | les années quatre-vingt-dix | la décennie 2010
rule    decade        (?i)(?:(?:les\s+)?années\s+(?<decade>[12][0-9]{2}0|[1-9]0|{decade})|(?:la\s+)?décennie\s+(?<decade>[12][0-9]{2}0))(?![\w'-])

# ---- relative dates -----------------------------------------------------------
# hier | demain | la semaine dernière | le mois prochain | l'an dernier | cette année
rule    relative      (?i)(?<rel>{rel})(?![\w'-])

# lundi dernier | ce vendredi | mardi prochain | vendredi
rule    weekday       (?i)(?<![\w-])(?<!\ble\s)(?<!\bchaque\s)(?:(?<dir>ce)\s+)?(?<weekday>{wdfull})(?:\s+(?<dir>prochain|dernier|passé))?(?!\s+(?:suivant|précédent|d'après|d'avant|soir|matin|midi|après-midi|après\s+midi)\b)(?![\w'-])

# lundi cette semaine | dimanche de la semaine dernière
rule    weekday-week  (?i)(?<weekday>{wdfull})\s+(?:de\s+)?(?<rel>(?:la\s+)?semaine\s+(?:derni[eè]re|pass[ée]e|prochaine)|cette\s+semaine)(?![\w'-])

# ---- ranges: one row START/END ---------------------------------------------------
# du 3 au 5 mars 2024 | 13-15 juillet | entre le 13 et le 15 juillet |
# du 01/10 au 02/11/2017 | 28/2-1/3 | du 1er oct. 2018 au 7 oct. 2018
rule    range-day     (?i)(?<![/.,:]|[0-9]-)(?:(?<entre>entre)\s+|du\s+)?(?:le\s+)?(?:{dtext}|{dnum}){rsep}(?:le\s+)?(?:{dtext2}|{dnum2})(?![\w'])

# de janvier à mars 2024 | juin-août 1992 | décembre/2018-mai/2019 | d'avril à juin 2017
rule    range-month   (?i){nopart}(?:(?<entre>entre)\s+|de\s+|d')?(?<month>{mw})(?:\s*[/,]?\s*(?<year>{y4}))?{rsep}(?<month>{mw})(?:\s*[/,]?\s*(?:de\s+|en\s+)?(?<year>{year}))?(?![\w'])

# 2019-2021 | 2019-21 | entre 2019 et 2021 | de 2014 à 2018 | entre 2014-2018
rule    range-year    (?i){nb}(?:(?<entre>entre)\s+|de\s+|d')?(?<year>{y4})(?:(?<sep>\s*-\s*)(?<year>{y4}|{yy})|(?<sep>\s+(?:à|au|jusqu'à|jusqu'en)\s+|(?(<entre>)\s+et\s+|(*FAIL)))(?<year>{y4}))(?![-/.][0-9]){yend}

# du T1 au T3 2024 | du q1 de 2017 au q3 de 2018 | Q1-Q3 2024
rule    range-quarter (?i)(?:(?<entre>entre)\s+|du\s+)?(?:le\s+)?(?:[QT](?<quarter>[1-4])(?:\s+(?:de\s+|d')?(?<year>{y4}))?|(?<quarter>{quarter})\s+trimestre(?:\s+(?:de\s+|d')?(?<year>{y4}))?){rsep}(?:le\s+)?(?:[QT](?<quarter>[1-4])(?:\s+(?:de\s+|d')?(?<year>{y4}))?|(?<quarter>{quarter})\s+trimestre(?:\s+(?:de\s+|d')?(?<year>{y4}))?)(?![\w'-])

# ---- not dates --------------------------------------------------------------
# numbers inside a web address or a file path
reject  url           (?i)(?:https?://|www\.)[^\s<>"]+
# version numbers: version 2.10.2024, v1.2.3
reject  version       (?i)(?:version|v)\.?\s?[0-9]+(?:\.[0-9]+)+
# page numbers and ranges: page 2019, p. 12-15, pp. 2010-2012
reject  page          (?i)(?:pages?|pp?\.)\s*[0-9]+(?:\s*-\s*[0-9]+)?
# phone numbers: 01 23 45 67 89, 06.12.34.56.78, +33 1 23 45 67 89
reject  phone         (?:\+[0-9]{2}\s?(?:\(0\)\s?)?[1-9]|0[1-9])(?:[\s.-]?[0-9]{2}){4}(?![0-9])
