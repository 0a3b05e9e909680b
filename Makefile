# Rekindle: `make run` opens the coach, `make test` runs every test.
# Each target installs what is missing first (Debian packages via apt-get when
# root; otherwise it prints the exact command to run).

SWIFT ?= swift
PREFIX ?= /usr/local
# cmark-gfm renders the Markdown exports in their tests (a CommonMark renderer).
DEB_PACKAGES := libncurses-dev tmux binutils cmark-gfm
# The release binary carries the Swift runtime (--static-swift-stdlib) and is
# stripped; it loads ncursesw, libstdc++ and libc from the system.
RELEASE_FLAGS := -c release --static-swift-stdlib
BIN_PATH = $$($(SWIFT) build $(RELEASE_FLAGS) --show-bin-path)
RELEASE_BINARY := .build/rekindle

# Builds and strips the release binary; a failed build shows everything.
RELEASE_COMPILE = mkdir -p .build && { $(SWIFT) build $(RELEASE_FLAGS) --product rekindle > .build/release-build.log 2>&1 \
	|| { cat .build/release-build.log; exit 1; }; } && strip -o $(RELEASE_BINARY) "$(BIN_PATH)/rekindle"
RELEASE_BUILD = $(RELEASE_COMPILE) && cat .build/release-build.log

.PHONY: run test build install deps bench soak fuzz clean

run: deps
	@$(RELEASE_BUILD)
	@exec $(RELEASE_BINARY)

# The end-to-end tests drive the binary `make install` ships (REKINDLE_BINARY).
test: deps
	@$(RELEASE_COMPILE) && echo "make test: built $(RELEASE_BINARY), which the end-to-end tests drive"
	@mkdir -p .build; $(SWIFT) build --build-tests > .build/test-build.log 2>&1; status=$$?; cat .build/test-build.log; \
	if [ $$status -ne 0 ]; then exit $$status; fi; \
	if grep -q "warning:" .build/test-build.log; then echo "make test: the build printed warnings (see above)"; exit 1; fi
	REKINDLE_BINARY=$(CURDIR)/$(RELEASE_BINARY) $(SWIFT) test --skip-build --disable-xctest

build: deps
	@$(RELEASE_BUILD)

install: build
	install -d "$(DESTDIR)$(PREFIX)/bin"
	install -m 0755 $(RELEASE_BINARY) "$(DESTDIR)$(PREFIX)/bin/rekindle"

# Benchmarks: the budgets in PERFORMANCE.md, next to dialog, whiptail and nano, with
# PASS or FAIL (about 5 minutes once built). The save and load figures come from
# the package under Benchmarks/, which `make test` never builds.
bench: deps
	@$(MAKE) --no-print-directory DEB_PACKAGES="dialog whiptail nano python3" deps
	@$(RELEASE_BUILD)
	@cd Benchmarks && $(SWIFT) build -c release > ../.build/bench-build.log 2>&1 || { cat ../.build/bench-build.log; exit 1; }
	@python3 Benchmarks/pty_bench.py $(RELEASE_BINARY) Benchmarks/.build/release/RekindleBench

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
