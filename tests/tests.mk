# Tests: included by the Makefile.
check: trawl
	@echo "(tests not written yet)"
.PHONY: check
