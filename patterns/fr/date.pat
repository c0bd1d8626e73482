# DATE rules for French text.  Conventions (spans, values): patterns/DATE.md.
# Group names feed src/date.c; a range is one match with a group "sep"
# between its two ends.  Numeric dates are day first (26/02/2024).
#
# Speed: a rule runs at every candidate whose first word (or digit) it can
# start with, so forms that share a first word are one rule whose
# alternatives are ordered longest first ("le ...", "la ...", a digit, a
# month, a weekday, a range opener); the hot alternations are factored
# tries (the *trie defines, generated from the lists: keep them in sync;
# tests/cases/date-lists-fr checks every surface); white space is
# [ \t\r\n] ({sp}): the text is normalized, and \s, \w under PCRE2_UCP
# cost a Unicode lookup per character.
type    date
lang    fr
list    common   lists/common-words.tsv   # the language's commonest words:
words   common                          # they tell its text from another's

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
define  sp       [ \t\r\n]
define  wc       [\w]
# generated tries (lists/months.tsv, weekdays.tsv, days.tsv, quarters.tsv,
# nth.tsv, relative.tsv without the entries that start with an article,
# relative-month.tsv, holidays.tsv, decades.tsv)
define  mtrie    (?:(?:a(?:o(?:ut|û(?:\.|t))|vr(?:\.|il)?)|d(?:ec(?:\.|embre)?|éc(?:\.|embre)?)|f(?:e(?:b(?:\.)?|v(?:\.|r(?:\.|ier)?)?)|év(?:\.|r(?:\.|ier)?)?)|j(?:an(?:\.|v(?:\.|ier)?)?|ui(?:l(?:\.|let)?|n))|ma(?:i|rs)|nov(?:\.|embre)?|oct(?:\.|obre)?|sep(?:\.|t(?:\.|embre)?)?))
define  wdtrie   (?:(?:dim(?:\.|anche)?|jeu(?:\.|di)?|lun(?:\.|di)?|m(?:ar(?:\.|di)?|er(?:\.|credi)?)|sam(?:\.|edi)?|ven(?:\.|dredi)?))
define  daytrie  (?:(?:cinq(?:uième)?|d(?:eux(?:ième)?|ix(?:-(?:huit(?:ième)?|neu(?:f|vième)|sept(?:ième)?)|ième)?|ouz(?:e|ième))|huit(?:ième)?|neu(?:f|vième)|onz(?:e|ième)|premier|qu(?:at(?:orz(?:e|ième)|r(?:e|ième))|inz(?:e|ième))|s(?:e(?:iz(?:e|ième)|pt(?:ième)?)|ix(?:ième)?)|tr(?:e(?:iz(?:e|ième)|nt(?:e(?:{sp}+et{sp}+un(?:ième)?|-et-un)?|ième))|ois(?:ième)?)|vingt(?:{sp}+(?:cinq|deux|et{sp}+un(?:ième)?|huit|neuf|quatre|s(?:ept|ix)|trois)|-(?:cinq(?:uième)?|deux(?:ième)?|et-un|huit(?:ième)?|neu(?:f|vième)|quatr(?:e|ième)|s(?:ept(?:ième)?|ix(?:ième)?)|trois(?:ième)?)|ième)?))
define  qtrie    (?:(?:1er|2(?:e(?:me)?|ème)|3(?:e(?:me)?|ème)|4(?:e(?:me)?|ème)|deuxi(?:eme|ème)|premier|quatri(?:eme|ème)|second|troisi(?:eme|ème)))
define  nthtrie  (?:(?:1(?:er|re|ère)|2(?:e(?:me)?|ème)|3(?:e(?:me)?|ème)|4(?:e(?:me)?|ème)|5(?:e(?:me)?|ème)|cinqui(?:eme|ème)|de(?:rnier|uxi(?:eme|ème))|premi(?:er|ère)|quatri(?:eme|ème)|second|troisi(?:eme|ème)))
define  reltrie  (?:(?:a(?:pr(?:es-demain|ès(?:{sp}+demain|-demain))|ujourd(?:{sp}+hui|'hui)|vant(?:{sp}+hier|-hier))|ce(?:{sp}+(?:mois(?:-ci)?|trimestre(?:-ci)?)|tte{sp}+(?:ann(?:ee|ée)|décennie|semaine))|d(?:emain|écennie{sp}+prochaine)|hier|mois{sp}+(?:dernier|p(?:ass(?:e|é)|rochain))|semaine{sp}+(?:derni(?:ere|ère)|p(?:ass(?:ee|ée)|rochaine))|trimestre{sp}+(?:dernier|p(?:ass(?:e|é)|rochain))))
define  relmtrie (?:(?:ce{sp}+mois(?:-ci)?|d(?:e{sp}+ce{sp}+mois(?:-ci)?|u{sp}+mois{sp}+(?:courant|dernier|en{sp}+cours|p(?:assé|rochain)))))
define  holtrie  (?:(?:assomption|f(?:ete{sp}+du{sp}+travail|ête{sp}+d(?:e{sp}+la{sp}+musique|u{sp}+(?:muguet|travail)))|halloween|jour{sp}+de{sp}+(?:l'an|no(?:el|ël))|no(?:el|uvel{sp}+an|ël)|réveillon{sp}+de{sp}+noël|s(?:aint(?:{sp}+(?:patrick|sylvestre|valentin)|-(?:patrick|sylvestre|valentin))|t-(?:patrick|sylvestre|valentin))|toussaint|veille{sp}+de{sp}+noël))
define  dectrie  (?:(?:cinquante|huitante|nonante|octante|qua(?:rante|tre(?:{sp}+vingt(?:{sp}+dix)?|-vingt(?:-dix|s)?))|s(?:eptante|oixante(?:{sp}+dix|-dix)?)|trente|vingt))

# day and month in digits, four- and two-digit years
define  dn       (?:3[01]|[12][0-9]|0?[1-9])(?![0-9])
define  mn       (?:1[0-2]|0?[1-9])(?![0-9])
define  y4       (?:1[1-9]|20)[0-9]{2}(?![0-9])
define  yy       [0-9]{2}(?![0-9])
# a year in words: "deux mille vingt-quatre", "mil neuf cent quatre-vingt-dix"
define  yw       (?=[dm])(?:deux[ \t\r\n-]+mille|mil(?:le)?[ \t\r\n-]+neuf[ \t\r\n-]+cents?|dix-neuf[ \t\r\n-]+cents?)(?:[ \t\r\n-]+(?!et(?!{wc}))(?:{numword})|[ \t\r\n-]+et[ \t\r\n-]+(?:{numword})){0,5}(?!{wc}|-)
define  year     (?:{y4}|{yw})
# a day of the month: "26", "1er", "15e", "premier", "quinze", "vingt et un"
define  dd       (?:{dn}(?:er|re|ère|ème|eme|e|ᵉʳ|ᵉ)?|{daytrie}(?!-[a-zA-Z]))(?!{wc}|')
# a month name, abbreviated or not: "février", "févr.", "sept"
define  mw       {mtrie}(?!{wc}|')
define  mfull    (?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)(?!{wc}|['-])
define  wdfull   (?:lundi|m(?:ardi|ercredi)|jeudi|vendredi|samedi|dimanche)(?!{wc}|['-])
define  wdany    {wdtrie}(?!{wc})
# not inside a number, a version, a path or a clock time
define  nb       (?<![a-zA-Z0-9_,/:.]|[0-9]-)
define  ne       (?![0-9]|[-/.,][0-9]|{sp}*[:h][0-9])
# what a year is not followed by: an amount, a unit, a count
define  yend     (?![0-9]|[.,][0-9]|{sp}*(?:%|‰|€|\$|£|¥|[:h][0-9])|{sp}+(?:euros?|dollars?|francs?|livres?|yens?|yuans?|pour{sp}*cent|pourcents?|personnes|habitants|salariés|employés|emplois|postes|exemplaires|unités|tonnes|mètres|kilomètres|km|kg|voix|points|pages|mots|ans|jours|heures|fois|morts|victimes|m²|m2|ha)(?!{wc}))
# the separator of a range ("et" only after "entre")
define  rsep     (?<sep>{sp}*[-~]{sp}*|{sp}+(?:au|à|jusqu'au|jusqu'à){sp}+|(?(<entre>){sp}+et{sp}+|(*FAIL)))
define  rsep0    (?<sep>{sp}*[-~]{sp}*|{sp}+(?:au|à|jusqu'au|jusqu'à){sp}+)
# after a day: " février 2024", " jour de juillet de 1995", " octobre 74",
# " mars dernier" (the last 3 March before the reference date)
# une année relative après un mois, un jour ou un trimestre : "mars de l'année
# dernière", "le 1er trimestre de l'année prochaine", "juin de cette année"
define  frely    {sp}+(?:de{sp}+)?(?<rel>l'(?:année|an){sp}+(?:dernière|dernier|passée|passé|prochaine|prochain)|cette{sp}+année)(?!{wc}|-)
define  fdm      {sp}+(?:jour{sp}+(?:de{sp}+|d'))?(?:de{sp}+)?(?<month>(?&zsmw))(?:,?{sp}+(?:de{sp}+)?(?<year>(?&zsyear))(?![-/][0-9])|{sp}+(?<year>{yy})(?![:h.,]?[0-9]|{sp}*[a-zA-Z0-9%€$£:])|{sp}+(?<dir>dernier|prochain)(?!{wc}|-)|{frely})?
# the start of a range of days, after its day: " mars 2024" or nothing
define  dstart   (?:{sp}+(?:de{sp}+)?(?<month>(?&zsmw))(?:,?{sp}+(?<year>{y4}))?)?
# the end of a range of days: "5 mars 2024", "dimanche 15e juillet", "22 ce mois", "07/05, 2020"
define  dend     (?:le{sp}+)?(?:(?:(?<weekday>(?&zswdany))\.?{sp}+)?(?<day>(?&zsdd)){sp}+(?:(?:de{sp}+)?(?<month>(?&zsmw))(?:,?{sp}+(?:de{sp}+)?(?<year>(?&zsyear)))?|(?<relm>(?&zsrelmtrie))(?!{wc}|-))|(?<day>{dn})/(?<month>{mn})(?:/(?<year>{y4}|{yy})|,{sp}*(?<year>{y4}))?{ne})(?!{wc}|')
# numeric dates: 26/02/2024, 26.02.2024, 26-02-24, 01/août/2019, 2024-02-26
define  numdate  {nb}(?:(?<day>{dn})([/.-])(?<month>{mn})\g{-2}(?<year>{y4}|{yy}(?<!\b[0-9]\.[0-9]\.[0-9]{2}|\b[0-9]\.[0-9]{2}\.[0-9]{2}|\b[0-9]{2}\.[0-9]\.[0-9]{2}))|(?<day>{dn})[/-](?<month>{mw})[/-](?<year>{y4}|{yy})|(?<year>{y4})([-/.])(?<month>{mn})\g{-2}(?<day>{dn})){ne}
# a quarter in words: "1er trimestre 2024", "troisième trimestre de 2023",
# "dernier trimestre 2023" (the fourth, with a year only)
define  qword    (?:(?<quarter>{qtrie}){sp}+trimestre(?:{sp}+(?:de{sp}+l'(?:année|an){sp}+|de{sp}+|d')?(?<year>{y4})|{frely})?|(?<quarter>dernier){sp}+trimestre{sp}+(?:de{sp}+l'(?:année|an){sp}+|de{sp}+|d')?(?<year>{y4}))(?!{wc}|-)
# "premier lundi de mars 2024", "dernier vendredi du mois prochain"
define  nthwd    (?<nth>{nthtrie}){sp}+(?<weekday>{wdfull}){sp}+(?:(?:de{sp}+|d')(?<month>{mw})(?:{sp}+(?<year>{y4}))?|(?<relm>{relmtrie})(?!{wc}|-))
# "dernier jour d'octobre 2015"
define  lastday  (?<lastday>dernier){sp}+jour{sp}+(?:de{sp}+|d'|du{sp}+mois{sp}+(?:de{sp}+|d'))(?<month>(?&zsmw))(?:,?{sp}+(?:de{sp}+)?(?<year>{y4}))?
# "lundi 21" (the day of the nearest month that falls on that weekday)
define  wdday    (?<weekday>{wdfull}|(?:lun|mar|mer|jeu|ven|sam|dim)\.){sp}+(?<day>{dn})(?:er|e)?(?!{sp}*(?:h(?!{wc})|h[0-9]|:[0-9]|[.,][0-9]|%|€|\$|°))(?!{sp}+(?:heures?|h|ans|jours|mois|semaines|minutes|personnes|morts|blessés|victimes|buts|points)(?!{wc}))
# a quarter code: T1 2024, T3-23, Q3 2023, q1 de 2017
define  qcode    [QT](?<quarter>[1-4])(?:[ \t\r\n-]*(?<year>{y4})|{sp}+(?:de{sp}+|d')(?<year>{y4})|[ \t\r\n-]*'?(?<year>{yy}))(?!{wc}|-)

# ---- "le ..." (one rule: "le" is frequent) ------------------------------------
# le 3 au 5 mars | le 26 février 2024 | le lundi 26 février | le 01/01/2016 |
# le samedi 23/06/18 | le 3/3 | le 20 de ce mois | le premier lundi de mars |
# le dernier jour d'octobre | le 1er trimestre 2024 | le T4 | le jour de l'an |
# le mois dernier | le lundi 21 | le 16 (a bare day: before punctuation)
rule    le            (?i)le{sp}+(?=[0-9a-zé])(?:(?:(?<weekday>(?&zswdany))\.?{sp}+)?(?<day>(?&zsdd)){dstart}{rsep0}{dend}|(?:(?<weekday>(?&zswdany))\.?,?{sp}+(?:le{sp}+)?)?(?<day>(?&zsdd)){fdm}|(?:(?<weekday>(?&zswdany))\.?,?{sp}+)?(?:{numdate}|{nb}(?<day>{dn})/(?<month>{mn}){ne})|(?<day>(?&zsdd)){sp}+(?<relm>(?&zsrelmtrie))(?!{wc}|-)|{nthwd}|{lastday}|{qword}|T(?<quarter>[1-4])(?!{wc}|-)|(?<holiday>(?&zsholtrie))(?:{sp}+(?<year>{y4}))?(?!{wc}|-)(?!{sp}+\p{Lu})|(?<rel>(?:mois|trimestre){sp}+(?:dernier|prochain|pass[ée]))(?!{wc}|-)|{wdday}|(?<day>{dn})(?:er)?(?={sp}*(?:[.;!?)](?![0-9])|,(?![0-9])|$)))(?(DEFINE)(?<zsdd>{dd})(?<zsholtrie>{holtrie})(?<zsmw>{mw})(?<zsrelmtrie>{relmtrie})(?<zswdany>{wdany})(?<zsyear>{year}))

# ---- "la ...", "l'...", "les ..." -------------------------------------------------
# la semaine dernière | la semaine 12 | la Toussaint | la décennie 2010
rule    la            (?i)la{sp}+(?:(?<rel>semaine{sp}+(?:derni[eè]re|pass[ée]e|prochaine)|décennie{sp}+prochaine)(?!{wc}|['-])|semaine{sp}+(?:n°{sp}*|no\.?{sp}*|numéro{sp}+)?(?<week>5[0-3]|[1-4][0-9]|0?[1-9])(?![0-9]|[,.][0-9])(?:{sp}+(?:de{sp}+l'(?:année|an){sp}+|de{sp}+|d')?(?<year>{y4}))?|décennie{sp}+(?<decade>[12][0-9]{2}0)(?!{wc})|(?<holiday>(?&zsholtrie))(?:{sp}+(?<year>{y4}))?(?!{wc}|-)(?!{sp}+\p{Lu}))(?(DEFINE)(?<zsholtrie>{holtrie}))
# l'an dernier | l'année prochaine | l'Assomption
rule    l-            (?i)(?:(?<rel>l'(?:an|ann[ée]e){sp}+(?:derni[eè]re?|pass[ée]e?|prochaine?))(?!{wc}|['-])|l'(?<holiday>{holtrie})(?:{sp}+(?<year>{y4}))?(?!{wc}|-))
# les années 1990 | années 90 | les années quatre-vingt-dix
rule    decade        (?i)(?:les{sp}+)?années{sp}+(?<decade>[12][0-9]{2}0|[1-9]0|{dectrie})(?!{wc}|['-])

# ---- a day, a digit, a rank ---------------------------------------------------------
# 3-5 mars | 13 au 15 juillet | 3 mars au 5 avril 2024 | 28/2-1/3 | 10/1-11/2/2017 |
# 26/02/2024 | 2024-02-26 | 26 février 2024 | premier mars | 4e jour de juillet |
# 20 de ce mois | 29/2 (a bare day/month: a day above 12 or a two-digit month)
rule    day           (?i)(?=[0-9a-zé])(?:(?<day>{dd}){dstart}{rsep0}{dend}|{nb}(?<day>{dn})/(?<month>{mn})(?:/(?<year>{y4}|{yy}))?(?![0-9]|[/.,][0-9]){rsep0}{dend}|(?=[0-9]{1,4}[/.-][0-9a-zA-Z]){numdate}|(?=[0-9]{1,2}/[12][0-9]{3}(?![0-9])){nb}(?<month>{mn})/(?<year>{y4}){ne}|(?<day>{dd}){fdm}|(?<day>{dd}){sp}+(?<relm>{relmtrie})(?!{wc}|-)|(?=[0-9]{1,2}/[0-9]){nb}(?:(?<day>1[3-9]|2[0-9]|3[01])/(?<month>{mn})|(?<day>0[1-9]|[12][0-9]|3[01])/(?<month>0[1-9]|1[0-2])){ne}(?!{sp}*(?:des?|du|d')(?!{wc})))(?(DEFINE)(?<zsdd>{dd})(?<zsmw>{mw})(?<zsrelmtrie>{relmtrie})(?<zswdany>{wdany})(?<zsyear>{year}))

# 1er trimestre | premier lundi de mars | dernier jour d'octobre | dernier dimanche
rule    rank          (?i)(?=[0-9]{1,2}(?:er|re|e|ème|eme|ᵉʳ|ᵉ)[ \t\r\n]|[a-zé])(?:{qword}|{nthwd}|{lastday}|(?<dir>dernier|prochain){sp}+(?<weekday>{wdfull}))(?(DEFINE)(?<zsmw>{mw}))

# 2015-12 | 2015-sept-23 | 2019-2021 | 2019-21 | 2014 à 2018 | 2017-Q1 | 3T23 | 2024-W09 |
# en 2023 | depuis 2019 | l'année 2008 | en deux mille vingt | en 2019 et 2020 |
# de 2014. (a year alone needs a cue)
rule    year          (?i)(?=[0-9]{1,2}[qt]|[12][0-9]{3}(?![0-9])|[dm])(?:(?=(?:19|20)[0-9]{2}[-/][0-9]){nb}(?<year>{y4})[-/](?<month>{mn})(?![0-9]|[-/.][0-9])|(?=[12][0-9]{3}[-/.][a-zA-Zé]){nb}(?<year>{y4})([-/.])(?<month>{mw})\g{-2}(?<day>{dn}){ne}|(?=[12][0-9]{3}[ \t\r\n]*[-~àaj]){nb}(?<year>{y4})(?:(?<sep>{sp}*[-~]{sp}*)(?<year>{y4}|{yy})|(?<sep>{sp}+(?:à|au|jusqu'à|jusqu'en){sp}+)(?<year>{y4}))(?![-/.][0-9]){yend}|(?=[0-9]{1,4}[ \t-]*[qt][1-4]|[0-9]{1,2}[qt]){nb}(?:(?<year>{y4})[ \t\r\n-]*[QT](?<quarter>[1-4])|(?<quarter>[1-4])[QT](?<year>{yy}))(?!{wc}|-)|(?=[12][0-9]{3}-?W){nb}(?<year>{y4})-?W(?<week>5[0-3]|[1-4][0-9]|0[1-9])(?![0-9-])|(?:(?<=\ben\s|\bdepuis\s|\bdès\s|\bavant\s|\baprès\s|\bjusqu'en\s|\bd'ici\s|\bpour\s|\bvers\s|\bcourant\s|\bdurant\s|\bpendant\s|\bannée\s|\bl'an\s|\bentre\s)(?<year>{year})|(?<=\ben\s[0-9]{4},\s|\ben\s[0-9]{4}\set\s|\ben\s[0-9]{4}\sou\s|[0-9]{4},\s[0-9]{4},\s|[0-9]{4},\s[0-9]{4}\set\s|[0-9]{4},\s[0-9]{4}\sou\s)(?<year>{y4})|(?<=\bde\s|\bà\s)(?<year>{y4})(?={sp}*(?:[.;!?)](?![0-9])|,(?![0-9])|$))){yend})

# ---- a month ------------------------------------------------------------------
# juin-août 1992 | décembre/2018-mai/2019 | novembre 23 de 1987 | Oct/2 |
# mars 2024 | décembre, 2018 | mai de 2019 | mars | mars dernier (Mars with a
# capital is the planet unless a preposition says otherwise)
rule    month         (?i)(?:(?<month>{mw})(?:{sp}*[/,]?{sp}*(?<year>{y4}))?{rsep0}(?<month>{mw})(?:{sp}*[/,]?{sp}*(?:de{sp}+|en{sp}+)?(?<year>(?&zsyear)))?(?!{wc}|')|(?<month>{mw})(?:{sp}+(?<day>{dn})(?:er|e)?,?{sp}+(?:de{sp}+)?(?<year>{y4})|/(?<day>{dn})(?![/0-9]))|(?<month>{mw})(?:,?{sp}+(?:de{sp}+)?|{sp}*[/-]{sp}*)(?<year>(?&zsyear)){yend}|(?:(?-i:(?!Mars(?!{wc}))(?=[a-zéû]|[A-ZÉ][a-zéû]))(?<month>{mfull})|(?<=\ben\s|\bde\s|\bd'|\bdepuis\s|\bdès\s)(?<month>mars)(?!{wc}|['-]))(?:{sp}+(?<dir>dernier|prochain)|{frely})?(?!{sp}+(?:suivant|précédent)(?!{wc})))(?(DEFINE)(?<zsyear>{year}))

# ---- a weekday ------------------------------------------------------------------
# samedi 13 au dimanche 15 juillet | lundi 26 février 2024 | mer. 10 juin 2020 |
# samedi 23/06/18 | lundi cette semaine | dimanche de la semaine dernière |
# lundi 21 | lundi dernier | vendredi ("le lundi", "chaque lundi": habits)
rule    weekday       (?i)(?:(?<weekday>{wdany})\.?{sp}+(?<day>{dd}){dstart}{rsep0}{dend}|(?<weekday>{wdany})\.?,?{sp}+(?:le{sp}+)?(?:(?<day>{dd}){fdm}|{numdate}|{nb}(?<day>{dn})/(?<month>{mn}){ne})|(?<weekday>{wdfull}){sp}+(?:de{sp}+)?(?<rel>(?:la{sp}+)?semaine{sp}+(?:derni[eè]re|pass[ée]e|prochaine)|cette{sp}+semaine)(?!{wc}|['-])|{wdday}|(?<!\ble\s)(?<!\bchaque\s)(?<weekday>{wdfull})(?:{sp}+(?<dir>prochain|dernier|passé))?(?!{sp}+(?:suivant|précédent|d'après|d'avant|soir|matin|midi|après-midi|après{sp}+midi)(?!{wc})))(?(DEFINE)(?<zsdd>{dd})(?<zsmw>{mw})(?<zsrelmtrie>{relmtrie})(?<zswdany>{wdany})(?<zsyear>{year}))

# ---- ranges with an opener: du, entre, de, d' ----------------------------------------
# du 3 au 5 mars 2024 | entre le 13 et le 15 juillet | du 01/10 au 02/11/2017 |
# de janvier à mars 2024 | d'avril à juin 2017 | entre 2019 et 2021 | de 2014 à 2018 |
# entre 2014-2018 | du T1 au T3 2024 | du q1 de 2017 au q3 de 2018
rule    range         (?i)(?:(?<entre>entre){sp}+|du{sp}+|de{sp}+|d')(?:(?:le{sp}+)?(?:(?<weekday>(?&zswdany))\.?{sp}+)?(?<day>(?&zsdd)){dstart}{rsep}{dend}|{nb}(?<day>{dn})/(?<month>{mn})(?:/(?<year>{y4}|{yy}))?(?![0-9]|[/.,][0-9]){rsep}{dend}|(?<month>(?&zsmw))(?:{sp}*[/,]?{sp}*(?<year>{y4}))?{rsep}(?<month>(?&zsmw))(?:{sp}*[/,]?{sp}*(?:de{sp}+|en{sp}+)?(?<year>(?&zsyear)))?(?!{wc}|')|{nb}(?<year>{y4})(?:(?<sep>{sp}*[-~]{sp}*)(?<year>{y4}|{yy})|(?<sep>{sp}+(?:à|au|jusqu'à|jusqu'en){sp}+|(?(<entre>){sp}+et{sp}+|(*FAIL)))(?<year>{y4}))(?![-/.][0-9]){yend}|(?:le{sp}+)?(?:[QT](?<quarter>[1-4])(?:{sp}+(?:de{sp}+|d')?(?<year>{y4}))?|(?<quarter>(?&zsqtrie)){sp}+trimestre(?:{sp}+(?:de{sp}+|d')?(?<year>{y4}))?){rsep}(?:le{sp}+)?(?:[QT](?<quarter>[1-4])(?:{sp}+(?:de{sp}+|d')?(?<year>{y4}))?|(?<quarter>(?&zsqtrie)){sp}+trimestre(?:{sp}+(?:de{sp}+|d')?(?<year>{y4}))?)(?!{wc}|['-]))(?(DEFINE)(?<zsdd>{dd})(?<zsmw>{mw})(?<zsqtrie>{qtrie})(?<zsrelmtrie>{relmtrie})(?<zswdany>{wdany})(?<zsyear>{year}))

# ---- relative dates, weeks, holidays, quarter codes ----------------------------------
# hier | demain | aujourd'hui | cette semaine | ce mois-ci | cette année | ce trimestre |
# semaine prochaine | ce lundi | cette septembre | ce mois de mai | semaine 12 | semaine 12 de 2024
rule    relative      (?i)(?:(?<dir>ce|cet|cette){sp}+(?:mois{sp}+(?:de{sp}+|d'))?(?<month>{mfull})|(?<rel>{reltrie})(?!{wc}|['-])|(?<dir>ce){sp}+(?<weekday>{wdfull})|semaine{sp}+(?:n°{sp}*|no\.?{sp}*|numéro{sp}+)?(?<week>5[0-3]|[1-4][0-9]|0?[1-9])(?![0-9]|[,.][0-9])(?:{sp}+(?:de{sp}+l'(?:année|an){sp}+|de{sp}+|d')?(?<year>{y4}))?|(?<=\bau\s|\bdu\s|\bce\s)T(?<quarter>[1-4])(?!{wc}|-))

# Noël | Toussaint | jour de l'an 2020 | Saint-Patrick (not "Père Noël", "Noël Mamère")
rule    holiday       (?i)(?<!\bpère\s)(?<holiday>{holtrie})(?:{sp}+(?<year>{y4}))?(?!{wc}|-)(?!{sp}+\p{Lu})

# T1 2024 | T3-23 | Q3 2023 | q1 de 2017 | Q3
rule    quarter-code  (?i)(?<!-)(?=[qt][1-4])(?:{qcode}|Q(?<quarter>[1-4])(?!{wc}|-))

# ---- not dates --------------------------------------------------------------
# numbers inside a web address or a file path
reject  url           (?i)(?:https?://|www\.)[^\s<>"]+
# version numbers: version 2.10.2024, v1.2.3
reject  version       (?i)(?:version|v)\.?{sp}?[0-9]+(?:\.[0-9]+)+
# page numbers and ranges: page 2019, p. 12-15, pp. 2010-2012
reject  page          (?i)(?:pages?|pp?\.){sp}*[0-9]+(?:{sp}*-{sp}*[0-9]+)?
