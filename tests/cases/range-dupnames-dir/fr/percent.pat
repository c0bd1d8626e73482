type percent
lang fr
# two branches, each with its own part1 and part2
rule range (?:de\s+(?<part1>(?<amount>[0-9]+))\s+à\s+(?<part2>(?<amount2>[0-9]+))\s*%|entre\s+(?<part1>(?<amount>[0-9]+))\s+et\s+(?<part2>(?<amount2>[0-9]+))\s*%)
