# ORG rules for French text (patterns/ORG.md has the conventions).
type    org
lang    fr

list    orglang  lists/org-fr.tsv         # French bodies and parties
list    orgs     ../common/orgs.tsv       # curated: alias TAB canonical name
list    nsi      ../common/orgs-nsi.tsv   # generated (name-suggestion-index)
names   orglang
names   orgs
names   nsi
