# ORG rules for English text (patterns/ORG.md has the conventions).
type    org
lang    en

list    orglang  lists/org-en.tsv         # English-only names
list    orgs     ../common/orgs.tsv       # curated: alias TAB canonical name
list    nsi      ../common/orgs-nsi.tsv   # generated (name-suggestion-index)
names   orglang
names   orgs
names   nsi
