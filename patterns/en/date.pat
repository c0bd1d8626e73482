# DATE rules for English text.  Conventions (spans, values): patterns/DATE.md.
# Group names feed src/date.c; a range is one match with a group "sep"
# between its two ends.  Numeric dates are month first (US): 3/4/2024 is
# March 4; a first number above 12 makes it day first (26/02/2024); dotted
# dates (26.02.2024) are day first.
#
# Speed: rules run at every candidate word, so the hot alternations are
# written as factored tries (the *trie defines below, generated from the
# lists: keep them in sync; tests/cases/date-lists-en checks every
# surface) and white space is [ \t\r\n] ({sp}): the text is normalized,
# and \s, \w under PCRE2_UCP cost a Unicode lookup per character.
type    date
lang    en
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
# a word character (letters of Latin, Greek, Cyrillic scripts, digits)
define  wc       [\w]
# generated tries (lists/months.tsv without "may", all of it, weekdays.tsv,
# days.tsv, its ordinals, relative-month.tsv, relative.tsv, nth.tsv,
# holidays.tsv, quarters.tsv, decades.tsv)
define  mtrie    (?:(?:a(?:pr(?:\.|il)?|ug(?:\.|ust)?)|dec(?:\.|ember)?|feb(?:\.|r(?:\.|uary))?|j(?:an(?:\.|uary)?|u(?:l(?:\.|y)?|n(?:\.|e)?))|mar(?:\.|ch)?|nov(?:\.|ember)?|oct(?:\.|ober)?|sep(?:\.|t(?:\.|ember)?)?))
define  mtrieall (?:(?:a(?:pr(?:\.|il)?|ug(?:\.|ust)?)|dec(?:\.|ember)?|feb(?:\.|r(?:\.|uary))?|j(?:an(?:\.|uary)?|u(?:l(?:\.|y)?|n(?:\.|e)?))|ma(?:r(?:\.|ch)?|y)|nov(?:\.|ember)?|oct(?:\.|ober)?|sep(?:\.|t(?:\.|ember)?)?))
define  wdtrie   (?:(?:fri(?:\.|day)?|mon(?:\.|day)?|s(?:at(?:\.|urday)?|un(?:\.|day)?)|t(?:hu(?:\.|r(?:\.|s(?:\.|day)?)?)?|ue(?:\.|s(?:\.|day)?)?)|wed(?:\.|nesday)?))
define  daytrie  (?:(?:e(?:ight(?:een(?:th)?|h)?|leven(?:th)?)|f(?:i(?:ft(?:een(?:th)?|h)|rst|ve)|our(?:t(?:een(?:th)?|h))?)|nin(?:e(?:teen(?:th)?)?|th)|one|s(?:e(?:cond|ven(?:t(?:een(?:th)?|h))?)|ix(?:t(?:een(?:th)?|h))?)|t(?:en(?:th)?|h(?:ir(?:d|t(?:een(?:th)?|ieth|y(?:{sp}+(?:first|one)|-(?:first|one))?))|ree)|w(?:e(?:l(?:fth|ve)|nt(?:ieth|y(?:{sp}+(?:eight(?:h)?|f(?:i(?:fth|rst|ve)|our(?:th)?)|nin(?:e|th)|one|s(?:e(?:cond|ven(?:th)?)|ix(?:th)?)|t(?:h(?:ird|ree)|wo))|-(?:eight(?:h)?|f(?:i(?:fth|rst|ve)|our(?:th)?)|nin(?:e|th)|one|s(?:e(?:cond|ven(?:th)?)|ix(?:th)?)|t(?:h(?:ird|ree)|wo)))?))|o))))
define  ordtrie  (?:(?:e(?:ight(?:eenth|h)|leventh)|f(?:i(?:ft(?:eenth|h)|rst)|ourt(?:eenth|h))|nin(?:eteenth|th)|s(?:e(?:cond|vent(?:eenth|h))|ixt(?:eenth|h))|t(?:enth|hir(?:d|t(?:eenth|ieth|y(?:{sp}+first|-first)))|we(?:lfth|nt(?:ieth|y(?:{sp}+(?:eighth|f(?:i(?:fth|rst)|ourth)|ninth|s(?:e(?:cond|venth)|ixth)|third)|-(?:eighth|f(?:i(?:fth|rst)|ourth)|ninth|s(?:e(?:cond|venth)|ixth)|third)))))))
define  relmtrie (?:(?:in{sp}+(?:last{sp}+month|next{sp}+month|this{sp}+month)|last{sp}+month|next{sp}+month|of{sp}+(?:last{sp}+month|next{sp}+month|th(?:e{sp}+(?:current{sp}+month|last{sp}+month|month|next{sp}+month|previous{sp}+month)|is{sp}+month))|this{sp}+month))
define  reltrie  (?:(?:c(?:oming{sp}+(?:decade|month|quarter|week|year)|urrent{sp}+(?:decade|month|quarter|week|year))|day{sp}+(?:after{sp}+tomorrow|before{sp}+yesterday)|(?:week|month|year){sp}+(?:after{sp}+next|before{sp}+last)(?!{sp}*'s|{sp}+(?:years?|months?|weeks?|quarters?|decades?|times?|nights?|seasons?|summer|winter|spring|fall|autumn|[a-z]*day)(?!{wc}))|last{sp}+(?:month|q(?:tr|uarter)|week|y(?:ear|r))|next{sp}+(?:decade|month|q(?:tr|uarter)|week|y(?:ear|r))|p(?:ast{sp}+(?:month|quarter|week|year)|revious{sp}+(?:month|quarter|week|year))|t(?:his{sp}+(?:decade|month|q(?:tr|uarter)|week|y(?:ear|r))|o(?:day|morrow))|yesterday))
define  nthtrie  (?:(?:1st|2nd|3rd|4th|5th|f(?:i(?:fth|rst)|ourth)|last|second|third))
define  holtrie  (?:(?:a(?:ll{sp}+saints(?:{sp}+day|'{sp}+day)|rmistice{sp}+day|ustralia{sp}+day)|b(?:astille{sp}+day|oxing{sp}+day)|c(?:anada{sp}+day|hristmas(?:{sp}+(?:day|eve))?)|guy{sp}+fawkes{sp}+night|halloween|i(?:des{sp}+of{sp}+march|ndependence{sp}+day)|juneteenth|may{sp}+day|new{sp}+year(?:'s{sp}+(?:day|eve)|s{sp}+(?:day|eve))|remembrance{sp}+day|s(?:aint{sp}+(?:pa(?:ddy(?:'s{sp}+day|s{sp}+day)|trick(?:'s(?:{sp}+day)?|s(?:{sp}+day)?)?)|valentine's{sp}+day)|t(?:{sp}+(?:pa(?:ddy(?:'s{sp}+day|s{sp}+day)|trick(?:'s(?:{sp}+day)?|s(?:{sp}+day)?)?)|valentine's{sp}+day)|\.{sp}+(?:pa(?:ddy's{sp}+day|trick(?:'s(?:{sp}+day)?|s{sp}+day)?)|valentine's{sp}+day)))|v(?:alentine(?:'s{sp}+day|s{sp}+day)|eterans(?:{sp}+day|'{sp}+day))|xmas))
define  qtrie    (?:(?:1st|2nd|3rd|4th|f(?:i(?:nal|rst)|ourth)|last|second|third))
define  dectrie  (?:(?:eighties|f(?:ifties|orties)|nineties|s(?:eventies|ixties)|t(?:hirties|wenties)))

define  dn       (?:3[01]|[12][0-9]|0?[1-9])(?![0-9])
define  mn       (?:1[0-2]|0?[1-9])(?![0-9])
define  y4       (?:1[1-9]|20)[0-9]{2}(?![0-9])
define  yy       [0-9]{2}(?![0-9])
# years in words: "nineteen ninety six", "two thousand and fifteen", "twenty twenty-four"
define  unitw    (?:one|two|three|four|five|six|seven|eight|nine)
define  teenw    (?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)
define  tensw    (?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)
define  smallw   (?:{tensw}(?:[ \t\r\n-]+{unitw})?|{teenw}|{unitw})
define  yw       (?=[eftsn])(?:(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)[ \t\r\n-]+(?:hundred(?:[ \t\r\n-]+(?:and[ \t\r\n-]+)?{smallw})?|oh[ \t\r\n-]+{unitw}|{tensw}(?:[ \t\r\n-]+{unitw})?|{teenw})|two[ \t\r\n-]+thousand(?:[ \t\r\n-]+(?:and[ \t\r\n-]+)?{smallw})?)(?![a-z-])
define  year     (?:{y4}|{yw})
# a day: "26", "26th", "04th", "3rd", or an ordinal word ("twenty-third")
define  dd       (?:{dn}(?:st|nd|rd|th|(?<=[23])d)?|{ordtrie}(?!-[a-zA-Z]))(?!{wc}|')
# a month name ("may" only as "May"); any case after "of" ("the 21st of may")
define  mw       (?:{mtrie}|(?-i:May|MAY))(?!{wc}|')
define  mwany    {mtrieall}(?!{wc}|')
define  mbare    (?:(?!march(?!{wc}))(?:january|february|april|june|july|august|september|october|november|december)|(?-i:May|March|MAY|MARCH))(?!{wc}|['-])
define  mabbr    (?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?(?!{wc}|['-])
define  wdfull   (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?!{wc}|['-])
define  wdany    {wdtrie}(?!{wc})
define  nb       (?<![a-zA-Z0-9_,/:.$€£]|[0-9]-)
define  ne       (?![0-9]|[-/.,][0-9]|{sp}*:[0-9]|{sp}*(?:am|pm|a\.m\.|p\.m\.)(?!{wc}))
define  yend     (?![0-9]|[.,][0-9]|{sp}*(?:%|‰|€|\$|£|¥|:[0-9])|{sp}+(?:dollars?|euros?|pounds?|yen|yuan|percent|per{sp}*cent|people|persons|residents|employees|workers|jobs|units|copies|votes|points|pages|words|years|days|hours|minutes|times|miles|feet|km|kg|tons|tonnes|meters|metres|cases|deaths|troops|acres|shares|barrels|am|pm)(?!{wc}))
# what may follow a bare day ("the 4th."): punctuation or a joining word
define  dayend   (?={sp}*(?:[.;!?)](?![0-9])|,(?![0-9])|$)|{sp}+(?:at|and|or|to|through|until|till)(?!{wc}))
# the separator of a range (the "and" of "between ... and ...")
define  rsep     (?<sep>{sp}*[-~]{sp}*|{sp}+(?:to|through|thru|till|until){sp}+|(?(<between>){sp}+and{sp}+|(*FAIL)))
define  rsep0    (?<sep>{sp}*[-~]{sp}*|{sp}+(?:to|through|thru|till|until){sp}+)
# an optional weekday in front of a date ("Sunday, Feb 10", "this Friday-Jun-15");
# the letter test first keeps it cheap where the candidate is a digit
define  wdpre    (?:(?=[a-z])(?:(?<dir>this|next|last|coming){sp}+)?(?<weekday>{wdany})\.?,?[ \t\r\n-]+(?:the{sp}+)?)?
# after a day: "of February", " Feb. 2024", "-Aug-2016", "/Sep/2020", " day of September"
define  ofmonth  (?:{sp}+day)?(?:{sp}+of{sp}+(?<month>(?&zsmwany))|{sp}*[ \t\r\n/-]{sp}*(?<month>(?&zsmw)))(?:(?:,?{sp}*(?:of{sp}+)?|[/-])(?<year>(?&zsyear))(?![-/][0-9])|[ \t\r\n/-](?<year>'?{yy})(?![a-zA-Z%$]))?{ne}
# the end of a range of days: "15", "the 15th of July", "5 May 2024", "22 this month"
define  dayend2  (?:the{sp}+)?(?<day>(?&zsdd))(?:(?:{sp}+of)?{sp}+(?<month>(?&zsmw))(?:,?{sp}+(?<year>(?&zsyear)))?|{sp}+(?<relm>(?&zsrelmtrie)))(?!{wc}|')
# the start of a range of days, after its day: " of May 2024" or nothing
define  daystart (?:{sp}+(?:of{sp}+)?(?<month>(?&zsmw))(?:,?{sp}+(?<year>{y4}))?)?

# ---- forms that start with "the" (one rule: "the" is frequent) --------------
# the 13th to the 15th of July | the 26th of February | the second of march |
# the 20th of next month | the 4th (before punctuation or a joining word) |
# the third Tuesday of May | the last day of October | the day after tomorrow
rule    the           (?i)the{sp}+(?=[0-9defnlst])(?:(?<day>(?&zsdd))(?:{daystart}{rsep0}{dayend2}|{ofmonth}|{sp}+(?<relm>(?&zsrelmtrie))(?!{wc})|(?<=[0-9]st|[0-9]nd|[0-9]rd|[0-9]th){dayend}|(?<=\bon\sthe\s[a-z]{3}|\bon\sthe\s[a-z]{4}|\bon\sthe\s[a-z]{5}|\bon\sthe\s[a-z]{6}|\bon\sthe\s[a-z]{7}|\bon\sthe\s[a-z]{8}|\bon\sthe\s[a-z]{9}|\bon\sthe\s[a-z]{10}|\bon\sthe\s[a-z]{11})(?<![0-9a-z]{12})(?={sp}*(?:[.;!?)](?![0-9])|,(?![0-9])|$)))|(?<nth>{nthtrie}){sp}+(?<weekday>(?&zswdfull)){sp}+(?:(?:of|in){sp}+(?<month>(?&zsmw))(?:,?{sp}+(?<year>{y4}))?|(?<relm>(?&zsrelmtrie))(?!{wc}))|(?<lastday>last){sp}+day{sp}+of{sp}+(?:the{sp}+month{sp}+of{sp}+)?(?<month>(?&zsmw))(?:,?{sp}+(?<year>{y4}))?|(?<rel>day{sp}+(?:after{sp}+tomorrow|before{sp}+yesterday))(?!{wc}))(?(DEFINE)(?<zsdd>{dd})(?<zsmw>{mw})(?<zsmwany>{mwany})(?<zsrelmtrie>{relmtrie})(?<zswdfull>{wdfull})(?<zsyear>{year}))

# a year relative to the reference after a month, a day or a quarter: "March
# of next year", "the first quarter of last year" (not "last year's")
define  rely     (?:{sp}+of)?{sp}+(?<rel>(?:this|next|last|coming|current|previous|past){sp}+year)(?!{wc}|['-])
# a month and a day: "February 26, 2024", "Feb 26th", "march third 2015",
# "Jan/3", "Jun-15", "January first two thousand and thirty two"
define  mday     (?<month>{mw})(?:{sp}*[ \t\r\n/-]{sp}*|{sp}+the{sp}+)(?<day>{dn}(?:st|nd|rd|th)?|{daytrie}(?!-[a-zA-Z]))(?!{wc}|')(?:(?:,?{sp}*(?:of{sp}+|in{sp}+)?|[/-])(?<year>{year})(?![-/][0-9])|,?{sp}+(?<year>'[0-9]{2})(?![0-9])|{rely})?{ne}
# numeric dates, month first: 3/4/2024, 02-26-2024; day first when above 12
# (26/02/2024) or dotted (26.02.2024); ISO 2024-02-26, 2015-3-3
define  numdate  {nb}(?:(?<month>{mn})([/-])(?<day>{dn})\g{-2}(?<year>{y4}|{yy})|(?<day>1[3-9]|2[0-9]|3[01])([/-])(?<month>{mn})\g{-2}(?<year>{y4}|{yy})|(?<day>{dn})\.(?<month>{mn})\.(?<year>{y4}|{yy}(?<!\b[0-9]\.[0-9]\.[0-9]{2}|\b[0-9]\.[0-9]{2}\.[0-9]{2}|\b[0-9]{2}\.[0-9]\.[0-9]{2}))|(?<year>{y4})([-/.])(?<month>{mn})\g{-2}(?<day>{dn})){ne}
# what a date after a weekday can be: "Sunday, Feb 10", "Friday 7/6",
# "Monday, 3 June 2024", "Friday 2018-7-6", "Wednesday the 5th of May"
define  wddate   \.?,?[ \t\r\n-]+(?:the{sp}+)?(?:{mday}|(?=[0-9]{1,4}[/.-][0-9]){numdate}|(?=[0-9]{1,2}[/-][0-9]){nb}(?<month>{mn})[/-](?<day>{dn}){ne}|(?<day>(?&zsdd)){ofmonth})
# "Monday 21", "wednesday the thirty first"
define  wdday    ,?{sp}+(?:the{sp}+)?(?<day>(?&zsdd))(?!{sp}*(?:[.,][0-9]|%|\$|:|am(?!{wc})|pm(?!{wc})|a\.m\.|p\.m\.|°))(?!{sp}+(?:hours?|years?|days?|weeks?|months?|minutes?|people|points|percent|o'clock|of)(?!{wc}))
# "third Tuesday of September 2014", "last Friday of next month"
define  nthwd    (?<nth>{nthtrie}){sp}+(?<weekday>{wdfull}){sp}+(?:(?:of|in){sp}+(?<month>{mw})(?:,?{sp}+(?<year>{y4}))?|(?<relm>{relmtrie})(?!{wc}))
define  lastday  (?<lastday>last){sp}+day{sp}+of{sp}+(?:the{sp}+month{sp}+of{sp}+)?(?<month>{mw})(?:,?{sp}+(?<year>{y4}))?
# a range of months: "June-August 1992", "Dec/2018-May/2019", "this May to Oct 2020"
define  mrange   (?<month>{mw})(?:{sp}*[/,]?{sp}*(?<year>{y4}))?{rsep}(?<month>(?&zsmw))(?:{sp}*[/,]?{sp}*(?:of{sp}+|in{sp}+)?(?<year>{year}))?(?!{wc}|')
# a range of days after a month: "July 13-15", "March 3-5, 2024", "Nov 18 2014-Dec 19 2015"
define  mdrange  (?<month>{mw}){sp}*(?<day>{dd})(?:,?{sp}+(?<year>{y4}))?{rsep}(?:(?:(?=[a-z])(?<weekday>{wdany})\.?,?{sp}+)?(?=[a-z])(?<month>(?&zsmw)){sp}*)?(?:the{sp}+)?(?<day>(?&zsdd))(?:,?{sp}+(?<year>{year}))?(?!{wc}|')(?!{sp}*(?:%|\$|:[0-9]))(?!{sp}+(?:am|pm|hours|people|percent)(?!{wc}))
# a range of days in digits: "10/1 to 11/7", "2/29-3/1", "5/1-5/7, 2020", "02-02-2020 - 03-03-2020"
define  nrange   (?=[0-9]{1,2}[/-][0-9]){nb}(?:(?<month>{mn})/(?<day>{dn})(?:/(?<year>{y4}|{yy}))?|(?<month>{mn})-(?<day>{dn})-(?<year>{y4}|{yy}))(?![0-9]){rsep}(?:(?<month>{mn})/(?<day>{dn})(?:/(?<year>{y4}|{yy})|,{sp}*(?<year>{y4}))?|(?<month>{mn})-(?<day>{dn})-(?<year>{y4}|{yy}))(?![0-9]|[-/.][0-9])
# a range of years: "2019-2021", "2019-21", "2014 through 2018", "2007 and 2009" (after between)
define  yrange   (?=[12][0-9]{3}[ \t\r\n]*[-~a-zA-Z]){nb}(?<year>{y4})(?:(?<sep>{sp}*[-~]{sp}*)(?<year>{y4}|{yy})|(?<sep>{sp}+(?:to|through|thru|till|until){sp}+|(?(<between>){sp}+and{sp}+|(*FAIL)))(?<year>{y4}))(?![-/.][0-9]){yend}

# ---- a day, a digit, an ordinal ---------------------------------------------
# 13-15 July | 3 May to 5 June | 10/1-11/7 | 3/4/2024 | 26 Feb. 2024 | 04th Jan 2019 |
# second of march | 4th of july of 1995 | twenty third day of September |
# 20 of this month |
# 23-2020-September | 2/15 (a bare month/day: with a day above 12)
rule    day           (?i)(?:(?=[0-9]{1,2}(?:st|nd|rd|th)?[ \t\r\n]*[-~a-zA-Z]|[a-zA-Z])(?<day>{dd}){daystart}{rsep}{dayend2}|{nrange}|(?=[0-9]{1,4}[/.-][0-9]){numdate}|(?=[0-9]{1,2}/[12][0-9]{3}(?![0-9])){nb}(?<month>{mn})/(?<year>{y4}){ne}|(?=[0-9]{1,2}(?:st|nd|rd|th)?(?:[ \t\r\n]+(?:day|of)[ \t\r\n]|[ \t\r\n]*[ \t\r\n/-][ \t\r\n]*[a-zA-Z])|[a-zA-Z])(?<day>{dd}){ofmonth}|(?<day>{dd}){sp}+(?<relm>{relmtrie})(?!{wc})|(?=[0-9]{1,2}-[12][0-9]{3}-){nb}(?<day>{dn})-(?<year>{y4})-(?<month>{mw})|(?=[0-9]{1,2}/[0-9]){nb}(?<month>{mn})/(?<day>1[3-9]|2[0-9]|3[01]){ne}(?!{sp}*(?:of|cups?|inch|inches|miles?|pounds?|%|th)(?!{wc}))|(?=[0-9]{1,2}(?:st|nd|rd|th))(?<=\bon\s)(?<day>{dn}(?:st|nd|rd|th)){dayend}|(?=[0-9]{1,2}/[0-9])(?<=\bon\s)(?<month>{mn})/(?<day>{dn}){ne})(?:(?<between>(*FAIL)))?(?(DEFINE)(?<zsdd>{dd})(?<zsmw>{mw})(?<zsmwany>{mwany})(?<zsrelmtrie>{relmtrie})(?<zsyear>{year}))

# third tuesday of september 2014 | last Friday of next month | last day of October |
# first quarter of 2023 | third quarter | 3rd qtr
rule    rank          (?i)(?=[1-5](?:st|nd|rd|th)[ \t\r\n]|[a-z])(?:{nthwd}|{lastday}|(?<quarter>{qtrie}){sp}+(?:quarter|qtr)\.?,?{sp}+(?:of{sp}+|in{sp}+)?(?:(?<year>{y4})|(?<year>'[0-9]{2})(?![0-9]))|(?<quarter>{qtrie}){sp}+(?:quarter|qtr){rely}|(?!(?:last|final)(?!{wc}))(?<quarter>{qtrie}){sp}+(?:quarter|qtr)(?!{wc}|-)(?!{sp}+(?:of|century|mile|inch|pounder|note|notes|hour)(?!{wc})))

# ---- a year ---------------------------------------------------------------------
# 2015-12 | 2019-2021 | 2019-21 | 2014 through 2018 | 2015-sept-23 | 2017-q1 | 2024-W09 | 1990s |
# 2017 april | 3Q23 | 18q4 | in 2014 | since 2019 | by 2030 | in nineteen ninety six |
# of 2014 (before punctuation) | in 2007 and 2009 | 2019, 2020 and 2021
rule    year          (?i)(?=[0-9]{1,2}q|[12][0-9]{3}(?![0-9])|[eftsn]|'?[1-9]0[ ']?s)(?:(?='?[1-9]0{sp}?'?s(?!{wc}|'))(?<=\bthe\s)'?(?<decade>[1-9]0){sp}?'?s|(?=(?:19|20)[0-9]{2}[-/][0-9]){nb}(?<year>{y4})[-/](?<month>{mn})(?![0-9]|[-/.][0-9])|{yrange}|(?=[12][0-9]{3}[-/.][a-zA-Z]){nb}(?<year>{y4})([-/.])(?<month>{mw})\g{-2}(?<day>{dn}){ne}|(?=[12][0-9]{2}0[ ']?s){nb}(?<decade>[12][0-9]{2}0){sp}?'?s(?!{wc}|')|(?=[0-9]{1,4}[ \t-]*q[1-4]|[0-9]{1,2}q){nb}(?:(?<year>{y4})[ \t\r\n-]*Q(?<quarter>[1-4])|(?<quarter>[1-4])Q(?<year>{yy})|(?<year>{yy})Q(?<quarter>[1-4]))(?!{wc}|-)|(?=[12][0-9]{3}-?W){nb}(?<year>{y4})-?W(?<week>5[0-3]|[1-4][0-9]|0[1-9])(?![0-9-])|(?=[12][0-9]{3}[ \t\r\n]+[a-zA-Z]){nb}(?<year>{y4}){sp}+(?<month>{mbare}){yend}|(?:(?<=\bin\s|\bsince\s|\bby\s|\buntil\s|\btill\s|\bthrough\s|\bthroughout\s|\bduring\s|\bfrom\s|\bbefore\s|\bafter\s|\bcirca\s|\bbetween\s)(?<year>{year})|(?=[12][0-9]{3}(?![0-9]))(?:(?<=\bof\s)(?<year>{y4})(?={sp}*(?:[.;!?)](?![0-9])|,(?![0-9])|$))|(?<=\bin\s[0-9]{4},\s|\bin\s[0-9]{4}\sand\s|\bin\s[0-9]{4}\sor\s|\bfrom\s[0-9]{4}\sand\s|\bfrom\s[0-9]{4},\s|[0-9]{4},\s[0-9]{4},\s|[0-9]{4},\s[0-9]{4}\sand\s|[0-9]{4},\s[0-9]{4},\sand\s|[0-9]{4},\s[0-9]{4}\sor\s)(?<year>{y4}))){yend})(?:(?<between>(*FAIL)))?
# year 2008
rule    year-word     (?i)(?<!\bfiscal\s)(?<!\bschool\s)(?<!\bacademic\s)(?<!\bmodel\s)year{sp}+(?<year>{y4}){yend}

# ---- a month ------------------------------------------------------------------
# June-August 1992 | Dec/2018-May/2019 | July 13-15 | Feb 28th to March 1st |
# February 26, 2024 | march 3 2015 | September-2020-23 | October 2014 | june of 1992 |
# Jan '24 | may 21st | in March | in the april | during July | in dec
rule    month         (?i)(?:{mrange}|{mdrange}|(?<month>{mw})-(?<year>{y4})-(?<day>{dn})|(?<month>{mw})(?:,?{sp}+(?:of{sp}+|in{sp}+)?|{sp}*[/-]{sp}*)(?<year>(?&zsyear)|'[0-9]{2}(?![0-9])){yend}|{mday}|(?<month>{mw}){rely}|(?<month>may){sp}+(?<day>{dn}(?:st|nd|rd|th))(?!{wc}|')(?:,?{sp}*(?<year>{y4}))?{ne}|(?<=\bin\s|\bin\sthe\s|\bduring\s|\bsince\s|\buntil\s|\btill\s|\bthrough\s|\bthroughout\s|\bby\s|\bfor\s|\bfrom\s|\bbefore\s|\bafter\s|\bof\s|\bon\s)(?<month>{mbare})|(?-i:(?<month>January|February|July|September|October|November|December))(?!{wc}|['-])|(?<=\bin\s|\bduring\s|\bsince\s|\buntil\s|\bby\s|\bfrom\s)(?<month>{mabbr}))(?:(?<between>(*FAIL)))?(?(DEFINE)(?<zsdd>{dd})(?<zsmw>{mw})(?<zsyear>{year}))

# ---- a weekday ------------------------------------------------------------------
# Sunday, Feb 10 | Friday 7/6 | Friday 2018-7-6 | wednesday the thirty first |
# Monday 21 | wednesday of next week | sunday from last week | Monday |
# Tue (after "Mon or") ("every Monday", "the following Monday": no date)
rule    weekday       (?i)(?:(?<weekday>{wdany}){wddate}|(?<weekday>{wdfull}){wdday}|(?<weekday>{wdfull}){sp}+(?:of{sp}+|from{sp}+)?(?<rel>(?:this|next|last|coming){sp}+week)(?!{wc}|['-])|(?<!-)(?<!\bevery\s)(?<!\beach\s)(?<!\bfollowing\s)(?<!\bprevious\s)(?<weekday>{wdfull})(?!{sp}+(?:morning|afternoon|evening|night|mornings|nights)(?!{wc}))|(?<=\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\sor\s|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\sand\s|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s)(?-i:(?<weekday>Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun))(?!{wc}|['-])|(?-i:(?<weekday>(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.))(?!{sp}*[0-9]))(?(DEFINE)(?<zsdd>{dd})(?<zsmw>{mw})(?<zsmwany>{mwany})(?<zsyear>{year}))

# ---- this, next, last, coming... ---------------------------------------------------
# this Friday-Jun-15 | next week Mon | last week's Sunday | last Friday of June |
# last day of October | this May to Oct 2020 | this September | last Monday |
# today | tomorrow | last week | next quarter | this year ("over the last
# year", "within the next month" are durations; "the last week of June" is
# a part of June)
rule    relative      (?i)(?:(?<dir>this|next|last|coming){sp}+(?:(?<weekday>(?&zswdany)){wddate}|(?<weekday>(?&zswdfull)){wdday})|(?<rel>(?:this|next|last|coming){sp}+week)(?:'s)?{sp}+(?:on{sp}+)?(?<weekday>(?&zswdany))(?!{wc}|['-])|(?<dir>this|next|last){sp}+{mrange}|(?<dir>this|next|last|coming){sp}+(?<month>(?&zsmbare))|(?<dir>this{sp}+(?:past|coming)|this|next|last|coming|past){sp}+(?<weekday>(?&zswdfull))(?!{sp}+(?:morning|afternoon|evening|night)(?!{wc}))|(?=(?:last|next|past)(?!{wc}))(?<!\bover\sthe\s)(?<!\bwithin\sthe\s)(?<!\bin\sthe\s(?=past))(?<rel>{reltrie})(?!{wc}|-)(?!{sp}+of{sp}+(?!course(?!{wc})))|(?!(?:last|next|past)(?!{wc}))(?<rel>{reltrie})(?!{wc}|-))(?:(?<between>(*FAIL)))?(?(DEFINE)(?<zsdd>{dd})(?<zsmbare>{mbare})(?<zsmw>{mw})(?<zsmwany>{mwany})(?<zswdany>{wdany})(?<zswdfull>{wdfull})(?<zsyear>{year}))

# ---- ranges with an opener: from, between ----------------------------------------
# from May 3 to May 5 | between July 13 and 15 | from the 13th to the 15th of July |
# from 10/1 to 11/7 | from January to April 2015 | from this May to Oct 2020 |
# between 2007 and 2009 | from 2014 through 2018 | from Q1 2023 to Q2 2024
rule    range         (?i)(?:(?<between>between)|from){sp}+(?:{wdpre}{mdrange}|(?:the{sp}+)?(?<day>(?&zsdd)){daystart}{rsep}{dayend2}|{nrange}|(?:(?<dir>this|next|last){sp}+)?{mrange}|{yrange}|Q(?<quarter>[1-4])(?:{sp}+(?:of{sp}+)?(?<year>{y4}))?{rsep}Q(?<quarter>[1-4])(?:{sp}+(?:of{sp}+)?(?<year>{y4}))?(?!{wc}|['-]))(?(DEFINE)(?<zsdd>{dd})(?<zsmw>{mw})(?<zsrelmtrie>{relmtrie})(?<zsyear>{year}))

# ---- holidays, quarters, weeks, decades ---------------------------------------
# Christmas | New Year's Day 2020 | st paddy's day | saint patrick 2020
rule    holiday       (?i)(?:(?!(?:saint|st\.?){sp}+patrick(?:'?s)?(?!{sp}+day)(?!{wc}|'))(?<holiday>{holtrie})(?:,?{sp}+(?<year>{y4}))?|(?<holiday>(?:saint|st\.?){sp}+patrick(?:'?s)?){sp}+(?<year>{y4}))(?!{wc}|-)(?!{sp}+(?:cathedral|church|college|school|street|hospital|parish|eve|party|parade|card|tree|market|movie|film|song|carol|special|shopping|sales?|season|holidays|break|bonus|gift)(?!{wc}))

# Q3 2023 | Q3'23 | q1 of 2017 | Q1-Q3 2024 | Q3
rule    quarter-code  (?i)(?<!-)Q(?<quarter>[1-4])(?:[ \t\r\n-]*(?<year>{y4})|{sp}+(?:of{sp}+|in{sp}+)(?<year>{y4})|[ \t\r\n-]*'?(?<year>{yy}))?(?:{rsep0}Q(?<quarter>[1-4])(?:{sp}+(?:of{sp}+)?(?<year>{y4}))?)?(?!{wc}|-)

# week 12 | week 12 of 2024
rule    week          (?i)week{sp}+(?:no\.?{sp}*|number{sp}+|#{sp}*)?(?<week>5[0-3]|[1-4][0-9]|0?[1-9])(?![0-9]|[,.][0-9])(?:,?{sp}+(?:of{sp}+|in{sp}+)?(?<year>{y4}))?

# the nineties | in the nineties (the article stays out; the '90s: rule year)
rule    decade        (?i)(?<=\bthe\s|\bin\s)(?<decade>{dectrie})(?!{wc}|')

# ---- not dates --------------------------------------------------------------
reject  url           (?i)(?:https?://|www\.)[^\s<>"]+
reject  version       (?i)(?:version|v)\.?{sp}?[0-9]+(?:\.[0-9]+)+
reject  page          (?i)(?:pages?|pp?\.){sp}*[0-9]+(?:{sp}*-{sp}*[0-9]+)?
