rule r [0-9]+
