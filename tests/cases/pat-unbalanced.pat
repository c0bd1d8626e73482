type money
lang fr
rule open (?<amount>[0-9]+\s*€
