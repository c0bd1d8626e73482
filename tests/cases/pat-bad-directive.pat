type money
lang fr
rules r [0-9]+
