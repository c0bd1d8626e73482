# ORG rules for English text (patterns/ORG.md has the conventions).
type    org
lang    en
list    common   lists/common-words.tsv   # the language's commonest words:
words   common                          # they tell its text from another's

list    orglang  lists/org-en.tsv         # English-only names and acronyms
list    orgs     ../common/orgs.tsv       # alias TAB canonical name (hand-written + NSI)
list    first    ../common/firstnames.tsv # first names (person rules)
list    fnorg    ../common/orgs-firstname.tsv  # listed names starting with one
list    places   ../common/places.tsv     # country names (French and English)
list    stop     lists/org-stop.tsv       # sentence starters, never a name
list    nat      lists/curadj.tsv         # nationalities and countries (lower case)
list    acrostop lists/org-acrostop.tsv   # acronyms that are not bodies (GDP, CEO)
list    acrotech ../common/org-acrotech.tsv  # computing terms in capitals (POSIX, NULL)
list    code     ../common/currency-codes.tsv  # ISO 4217 (USD, EUR): not bodies either
list    generic  lists/org-generic.tsv    # common nouns with a capital (the Government)

# ------------------------------------------------------------ gazetteer
names   orglang
names   orgs

# ------------------------------------------------------------ fragments
# A capitalized word ("Acme", "Bre-X", "McKinsey", "AT&T", "U.S.", "3M").
# Letters as ranges (Latin, Latin-1, Latin Extended-A/B): much faster than
# Unicode properties in the hot rules.
define  up       [A-Z\x{C0}-\x{D6}\x{D8}-\x{DE}]
define  low      [a-z\x{DF}-\x{F6}\x{F8}-\x{FF}]
define  w        [a-zA-Z0-9\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{24F}]
define  cap      (?>{up}(?:\.{up})+\.?|{up}{w}{0,2}\.(?!\s+{up}{low})|{up}{w}*(?:(?:[-&]|'(?!s\b)){w}+)*|\d+{w}*(?=\s+{up}))
# Job titles: never inside a name ("Vice President Equity Derivatives").
define  ttl      (?:Vice|President|Director|Manager|Chairman|Chairwoman|Officer|Secretary|Minister|Senator|Governor|Analyst|Executive|Chief|Head|Senior|Deputy|Assistant)
# A name: capitalized words, maybe joined by "&" or "and" ("Smith & Nephew").
define  name     (?!{stop}\b)(?=[\p{L}\d]{2}|\p{Lu}\.){cap}(?:\s+(?:&\s*)?(?!{ttl}\b){cap}){0,4}
# The same, where "and" may join words before a key word ("State Law and
# Order Restoration Council", "Mines and Energy Ministry").
define  namek    (?!{stop}\b)(?=[\p{L}\d]{2}|\p{Lu}\.){cap}(?:\s+(?:(?:&|and)\s+)?(?!{ttl}\b){cap}){0,3}
# Key words that end an organization's name (GATE ANNIE's org_key, widened).
define  kw       (?:Service(?<=Weather\sService|Postal\sService|News\sService|Health\sService|Forest\sService|Park\sService|Fire\sService|Intelligence\sService|Security\sService|Customs\sService|Revenue\sService|Immigration\sService|Wire\sService|Civil\sService|Foreign\sService|Diplomatic\sService|Prison\sService|Marshals\sService)|A(?:sset\s+Management|dministration|ir\s+Lines|ssociation|ssociates|utomotive|erospace|irlines?|ssurance|uthority|dvisers|dvisors|lliance|ssembly|viation|cademy|irways|gency|rmy|SA|B|G)|B(?:roadcasting|iosciences|ancshares|everages|reweries|ancorp|anking|iotech|rewery|rands|ureau|oard|ank|hd|V)|C(?:ommunications|redit\s+Union|onstruction|orporation|hemicals?|ommission|oalition|ommittee|ompanies|ongress|apital|ollege|ompany|ouncil|linic|ourt|lub|orp|o)|D(?:epartment|esk)|E(?:ntertainment|lectronics|ngineering|nterprises|lectric|xchange|nergy)|F(?:ederation|oundation|inancial|inance|oods|ront|und)|G(?:roupe|roup|mbH|as)|H(?:oldings?|ospital)|I(?:nvestments?|ndustries|nstitute|nsurance|nvestors|nc)|L(?:aboratories|ogistics|imited|eague|abs|LC|LP|td)|M(?:inerals|inistry|ovement|etals|ining|otors|edia)|N(?:ewspapers|etworks|ewsroom|\.V\.|V)|O(?:rgani[sz]ations?|ffice|il|yj)|P(?:harmaceuticals?|ublications|artnership|arliament|roperties|ublishing|etroleum|artners|ictures|arty|ower|LC|ty)|R(?:einsurance|ailways?|esources|ailroad|ecords|ealty|etail)|S(?:ecurities|\.p\.A\.|olutions|hipping|ociety|tudios|ystems|chool|enate|tores|teel|pA|A)|T(?:elecommunications|echnologies|herapeutics|echnology|elevision|ribunal|elecom|rust)|U(?:niversity|tilities|nion)|plc)
# Legal designators, kept inside the span.
define  legal    (?:Inc\.?|Corp\.?|Co\.|Ltd\.?|LLC|L\.L\.C\.|LLP|L\.P\.|LP|plc|PLC|AG|GmbH|S\.?A\.?|N\.?V\.?|B\.?V\.?|SpA|S\.p\.A\.|AB|ASA|Oyj|Pty\.?\s+Ltd\.?|Bhd|Limited|Incorporated)
# Capitalized words but the last, taken whole (no backtracking): the
# A place or a common noun with a capital, standing alone, is no name for
# the context rules ("the acquisition of Alaska", "an employee of the
# Government"): what they find, the rest of the input learns.
define  notplace (?!(?:{places}|{generic})(?![\p{L}\p{M}\d-])(?!\s+(?:&\s*)?\p{Lu}))

# rule 'key' checks only the last word (a key word or a legal form).
define  run0     (?>(?:{cap}\s+(?:(?:&|and)\s+)?(?=[A-Z0-9\x{C0}-\x{DE}])(?!{ttl}\b)){0,5})
define  run1     (?>(?:{cap}\s+(?:(?:&|and)\s+)?(?=[A-Z0-9\x{C0}-\x{DE}])(?!{ttl}\b)){1,5})
# (run2, two words at least: a name learned without its legal form must be
# more than one word; "Code GmbH" must not teach "Code".)
define  run2     (?>(?:{cap}\s+(?:(?:&|and)\s+)?(?=[A-Z0-9\x{C0}-\x{DE}])(?!{ttl}\b)){2,5})
# Words that start a body's name and take "of X" (Bank of England,
# University of Chicago, Department of Corrections, Court of Appeals).
define  base     (?:Bank|University|College|Institute|Academy|School|Department|Ministry|Office|Bureau|Board|Council|Commission|Committee|Court|Chamber|Federation|Association|Society|League|Union|Organi[sz]ation|Agency|Authority|Museum|Corporation|Federal\s+Reserve\s+Bank|Church|Order|Parliament|Assembly|House|Senate|Government)
# "(ACME)" right after a name teaches the acronym.
define  acro     (?=\s*\(\s*(?<alias>\p{Lu}[\p{L}\d&.-]{1,15})\s*\))

# ------------------------------------------------------------ rules
# Capitalized words + key word [+ of X]: Placer Dome Inc, Rubber Board of
# India, Moscow Newsroom, Information Technology Association of America.
# A 'wild' rule (it starts at any capitalized word), tried only where a
# key word or a legal form follows within five words.
rule    key          (?={up}{low}[a-zA-Z0-9'&.\x{C0}-\x{24F}-]*,?\s+(?:{up}|plc\b|and\s+{up}|&)|[A-Z0-9&.-]{1,5},?\s+{up}{low})(?!{stop}\b)(?<org>(?=(?<alias>{run2})(?:{legal})(?![\p{L}\d])(?!\S*\s*\(\s*\p{Lu}))?(?:{run1}(?:{legal}|{kw})|{run0}{cap},\s*{legal})(?![\p{L}\d])(?!\s+Minister\b)(?:\s+(?:of|for|on)\s+(?:the\s+)?{name})?(?:,?\s+{legal}(?![\p{L}\d]))?)(?:{acro})?
need    key          160 (?:{legal}|{kw})(?![\p{L}\d])

# Base + of + name: Bank of England, University of Michigan, Court of
# Appeals, Department of Corrections, Chamber of Deputies.
rule    base-of      (?=\p{Lu})(?<org>(?:(?:U\.S\.|US|State|National|Federal|Central|Royal|European|International|World)\s+)?{base}\s+(?:of|for|on)\s+(?:the\s+)?{name})(?![\p{L}\d])(?:{acro})?

# Cues before the name (outside the span): shares of X, CEO of X, a company
# called X, analysts at X, stake in X.
rule    cue-of       (?:\b[Ss]hares\s+(?:of|in)|\b(?:chief\s+executive|chief\s+financial\s+officer|chief\s+economist|CEO|CFO|chairman|chairwoman|president|founder|co-founder|spokesman|spokeswoman|spokesperson|analysts?|economists?|strategists?|an\s+executive|employees?|unit|subsidiary|division|subsidiaries)\s+(?:of|at)|\bstake\s+in|\bmerger\s+with|\btakeover\s+of|\bacquisition\s+of|\bbid\s+for|\bjoined|(?<!\b[Tt]he\s)\bworks\s+(?:for|at)|\bworked\s+(?:for|at))\s+(?:the\s+)?\K(?<org>{notplace}(?!{stop}\b)(?!{first}\b)(?!(?i:{nat})(?:\s+\p{Ll}|$)){name}(?:\s+(?:of|for)\s+(?:the\s+)?{name})?(?:\s*,?\s+{legal})?)(?!\s*\p{Lu})(?![\p{L}\d])
# a company called X, a firm named X (keyed on the verb, the noun looked behind).
rule    called       (?<=\bcompany\s|\bfirm\s|\bgroup\s|\bbank\s|\bstartup\s|\bstart-up\s|\bcarrier\s|\bairline\s|\bretailer\s|\binsurer\s|\bautomaker\s|\bcarmaker\s|\bchipmaker\s|\bbrewer\s|\bminer\s|\bbroker\s|\bbrokerage\s|\bnewspaper\s|\bagency\s|\bfund\s|\blab\s|\bcharity\s|\bband\s)(?:called|named|known\s+as)\s+(?:the\s+)?\K(?<org>{notplace}(?!{stop}\b)(?!{first}\b){name}(?:\s+(?:of|for)\s+(?:the\s+)?{name})?(?:\s*,?\s+{legal})?)(?!\s*\p{Lu})(?![\p{L}\d])

# What a company is, in lower case, right before its name, after a word
# in lower case or a nationality: Polish brewer X, medical equipment group
# X, the bank X (not a term and its gloss in a manual: "group  Noms de
# groupe").
rule    desc         (?<=\p{Ll}\s)(?-i:group|brewer|bank|lender|carrier|airline|retailer|insurer|reinsurer|automaker|carmaker|chipmaker|drugmaker|steelmaker|shipbuilder|miner|refiner|broker|brokerage|conglomerate|manufacturer|distributor|wholesaler|utility|publisher|newspaper|daily|broadcaster|telecoms\s+operator|mobile\s+operator|software\s+maker|research\s+house|brokerage\s+house|investment\s+house|trading\s+house|brokerage\s+firm|law\s+firm|investment\s+firm|consultancy|rating\s+agency|news\s+agency)\s+\K(?={up})(?<org>(?!(?:IDs?|[GPU]IDs?|NEW\p{Lu}+)\b)(?!{ttl}\b)(?!{first}\b)(?!(?i:{nat})\b)(?!(?:{places})(?![\p{L}\p{M}\d-])){name}(?:\s*,?\s+{legal})?)(?!\s*\p{Lu})(?![\p{L}\d])(?!\s+(?:de|du|des|la|le|les|et|ou|pour|sur|avec|dans|est|sont|vous|nous|qui|que)\s)

# What a body is, in an apposition after its name, and what may follow it
# there ('a party in which', 'the carmaker,'; not 'a company spokesman').
define  appnoun  (?:company|firm|group|party|bank|lender|insurer|carrier|airline|agency|charity|union|association|organi[sz]ation|brewer|maker|carmaker|automaker|chipmaker|drugmaker|steelmaker|manufacturer|retailer|operator|conglomerate|movement|militia|newspaper|broadcaster|publisher|utility|miner|refiner)(?:\s+(?:that|which|whose|in\s+which|based|founded|owned|controlled|led\s+by)\b|(?<=maker|miner|refiner|brewer|insurer|lender|carrier|airline|retailer)\s*,)
# A name followed by what it is: X, based in Leeds; X, a unit of Y; X, a
# party in which...; X, the carmaker, (not X, a company spokesman).
rule    apposed      (?<!\bof\s)(?={up})(?!{first}\b)(?!\p{Lu}\p{Ll}+ly\b)(?<org>{name}(?:\s*,?\s+{legal})?)(?=,\s+(?:(?:a|an|the)\s+(?:\p{Ll}+\s+)?(?:unit|subsidiary|division|affiliate|arm|offshoot)\s+of\s+\p{Lu}|(?:based|headquartered)\s+in\s+\p{Lu}|(?:a|an|the)\s+(?:(?!(?:for|of|at|with|the|from|to|in|by|on|and|or)\s)\p{Ll}+\s+){0,2}{appnoun}))
need    apposed      120 \b(?:unit|subsidiary|division|affiliate|arm|offshoot)\s+of\s|\b(?:based|headquartered)\s+in\s|\b{appnoun}

# the Commission, the Council, the Senate, the Cabinet (cue outside).
rule    inst         \b[Tt]he\s+(?=\p{Lu})\K(?<org>Commission|Council|Parliament|Senate|Congress|Cabinet|Treasury|Court|Assembly|Politburo|Bundesbank|Fed)(?![\p{L}\d])(?!\s+(?:of|for|on)\s+\p{Lu})(?!\s*\p{Lu})
# An acronym the lists do not know, after "the" in running text and before
# a small word, a possessive or a punctuation mark (the TASR news agency,
# the AMS said): a body far more often than not.  Places, titles, figures,
# units and currency codes are listed in acrostop and code; all-capital
# headlines never pass ("the" and the next word must be in small letters).
rule    acronym      \b[Tt]he\s+\K(?!(?:{acrostop}|{acrotech}|{code})(?![\p{L}\d]))(?![IVXLCDM]+(?![\p{L}\d]))(?<org>[A-Z]{2}[A-Z\d]{0,4})(?![\p{L}\d&_]|\.\p{L}|-\p{L})(?='s\b|\s+\p{Ll}|\s*[,;:)]|\.(?:\s|$))

# ------------------------------------------------------------ negatives
# Lower-case titles before a surname: governor Matsushita, spokesman Smith.
reject  title-lc     (?:governor|president|chairman|chairwoman|minister|spokesman|spokeswoman|secretary|senator|judge|general|director|analyst|economist|coach|manager|striker|captain|premier|leader|envoy|ambassador|negotiator|chancellor|rapporteur|commissioner|officer|lawyer|attorney)\s+\p{Lu}\p{Ll}+(?!\s+\p{Lu})(?![\p{L}\d])
# Person names: first name + capitalized word (Kai Zenner, John Lewis is
# listed as an organization and let through).
reject  person       (?=\p{Lu}[\p{Ll}'-]+\s+\p{Lu})(?!{fnorg}(?![\p{L}\d])){first}\s+(?:\p{Lu}\.\s+)?(?:(?:de|van|von|da|di|del|le|al|bin)[\s-]+)?\p{Lu}[\p{L}\p{M}'-]+
# Titles: Mr Smith, President Clinton, Judge Ito.
reject  title        (?=\p{Lu})(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|Lord|Lady|Rev|Gen|Sen|Rep|Gov|President|Judge|Senator|Governor|Minister|Chancellor|King|Queen|Prince|Princess|Pope|Sheikh|Mayor)\.?\s+\p{Lu}[\p{L}\p{M}'-]+(?:\s+\p{Lu}[\p{L}\p{M}'-]+)?
# Places: countries and large cities are never organizations.
reject  place        (?=\p{Lu}\p{Ll})(?:{places})(?![\p{L}\p{M}\d-])
# Computing terms in capitals (ELF, SHELL, NULL) are not the companies
# that a list writes so (Elf, Shell) in running text.
reject  tech         (?-i:{acrotech})(?![\p{L}\p{M}\d-])
# Months and weekdays.
reject  month        (?=\p{Lu})(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\p{L}\d])
# The Amazon (river, forest), the Suez Canal.
reject  amazon       (?:the\s+Amazon(?!\.com|\s+(?:Inc|Web|Prime|shares|stock))|Suez\s+Canal)
# Web addresses and e-mail domains: never an organization there.
reject  url          (?i)(?:https?://|ftp://|www\.)[^\s<>"]+
reject  email        @[\p{L}\d-]+(?:\.[\p{L}\d-]+)*
