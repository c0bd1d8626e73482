type money
lang fr
rule maybe (?<amount>[0-9]*)
