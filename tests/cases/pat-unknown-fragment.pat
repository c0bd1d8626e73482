type money
lang fr
define num [0-9]+
rule r {num}\s*{cur}
