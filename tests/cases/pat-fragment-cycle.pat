type money
lang fr
define a x{b}
define b y{a}
