# DATE rules for French text.
type    date
lang    fr

list    month    lists/months.tsv
list    weekday  lists/weekdays.tsv
list    rel      lists/relative.tsv

define  day      (?:[12][0-9]|3[01]|0?[1-9])(?:er)?
define  year     (?:1[89]|20)[0-9]{2}

# le 26 février 2024 | lundi 26 février 2024 | 1er mars | 26 févr. 2024
rule    day-month-year (?i)(?:le\s+)?(?:(?<weekday>{weekday})\.?\s+)?(?<day>{day})\s+(?<month>{month})(?:\s+(?<year>{year}))?(?!\w)

# mars 2024 | en mars 2024
rule    month-year     (?i)(?<month>{month})\s+(?<year>{year})(?!\w)

# 26/02/2024 | 26.02.2024 | 26-02-2024 (day first)
rule    dmy-numeric    (?<day>{day})([/.-])(?<month>0?[1-9]|1[0-2])\g{-1}(?<year>{year}|[0-9]{2})(?![0-9])

# 2024-02-26
rule    iso            (?<year>{year})-(?<month>0[1-9]|1[0-2])-(?<day>[0-3][0-9])(?![0-9])

# en 2023 | depuis 2019 (the year only)
rule    year-after-prep (?<=\ben |\bdepuis |\bdès |\bd'ici |\bfin |\bdébut |\bmi-|\bannée |\bexercice |\bavant |\baprès )(?<year>{year})(?![0-9]|\s*(?:%|€|\$))

# hier | la semaine dernière | l'an dernier | cette année
rule    relative       (?i)(?<rel>{rel})(?!\w)
