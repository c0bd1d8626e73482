# ORG rules for French text (patterns/ORG.md has the conventions).
type    org
lang    fr
list    common   lists/common-words.tsv   # the language's commonest words:
words   common                          # they tell its text from another's

list    orglang  lists/org-fr.tsv         # French bodies and parties
list    orgs     ../common/orgs.tsv       # alias TAB canonical name (hand-written + NSI)
list    first    ../common/firstnames.tsv # first names (person rules)
list    fnorg    ../common/orgs-firstname.tsv  # listed names starting with one
list    places   ../common/places.tsv     # country names (French and English)
list    stop     lists/org-stop.tsv       # sentence starters, never a name
list    months   lists/months.tsv
list    weekdays lists/weekdays.tsv
list    acrostop lists/org-acrostop.tsv  # acronyms that are not bodies (TVA, HLM)
list    acrotech ../common/org-acrotech.tsv  # computing terms in capitals (POSIX, NULL)

# ------------------------------------------------------------ gazetteer
# Listed names, longest first; on a tie the first list wins.
names   orglang
names   orgs

# ------------------------------------------------------------ fragments
# A capitalized word ("Thales", "Saint-Gobain", "L'Oréal", "BNP", "3M").
# Letters as ranges (Latin, Latin-1, Latin Extended-A/B): much faster than
# Unicode properties in the hot rules.
define  up       [A-Z\x{C0}-\x{D6}\x{D8}-\x{DE}]
define  low      [a-z\x{DF}-\x{F6}\x{F8}-\x{FF}]
define  w        [a-zA-Z0-9\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{24F}]
define  cap      (?>{up}(?:\.{up})+\.?|{up}{w}{0,2}\.(?!\s+{up}{low})|{up}{w}*(?:[-'&]{w}+)*)
# A name: capitalized words, maybe joined by "de", "du", "des", "&", "et".
define  name     (?!{stop}\b)(?=[\p{L}\d]{2}|\p{Lu}\.){cap}(?:\s+(?:(?:&|de|du|des|d'|de\s+la|de\s+l')\s*)?{cap}){0,4}
# Adjectives of a body's name ("nationale", "français", "européenne",
# "économique", "monétaire", "consultative", "financière", "olympique").
define  adj      (?:(?:allemande?s?|espagnole?s?|belges?|suisses?|russes?|turcs?|turques?|grecs?|grecques?|basques?|slovènes?|croates?|serbes?|tchèques?|slovaques?|bulgares?|lettons?|lituaniens?|arabes?|mondiale?s?)(?![\p{L}\d])|\p{Ll}{2,}(?:ale?s?|aux|[ieé]en(?:ne)?s?|ique?s?|aire?s?|el(?:le)?s?|aise?s?|oise?s?|aine?s?|i[fv]e?s?|ère?s?|ier|eure?s?|ale|ane?s?)(?![\p{L}\d]))
# A complement: "de judo", "des maires", "de l'Économie", "du contrôle
# budgétaire", "pour la recherche" (an infinitive right after "de" is not:
# "la Commission de présenter").
define  cword    (?!(?:celle|celui|ceux|celles|cette|ces|ce|cet|son|sa|ses|leurs?|notre|nos|votre|vos|mon|ma|mes|tous|toutes?|tout|chaque|plusieurs|certaine?s?|autres?|même|nombreux|nombreuses|manière|façon|sorte|part|fait|cas|sujet|point|rapport|proposition|question|nom|moins|plus|fois|ailleurs|ici|là|lui|eux|elle|elles|nous|vous|quoi|laquelle|lequel|lesquels|lesquelles|dont|où)\b)(?:\p{Lu}[\p{L}\p{M}'-]*|\p{Ll}[\p{L}\p{M}-]*)
define  prep     (?:de\s+la|de\s+l'|des|du|aux?|sur\s+(?:la|le|les|l')|contre\s+(?:la|le|les|l')|de(?=\s)(?!\s+\p{Ll}+(?:er|ir|re|oir)\b)|d'(?!\p{Ll}+(?:er|ir|re|oir)\b))
define  compl    (?:\s+(?:et\s+)?{prep}(?:\s+|(?<='))(?:{cword})(?:\s+{adj}){0,2})
# Plural nouns enumerated after a plural complement: "des déportés,
# internés et résistants", "des planteurs de vignes et vignerons" (not
# "et les élus", "et plusieurs enseignants").
define  plnoun   (?!(?:les|des|ses|ces|mes|tes|nos|vos|leurs|eux|nous|vous|elles|plusieurs|certains|certaines|tous|toutes|autres|mêmes|divers|diverses|nombreux|nombreuses|depuis|puis|alors|toujours|jamais|après|très|mais|sans|sous|vers|dans|plus|moins|fois|parfois|ailleurs|ensuite|compris|inclus|mis|pris|permis|acquis|repris|surpris|remis|soumis|admis|exclus)(?![\p{L}\d]))\p{Ll}{2,}[sx](?![\p{L}\d'-])
define  enum     (?:(?<=[sx])(?:,\s*{plnoun}){0,4}\s+et\s+{plnoun})
# A company's board or management and whose it is: not a body of its own
# ("Conseil d'administration de la Juve" is the Juve's board).
define  board    (?i:conseil\s+d'administration|conseil\s+de\s+surveillance|comité\s+exécutif|comité\s+de\s+direction|direction\s+générale)\s+(?:de|du|des|d')\b
# Words that start a body's name.
define  base     (?:Union|Fédération|Confédération|Association|Ligue|Comité|Conseil|Commission|Office|Institut|Agence|Société|Compagnie|Banque|Caisse|Centre|Syndicat|Mutuelle|Fondation|Université|École|Ecole|Ministère|Secrétariat|Mairie|Préfecture|Chambre|Cour|Tribunal|Direction|Observatoire|Académie|Amicale|Groupement|Mouvement|Rassemblement|Alliance|Cercle|Musée|Orchestre|Assemblée|Parlement|Conservatoire|Autorité|Haute?\s+(?:Conseil|Autorité|Commissariat|Cour)|Régie|Coopérative|Organisation|Commissariat|Délégation|Inspection|Brigade|Communauté|Harmonie|Chorale|Fanfare|Foyer|Club|Entente|Comptoir|Collectif|Coordination|Front|Service|Bureau|Chambre)
# Short institutional names used alone after an article in debates
# ("la Commission", "le Parlement", "du Conseil", "l'Union").
define  inst     (?:Commission|Parlement|Conseil|Union|Assemblée|Cour|Sénat|Bundestag|Knesset|Douma)
# Legal forms.
define  legal    (?:S\.?A\.?S\.?U?|SASU|SARL|S\.?A\.?R\.?L\.?|SNC|SCI|EURL|GIE|SCOP|SEM|SA|S\.A\.|SE|GmbH|AG|NV|N\.V\.|BV|B\.V\.|SpA|S\.p\.A\.|Ltd|Inc\.?|Corp\.?|LLC|plc|PLC)
# Capitalized words but the last, taken whole (no backtracking): the rule
# 'legal' checks only the last word.
define  run0     (?>(?:{cap}\s+(?:(?:&|de|du|des|d'|de\s+la|de\s+l')\s*)?(?=[A-Z0-9\x{C0}-\x{DE}])){0,5})
define  run1     (?>(?:{cap}\s+(?:(?:&|de|du|des|d'|de\s+la|de\s+l')\s*)?(?=[A-Z0-9\x{C0}-\x{DE}])){1,5})
# (run2, two words at least: a name learned without its legal form must be
# more than one word; "Code GmbH" must not teach "Code".)
define  run2     (?>(?:{cap}\s+(?:(?:&|de|du|des|d'|de\s+la|de\s+l')\s*)?(?=[A-Z0-9\x{C0}-\x{DE}])){2,5})
# "(AMF)" right after a name teaches the acronym.
define  acro     (?=\s*\(\s*(?<alias>\p{Lu}[\p{L}\d&.-]{1,15})\s*\))

# ------------------------------------------------------------ rules
# A body's name: base word + adjectives and/or complements.
# Fédération française de judo | Union nationale des anciens combattants |
# Ministère de l'Économie et des Finances | Office des changes (OdC)
rule    base-compl   (?=\p{Lu})(?!{board})(?<org>{base}(?:(?:\s+{adj}){1,3}{compl}{0,4}|{compl}{1,4}){enum}?)(?:{acro})?

# "ministère de la Justice", "mairie de Lyon": lower-case base words that
# always name a body when a complement follows.
rule    base-lower   (?=\p{Ll}+\s+(?:de|du|des|d')\b)(?<org>(?:ministère|mairie|préfecture|rectorat)(?:\s+{adj})?{compl}{1,3})

# la Commission, le Parlement, du Conseil, l'Assemblée (cue outside).
rule    inst         (?<=\b[Ll]a\s|\b[Ll]e\s|\b[Ll]'|\bdu\s|\bau\s|\bcette\s|\bnotre\s|\bvotre\s|\bde\sla\s|\bde\sl')(?!{board})(?<org>(?>{inst}(?:\s+{adj}){0,3}{compl}{0,3}))(?!\s*\p{Lu})(?:{acro})?

# Parti + adjective: Parti socialiste, Parti radical de gauche.
rule    parti        (?=P)(?<org>Parti(?:\s+{adj}){1,2}{compl}{0,2})(?:{acro})?

# Base word + capitalized name: Éditions Tallandier, Groupe Thales,
# Laboratoires Servier, Banque Rothschild.
rule    base-name    (?=\p{Lu})(?<org>(?:Groupe|Éditions|Editions|Laboratoires|Établissements|Etablissements|Ets\.?|Banque|Compagnie|Société|Cabinet|Imprimerie|Brasserie|Librairie|Studio|Studios|Maison|Fondation|Institut)\s+(?:du\s+|des\s+|de\s+la\s+|de\s+l'|d')?{name}(?:\s+{legal})?)(?:{acro})?

# A place, or a computing term in capitals, standing alone, is no name for
# the context rules (la chaîne NULL): what they find, the rest of the input
# learns.
define  notplace (?!(?:{places}|{acrotech})(?![\p{L}\p{M}\d-])(?!\s+\p{Lu}))

# Cue words outside the span: la société X, le groupe X, l'entreprise X...
rule    cue          (?:(?<=\b[Ll]a\s)(?:société|firme|start-up|startup|jeune\s+pousse|banque|compagnie|holding|mutuelle|chaîne|enseigne|multinationale|coopérative|fédération|radio|télévision|chaîne\s+de\s+télévision|maison\s+d'édition)|(?<=\b[Ll]e\s)(?:groupe|fonds|cabinet|constructeur|géant|laboratoire|distributeur|fabricant|transporteur|quotidien|journal|magazine|mensuel|hebdomadaire|club|parti|syndicat|mouvement|think\s+tank|conglomérat|consortium|collectif|label|studio|site|réseau|motoriste|pétrolier|sidérurgiste|chimiste|brasseur|cimentier|assureur|réassureur|voyagiste|promoteur)|(?<=\b[Ll]')(?:entreprise|équipementier|opérateur|assureur|éditeur|association|agence|ONG|organisation|hebdomadaire|établissement|institut)|(?<=\b[Ll]es\s)(?:éditions|laboratoires|groupes|sociétés|entreprises))(?:\s+{adj}){0,2}\s+\K(?<org>{notplace}{name}(?:\s+{legal})?)(?:{acro})?

# The people of a company, and its parent, before its name: les dirigeants
# de X, l'ancien directeur juridique de X, le PDG d'X, une filiale de X.
rule    role         (?<![\p{L}\d-])(?-i:dirigeante?s?|directeur|directrice|président|présidente|PDG|patron|patronne|fondateur|fondatrice|cofondateur|cofondatrice|porte-parole|salariés|employés|actionnaires?|filiale|maison\s+mère|rachat)(?:\s+(?!de\b|d')\p{Ll}{3,}){0,2}\s+(?:de\s+|d')\K(?={up})(?<org>(?!{first}\b)(?!{stop}\b)(?!{months}\b)(?!{inst}\b)(?!(?:{places})(?![\p{L}\p{M}\d-])){name}(?:\s+{legal})?)(?![\p{L}\d])(?!\s+\p{Lu})

# A name followed by what it is: X, filiale de Y; X, basée à Lyon.
define  apptail  (?:filiale\s+(?:de|du|des|d')|basée?\s+(?:à|en|au))
rule    apposed      (?={up})(?!{first}\b)(?<org>{name}(?:\s+{legal})?)(?=,\s+(?:une\s+|la\s+)?{apptail}\s)
need    apposed      120 \b{apptail}\s

# A name with a legal form: Travlane Haulage Limited, Mistral AI SAS,
# Brevalis, SARL (tried at every capitalized word that a legal form
# follows within five words).
rule    legal        (?={up}{low}[a-zA-Z0-9'&.\x{C0}-\x{24F}-]*,?\s+(?:{up}|de\s|du\s|des\s|d'|&)|[A-Z0-9&.-]{1,5},?\s+{up}{low})(?!{stop}\b)(?<org>(?=(?<alias>{run2}){legal}(?![\p{L}\d])(?!\S*\s*\(\s*\p{Lu}))?{run1}(?:{legal}|Limited|Incorporated|Corporation|Holding|Holdings)(?![\p{L}\d])|{run0}{cap},\s*{legal}(?![\p{L}\d]))(?:{acro})?
need    legal        160 (?:{legal}|Limited|Incorporated|Corporation|Holding|Holdings)(?![\p{L}\d])

# An acronym the lists do not know, in running French text, after an
# article or a preposition (la CCSDN, de l'OPAC): French bodies go by
# their acronyms; the common non-organization ones are listed in acrostop
# and acrotech.  One before a number names a standard (la norme ISO 8601).
rule    acronym      (?:\b(?:[Ll]a|[Ll]e|[Ll]es|[Dd]u|[Dd]e|[Dd]es|[Aa]u|[Aa]ux|à|et|par|sur|pour|avec|dans|contre|selon|chez)\s|\b[Ll]'|\b[Dd]'|\(\s?)\K(?=[A-Z\x{C0}-\x{DE}]{2}[A-Z\x{C0}-\x{DE}\d]{0,4}(?![\p{L}\d&_]|\.\p{L}|-\p{L}))(?!(?:{acrostop}|{acrotech})(?![\p{L}\d]))(?![IVXLCDM]+(?![\p{L}\d]))(?<org>[A-Z\x{C0}-\x{DE}]{2}[A-Z\x{C0}-\x{DE}\d]{1,2}|(?![B-DF-HJ-NP-TV-XZ\d]*[AEIOUY][B-DF-HJ-NP-TV-XZ\d]*[AEIOUY])[A-Z\x{C0}-\x{DE}]{2}[A-Z\x{C0}-\x{DE}\d]{3,4})(?![\p{L}\d&_]|\.\p{L}|-\p{L})(?!["»]|\s+[-:]|\s+[0-9])


# ------------------------------------------------------------ negatives
# Person names: first name + capitalized word (Jean Dupont, Kai Zenner),
# unless a listed organization starts so (Louis Vuitton, Alain Afflelou).
reject  person       (?=\p{Lu}[\p{Ll}'-]+[\s-]+\p{Lu})(?!{fnorg}(?!\w)){first}(?:[- ]{first})?\s+(?:(?:de|du|d'|van|von|le|la)\s*)?\p{Lu}[\p{L}\p{M}'-]+
# Titles before a name: M. Bouygues, Mme Lagarde, le président Macron.
reject  title        (?:(?=\p{Lu})(?:M\.|MM\.|Mme|Mmes|Mlle|Me|Dr|Pr|Mgr|Maître|Docteur|Professeur)|(?<=\b[Ll]e\s|\b[Ll]a\s|\bdu\s|\bau\s)(?:président|présidente|ministre|député|députée|sénateur|sénatrice|maire|juge|général|préfet|préfète|PDG|patron|patronne|directeur|directrice|porte-parole|secrétaire\s+d'État|chanteur|chanteuse|journaliste|professeur|docteur|commissaire))\s+\p{Lu}[\p{L}\p{M}'-]+(?:\s+\p{Lu}[\p{L}\p{M}'-]+)?
# Places: countries and large cities are never organizations.
reject  place        (?=\p{Lu}\p{Ll})(?:{places})(?![\p{L}\p{M}\d-])
# Computing terms in capitals (ELF, SHELL, NULL) are not the companies
# that a list writes so (Elf, Shell) in running text.
reject  tech         (?-i:{acrotech})(?![\p{L}\p{M}\d-])
# Months and weekdays.
reject  month        (?=\p{Lu})(?:{months}|{weekdays})(?!\w)
# Canal de Suez, le canal de Suez: a place.
reject  suez         (?i)(?:canal|isthme)\s+de\s+Suez
# Web addresses and e-mail domains: never an organization there.
reject  url          (?i)(?:https?://|ftp://|www\.)[^\s<>"]+
reject  email        @[\p{L}\d-]+(?:\.[\p{L}\d-]+)*
