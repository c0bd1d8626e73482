type money
lang fr
list cur nowhere/currency.tsv
