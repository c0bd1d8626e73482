# ORG rules for French text.
type    org
lang    fr

list    orgs     ../common/orgs.tsv     # alias TAB canonical name
names   orgs
