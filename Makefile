# Rekindle: `make run` opens the coach, `make test` runs every test.
# Each target installs what is missing first (Debian packages via apt-get when
# root; otherwise it prints the exact command to run).

SWIFT ?= swift
PREFIX ?= /usr/local
DEB_PACKAGES := libncurses-dev tmux
RELEASE_FLAGS := -c release --static-swift-stdlib

.PHONY: run test build install deps bench soak fuzz clean

run: deps
	@$(SWIFT) build $(RELEASE_FLAGS) --product rekindle
	@exec "$$($(SWIFT) build $(RELEASE_FLAGS) --show-bin-path)/rekindle"

test: deps
	$(SWIFT) build --build-tests 2>&1 | tee .build-log.txt
	@if grep -q "warning:" .build-log.txt; then echo "make test: the build printed warnings (see above)"; rm -f .build-log.txt; exit 1; fi
	@rm -f .build-log.txt
	$(SWIFT) test --skip-build --disable-xctest

build: deps
	$(SWIFT) build $(RELEASE_FLAGS) --product rekindle

install: build
	install -d "$(DESTDIR)$(PREFIX)/bin"
	install -m 0755 "$$($(SWIFT) build $(RELEASE_FLAGS) --show-bin-path)/rekindle" "$(DESTDIR)$(PREFIX)/bin/rekindle"

# Benchmarks: in-process figures (their own package, never built by `make test`)
# and whole-process figures in a pseudo-terminal next to dialog, whiptail and nano.
bench: deps
	@$(MAKE) --no-print-directory DEB_PACKAGES="dialog whiptail nano python3" deps
	@$(SWIFT) build $(RELEASE_FLAGS) --product rekindle 2>&1 | grep -v "mktemp" | grep -E "error|warning" || true
	@cd Benchmarks && $(SWIFT) build -c release 2>&1 | grep -E "error|warning" || true
	@echo "## In process (release build, $$(nproc) cores)"
	@Benchmarks/.build/release/RekindleBench
	@echo
	@echo "## Whole process in a pseudo-terminal (median of $${BENCH_REPEATS:-30} keys per figure)"
	@python3 Benchmarks/pty_bench.py "$$($(SWIFT) build $(RELEASE_FLAGS) --show-bin-path)/rekindle"

# Fuzz the guide parser and the session decoder with libFuzzer, FUZZ_SECONDS each (default 60).
fuzz: deps
	bash Fuzz/build.sh

# The long reliability runs: 5,000 kill -9s at reported save steps (about 2 minutes).
soak: deps
	$(SWIFT) build --build-tests
	REKINDLE_SOAK_KILLS=5000 $(SWIFT) test --skip-build --filter KillNineTests

deps:
	@command -v $(SWIFT) >/dev/null 2>&1 || { echo "make: Swift 6 is needed: see https://www.swift.org/install/linux/ then run make again"; exit 1; }
	@missing=""; \
	for pkg in $(DEB_PACKAGES); do dpkg -s $$pkg >/dev/null 2>&1 || missing="$$missing $$pkg"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "make: installing$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq$$missing >/dev/null; \
	  else \
	    echo "make: missing Debian packages:$$missing"; \
	    echo "make: run: sudo apt-get install -y$$missing"; exit 1; \
	  fi; \
	fi

clean:
	rm -rf .build .build-fuzz Benchmarks/.build
