# DATE rules for English text.  Conventions (spans, values): patterns/DATE.md.
# Group names feed src/date.c; a range is one match with a group "sep"
# between its two ends.  Numeric dates are month first (US): 3/4/2024 is
# March 4; a first number above 12 makes it day first (26/02/2024); dotted
# dates (26.02.2024) are day first.
type    date
lang    en

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
define  dn       (?:3[01]|[12][0-9]|0?[1-9])(?![0-9])
define  mn       (?:1[0-2]|0?[1-9])(?![0-9])
define  y4       (?:1[0-9]|20)[0-9]{2}(?![0-9])
define  yy       [0-9]{2}(?![0-9])
# years in words: "nineteen ninety six", "two thousand and fifteen", "twenty twenty-four"
define  unitw    (?:one|two|three|four|five|six|seven|eight|nine)
define  teenw    (?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)
define  tensw    (?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)
define  smallw   (?:{tensw}(?:[\s-]+{unitw})?|{teenw}|{unitw})
define  yw       (?:(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)[\s-]+(?:hundred(?:[\s-]+(?:and[\s-]+)?{smallw})?|oh[\s-]+{unitw}|{tensw}(?:[\s-]+{unitw})?|{teenw})|two[\s-]+thousand(?:[\s-]+(?:and[\s-]+)?{smallw})?)(?![\w-])
define  year     (?:{y4}|{yw})
# ordinal days in words: "first", "twenty-third", "thirty first"
define  ord1     (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)
define  dord     (?:twenty[\s-]+{ord1}|thirty[\s-]+first|twentieth|thirtieth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|{ord1})(?![\w-])
# a day: "26", "26th", "04th", "3rd", or an ordinal word
define  dd       (?:{dn}(?:st|nd|rd|th)?|{dord})(?![\w'])
# a month name; "may" only as "May"
define  mw       (?:(?!may\b){month}|(?-i:May|MAY))(?![\w'])
define  mbare    (?:(?!may\b|march\b)(?:january|february|april|june|july|august|september|october|november|december)|(?-i:May|March|MAY|MARCH))(?![\w'-])
define  mabbr    (?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?(?![\w'-])
define  wdfull   (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![\w'-])
define  wdany    {weekday}(?!\w)
define  nb       (?<![\w,/:.$€£]|[0-9]-)
define  ne       (?![0-9]|[-/.,][0-9]|\s*:[0-9]|\s*(?:am|pm|a\.m\.|p\.m\.)\b)
define  yend     (?![0-9]|[.,][0-9]|\s*(?:%|‰|€|\$|£|¥|:[0-9])|\s+(?:dollars?|euros?|pounds?|yen|yuan|percent|per\s*cent|people|persons|residents|employees|workers|jobs|units|copies|votes|points|pages|words|years|days|hours|minutes|times|miles|feet|km|kg|tons|tonnes|meters|metres|cases|deaths|troops|acres|shares|barrels|am|pm)\b)
# no part of a period: "early March", "mid-2023", "the end of May"
define  nopart   (?<!\bearly\s)(?<!\blate\s)(?<!\bmid-)(?<!\bmid\s)(?<!\bend\sof\s)(?<!\bbeginning\sof\s)(?<!\bstart\sof\s)(?<!\bmiddle\sof\s)(?<!\bhalf\sof\s)
define  rsep     (?<sep>\s*-\s*|\s+(?:to|through|thru|till|until)\s+|(?(<between>)\s+and\s+|(*FAIL)))

# ---- dates with a day -------------------------------------------------------
# February 26, 2024 | Feb 26th | march 3 2015 | Sunday, Feb 10 | Jan/3 |
# this Friday-Jun-15 | january first two thousand and thirty two
rule    month-day     (?i)(?:(?:(?<dir>this|next|last|coming)\s+)?(?<weekday>{wdany})\.?,?[\s-]+(?:the\s+)?)?(?<month>{mw})\.?(?:\s*[\s/-]\s*|\s+the\s+)(?<day>{dn}(?:st|nd|rd|th)?|{dord}|{day})(?![\w'])(?:(?:,?\s*(?:of\s+|in\s+)?|[/-])(?<year>{year})(?![-/][0-9])|,?\s+(?<year>'[0-9]{2})(?![0-9]))?{ne}

# 26 Feb. 2024 | 04th Jan 2019 | the 26th of February | second of march |
# 4th of july of 1995 | twenty third day of September | 05-Aug-2016 | 23/Sep/2020
rule    day-month     (?i)(?:(?<weekday>{wdany})\.?,?\s+)?(?:the\s+)?(?<day>{dn}(?:st|nd|rd|th)?|{dord})(?![\w'])(?:\s+day)?(?:\s+of\s+|\s*[\s/-]\s*)(?<month>{mw})\.?(?:(?:,?\s*(?:of\s+)?|[/-])(?<year>{year})(?![-/][0-9])|[\s/-](?<year>'?{yy})(?![\w%$]))?{ne}

# September-2020-23 | 23-2020-September
rule    odd-order     (?i)(?:(?<month>{mw})-(?<year>{y4})-(?<day>{dn})|{nb}(?<day>{dn})-(?<year>{y4})-(?<month>{mw}))

# 3/4/2024 (March 4) | 02-26-2024 | 26/02/2024 (day above 12) | 26.02.2024 |
# 2024-02-26 | 2015-3-3 | Friday 2018-7-6
rule    numeric       (?i)(?:(?:(?<dir>this|next|last)\s+)?(?<weekday>{wdany})\.?,?\s+(?:the\s+)?)?{nb}(?:(?<month>{mn})(?:/(?<day>{dn})/|-(?<day>{dn})-)(?<year>{y4}|{yy})|(?<day>1[3-9]|2[0-9]|3[01])(?:/(?<month>{mn})/|-(?<month>{mn})-)(?<year>{y4}|{yy})|(?<day>{dn})\.(?<month>{mn})\.(?<year>{y4}|{yy})|(?<year>{y4})(?:-(?<month>{mn})-|/(?<month>{mn})/|\.(?<month>{mn})\.)(?<day>{dn})){ne}

# Friday 7/6 | on 7/6 | 2/15 (a month and a day in digits: with a cue, or
# with a day above 12)
rule    numeric-md    (?i)(?:(?:(?:(?<dir>this|next|last)\s+)?(?<weekday>{wdany})\.?,?\s+(?:the\s+)?){nb}(?<month>{mn})[/-](?<day>{dn})|(?<=\bon\s|\bby\s|\buntil\s|\btill\s|\bsince\s|\bbefore\s|\bafter\s|\bdue\s)(?<month>{mn})/(?<day>{dn})|{nb}(?<month>{mn})/(?<day>1[3-9]|2[0-9]|3[01])){ne}(?!\s*(?:of|cups?|inch|inches|miles?|pounds?|%|th)\b)

# Monday 21 | wednesday the thirty first
rule    weekday-day   (?i)(?<![\w-])(?:(?<dir>this|next|last)\s+)?(?<weekday>{wdfull}),?\s+(?:the\s+)?(?<day>{dn}(?:st|nd|rd|th)?|{dord})(?![\w'])(?!\s*(?:[.,][0-9]|%|\$|:|am\b|pm\b|a\.m\.|p\.m\.|°))(?!\s+(?:hours?|years?|days?|weeks?|months?|minutes?|people|points|percent|o'clock)\b)

# the 4th (a bare day of the month, before punctuation or a joining word)
rule    the-day       (?i)(?<![\w-])the\s+(?<day>{dn}(?:st|nd|rd|th))(?=\s*(?:[.;!?)]|,(?![0-9])|$)|\s+(?:at|and|or|to|through|until|till)\b)

# the 20th of next month | 20 of this month | 20th of the current month
rule    day-relmonth  (?i)(?:the\s+)?(?<day>{dn}(?:st|nd|rd|th)?|{dord})\s+(?<relm>{relm})(?![\w-])

# third tuesday of september 2014 | the last Friday of next month
rule    nth-weekday   (?i)(?:the\s+)?(?<nth>{nth})\s+(?<weekday>{wdfull})\s+(?:(?:of|in)\s+(?<month>{mw})\.?(?:,?\s+(?<year>{y4}))?|(?<relm>{relm})(?![\w-]))

# Christmas | New Year's Day 2020 | st paddy's day | saint patrick 2020
rule    holiday       (?i)(?:(?!(?:saint|st\.?)\s+patrick(?:'?s)?(?!\s+day)(?![\w']))(?<holiday>{holiday})(?:,?\s+(?<year>{y4}))?|(?<holiday>(?:saint|st\.?)\s+patrick(?:'?s)?)\s+(?<year>{y4}))(?![\w-])(?!\s+(?:cathedral|church|college|school|street|hospital|parish|eve\b|party|parade|card|tree|market|movie|film|song|carol|special|shopping|sales?|season|holidays|break|bonus|gift)\b)

# ---- months, years, quarters, weeks, decades ----------------------------------
# October 2014 | june of 1992 | Dec/2018 | August two thousand and fifteen | Jan '24 | 2017 april
rule    month-year    (?i){nopart}(?:(?<month>{mw})\.?(?:,?\s+(?:of\s+|in\s+)?|\s*[/-]\s*)(?<year>{year}|'[0-9]{2}(?![0-9]))|{nb}(?<year>{y4})\s+(?<month>{mbare})){yend}

# in March | this September | next May | in the april | during July | in dec
rule    month         (?i){nopart}(?:(?<dir>this|next|last|coming)\s+(?<month>{mbare})|(?<=\bin\s|\bin\sthe\s|\bduring\s|\bsince\s|\buntil\s|\btill\s|\bthrough\s|\bthroughout\s|\bby\s|\bfor\s|\bfrom\s|\bbefore\s|\bafter\s|\bof\s|\bmonth\sof\s|\bon\s)(?<month>{mbare})|(?<=\bin\s|\bduring\s|\bsince\s|\buntil\s|\bby\s|\bfrom\s)(?<month>{mabbr}))

# 2015-12 | 2014/10 | 2015-3
rule    year-month    {nb}(?<year>{y4})[-/](?<month>{mn})(?![0-9]|[-/.][0-9])

# a year in context: in 2014 | since 2019 | by 2030 | year 2008 |
# in 2007 and 2009 | in nineteen ninety six
rule    year          (?i)(?:(?<=\bin\s|\bsince\s|\bby\s|\buntil\s|\btill\s|\bthrough\s|\bthroughout\s|\bduring\s|\bfrom\s|\bbefore\s|\bafter\s|\bcirca\s|\bbetween\s)(?<year>{year})|year\s+(?<year>{y4})|(?<=\bin\s[0-9]{4},\s|\bin\s[0-9]{4}\sand\s|\bin\s[0-9]{4}\sor\s|\bfrom\s[0-9]{4}\sand\s|\bfrom\s[0-9]{4},\s|[0-9]{4},\s[0-9]{4},\s|[0-9]{4},\s[0-9]{4}\sand\s|[0-9]{4},\s[0-9]{4},\sand\s|[0-9]{4},\s[0-9]{4}\sor\s)(?<year>{y4})|(?<=\bof\s)(?<year>{y4})(?=\s*(?:[.;!?)]|,(?![0-9])|$))){yend}

# Q3 2023 | 2017-q1 | 3Q23 | Q3 | q1 of 2017 | Q3'23
rule    quarter-code  (?i)(?<![\w-])(?:Q(?<quarter>[1-4])(?:[\s-]*(?<year>{y4})|\s+(?:of\s+|in\s+)(?<year>{y4})|[\s-]*'?(?<year>{yy}))|(?<year>{y4})[\s-]*Q(?<quarter>[1-4])|(?<quarter>[1-4])Q(?<year>{yy})|Q(?<quarter>[1-4]))(?![\w-])

# third quarter of 2023 | 1st quarter of 2013 | the fourth quarter 2022
rule    quarter       (?i)(?<quarter>{quarter})\s+(?:quarter|qtr)\.?,?\s+(?:of\s+|in\s+)?(?:(?<year>{y4})|(?<year>'[0-9]{2})(?![0-9]))

# week 12 | week 12 of 2024 | 2024-W09
rule    week          (?i)(?:(?<![\w-])week\s+(?:no\.?\s*|number\s+|#\s*)?(?<week>5[0-3]|[1-4][0-9]|0?[1-9])(?![0-9]|[,.][0-9])(?:,?\s+(?:of\s+|in\s+)?(?<year>{y4}))?|{nb}(?<year>{y4})-?W(?<week>5[0-3]|[1-4][0-9]|0[1-9])(?![0-9-]))

# the 1990s | 1990 s | the '90s | the 90s | the nineties
rule    decade        (?i){nopart}(?:{nb}(?<decade>[12][0-9]{2}0)\s?'?s(?![\w'])|(?<=\bthe\s)'?(?<decade>[1-9]0)\s?'?s(?![\w'])|(?<=\bthe\s|\bin\s)(?<decade>{decade})(?![\w']))

# ---- relative dates -----------------------------------------------------------
# today | tomorrow | the day after tomorrow | last week | next quarter | this year
rule    relative      (?i)(?<!\bover\sthe\s)(?<!\bwithin\sthe\s)(?:(?<=\bin\sthe\s)(?!past\b)|(?<!\bin\sthe\s))(?<rel>{rel})(?![\w-])

# last Monday | next friday | this Tuesday | Monday
rule    weekday       (?i)(?<![\w-])(?<!\bevery\s)(?<!\beach\s)(?<!\bfollowing\s)(?<!\bprevious\s)(?:(?<dir>this|next|last|coming|past)\s+)?(?<weekday>{wdfull})(?!\s+(?:morning|afternoon|evening|night|mornings|nights)\b)(?![\w'-])

# Mon or Tue (an abbreviated weekday after another one)
rule    weekday-abbr  (?<=\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\sor\s|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\sand\s|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s)(?<weekday>Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?![\w'-])

# next week Mon | this week Monday | wednesday of next week | wednesday next week
rule    weekday-week  (?i)(?:(?<rel>(?:this|next|last|coming)\s+week)\s+(?:on\s+)?(?<weekday>{wdany})|(?<weekday>{wdfull})\s+(?:of\s+)?(?<rel>(?:this|next|last|coming)\s+week))(?![\w'-])

# ---- ranges: one row START/END ---------------------------------------------------
# July 13-15 | March 3-5, 2024 | from May 3 to May 5 | Feb 28th to March 1st |
# Nov 18 2014-Dec 19 2015 | between July 13 and 15
rule    range-md      (?i)(?:(?<between>between)\s+|from\s+)?(?:(?<weekday>{wdany})\.?,?\s+)?(?<month>{mw})\.?\s*(?<day>{dd})(?:,?\s+(?<year>{y4}))?{rsep}(?:(?:(?<weekday>{wdany})\.?,?\s+)?(?<month>{mw})\.?\s*)?(?:the\s+)?(?<day>{dd})(?:,?\s+(?<year>{year}))?(?![\w'])(?!\s*(?:%|\$|:[0-9]))(?!\s+(?:am|pm|hours|people|percent)\b)

# 3 to 5 May 2024 | the 13th to the 15th of July | between the 3rd and the 5th of May
rule    range-dm      (?i)(?:(?<between>between)\s+|from\s+)?(?:the\s+)?(?<day>{dd})(?:\s+(?:of\s+)?(?<month>{mw})\.?(?:,?\s+(?<year>{y4}))?)?{rsep}(?:the\s+)?(?<day>{dd})(?:\s+of)?\s+(?<month>{mw})\.?(?:,?\s+(?<year>{year}))?(?![\w'])

# from 10/1 to 11/7 | 2/29-3/1 | from 5/1-5/7, 2020 | 02-02-2020 - 03-03-2020
rule    range-numeric (?i)(?:(?<between>between)\s+|from\s+)?{nb}(?:(?<month>{mn})/(?<day>{dn})(?:/(?<year>{y4}|{yy}))?|(?<month>{mn})-(?<day>{dn})-(?<year>{y4}|{yy}))(?![0-9]){rsep}(?:(?<month>{mn})/(?<day>{dn})(?:/(?<year>{y4}|{yy})|,\s*(?<year>{y4}))?|(?<month>{mn})-(?<day>{dn})-(?<year>{y4}|{yy}))(?![0-9]|[-/.][0-9])

# from January to April 2015 | June-August 1992 | Dec/2018-May/2019 |
# from this May to Oct 2020 | from april to June in 2017
rule    range-month   (?i){nopart}(?:(?<between>between)\s+|from\s+)?(?:(?<dir>this|next|last)\s+)?(?<month>{mw})\.?(?:\s*[/,]?\s*(?<year>{y4}))?{rsep}(?<month>{mw})\.?(?:\s*[/,]?\s*(?:of\s+|in\s+)?(?<year>{year}))?(?![\w'])

# 2019-2021 | 2019-21 | between 2007 and 2009 | from 2014 through 2018 | 2014 to 2018
rule    range-year    (?i){nb}(?:(?<between>between)\s+|from\s+)?(?<year>{y4})(?:(?<sep>\s*-\s*)(?<year>{y4}|{yy})|(?<sep>\s+(?:to|through|thru|till|until)\s+|(?(<between>)\s+and\s+|(*FAIL)))(?<year>{y4}))(?![-/.][0-9]){yend}

# Q1-Q3 2024 | from Q1 2023 to Q2 2024
rule    range-quarter (?i)(?:(?<between>between)\s+|from\s+)?(?<![\w-])Q(?<quarter>[1-4])(?:\s+(?:of\s+)?(?<year>{y4}))?{rsep}Q(?<quarter>[1-4])(?:\s+(?:of\s+)?(?<year>{y4}))?(?![\w'-])

# ---- not dates --------------------------------------------------------------
reject  url           (?i)(?:https?://|www\.)[^\s<>"]+
reject  version       (?i)(?:version|v)\.?\s?[0-9]+(?:\.[0-9]+)+
reject  page          (?i)(?:pages?|pp?\.)\s*[0-9]+(?:\s*-\s*[0-9]+)?
# phone numbers: (555) 123-4567, 555-123-4567, +1 555 123 4567
reject  phone         (?:\+1[\s.-]?)?(?:\([0-9]{3}\)\s?|[0-9]{3}[\s.-])[0-9]{3}[\s.-][0-9]{4}(?![0-9])
