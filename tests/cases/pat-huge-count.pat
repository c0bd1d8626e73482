type percent
lang fr
rule r [0-9]{374162604000}%
rule s [0-9]{1,99999999999}%
