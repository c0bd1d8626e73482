type money
lang fr
list cur pat-bad-list.txt
