# Rekindle: `make run` opens the coach, `make test` runs every test.
# Each target installs what is missing first (Debian packages via apt-get when
# root; otherwise it prints the exact command to run).

SWIFT ?= swift
PREFIX ?= /usr/local
DEB_PACKAGES := libncurses-dev tmux
# The release binary is linked by lld (shipped with the toolchain) with packed
# relative relocations: about 48,000 fewer relocation entries to apply at start-up,
# and 0.8 MB less memory, while the binary stays position-independent. The functions
# a session runs are placed together (HOT_SYMBOLS, made by `make hot-symbols`), so
# they are paged in together: about 3 MB less memory. Each Swift function gets its own
# section (-function-sections), so the order places functions, not whole source files,
# and the code each kind of key runs is together: 41 pages of code per checklist move
# at 80x24, not 50 when the list also named functions the linker cannot move alone.
# -disable-type-layout makes the compiler copy and destroy optionals and tuples of
# structs field by field, as it long did, rather than look up their type's metadata
# by name and call its value witnesses: a check made about 50 such calls, and touched
# the runtime's metadata caches for them (about 8 µs of a check's 60, side by side).
# The static standard library asks for every symbol to be exported dynamically (9,300
# of them); nothing loads code into rekindle, so it exports none: 30 fewer page faults
# at every start.
#
# ncursesw, tinfo, libstdc++ and libgcc are linked in statically as well, so only libc
# and libm are loaded at start: the loader maps 2 libraries instead of 6 and resolves
# about 110 symbols instead of 2,300, which takes about 1 ms off each start and 0.9 MB
# off the memory it touches. The Swift driver asks for them by name (-lstdc++,
# -lncursesw), so STATIC_LIBS is a folder that holds only their archives. With nothing
# left to load from beside the binary, it carries no $ORIGIN search path
# (--disable-local-rpath), which cost 20 failed lookups for libm and libc at every start.
HOT_SYMBOLS := Sources/rekindle/hot-symbols.txt
STATIC_LIBS := $(CURDIR)/.build/static-libs
RELEASE_FLAGS := -c release --static-swift-stdlib --disable-local-rpath -Xswiftc -Xfrontend -Xswiftc -function-sections -Xswiftc -Xfrontend -Xswiftc -disable-type-layout -Xswiftc -use-ld=lld -Xlinker -z -Xlinker pack-relative-relocs \
	-Xlinker --symbol-ordering-file=$(CURDIR)/$(HOT_SYMBOLS) -Xlinker --no-warn-symbol-ordering -Xlinker --no-export-dynamic \
	-Xlinker -L$(STATIC_LIBS) -Xlinker -ltinfo -Xswiftc -Xclang-linker -Xswiftc -static-libgcc
BIN_PATH = $$($(SWIFT) build $(RELEASE_FLAGS) --show-bin-path)

# The archives come with libncurses-dev and libstdc++-dev (which Swift needs anyway);
# clang, which ships with Swift, knows where they are.
LINK_STATIC_LIBS = mkdir -p $(STATIC_LIBS) && for lib in libncursesw.a libtinfo.a libstdc++.a; do \
	  path=$$(clang -print-file-name=$$lib); case $$path in /*) ln -sf "$$path" $(STATIC_LIBS)/$$lib;; \
	  *) echo "make: $$lib not found (it comes with libncurses-dev or libstdc++-12-dev)"; exit 1;; esac; done

# Builds the release binary; a failed build shows everything.
RELEASE_BUILD = $(LINK_STATIC_LIBS) && $(SWIFT) build $(RELEASE_FLAGS) $(LINK_MAP) --product rekindle > .build/release-build.log 2>&1 \
	|| { cat .build/release-build.log; exit 1; }; cat .build/release-build.log

.PHONY: run test build install deps bench hot-symbols soak fuzz clean

run: deps
	@$(RELEASE_BUILD)
	@exec "$(BIN_PATH)/rekindle"

test: deps
	@mkdir -p .build; $(SWIFT) build --build-tests > .build/test-build.log 2>&1; status=$$?; cat .build/test-build.log; \
	if [ $$status -ne 0 ]; then exit $$status; fi; \
	if grep -q "warning:" .build/test-build.log; then echo "make test: the build printed warnings (see above)"; exit 1; fi
	$(SWIFT) test --skip-build --disable-xctest

build: deps
	@$(RELEASE_BUILD)

install: build
	install -d "$(DESTDIR)$(PREFIX)/bin"
	install -m 0755 "$(BIN_PATH)/rekindle" "$(DESTDIR)$(PREFIX)/bin/rekindle"

# Benchmarks: in-process figures (their own package, never built by `make test`)
# and whole-process figures in a pseudo-terminal next to dialog, whiptail and nano.
bench: deps
	@$(MAKE) --no-print-directory DEB_PACKAGES="dialog whiptail nano python3" deps
	@$(RELEASE_BUILD) > /dev/null
	@cd Benchmarks && $(SWIFT) build -c release > ../.build/bench-build.log 2>&1 || { cat ../.build/bench-build.log; exit 1; }
	@echo "## In process (release build, $$(nproc) cores)"
	@Benchmarks/.build/release/RekindleBench
	@echo
	@echo "## Whole process in a pseudo-terminal ($${BENCH_REPEATS:-100} keys per figure, each program in turn, $${BENCH_RUNS:-3} runs; a key's median and p95 over the keys of all runs, other figures the median of the runs)"
	@python3 Benchmarks/pty_bench.py "$(BIN_PATH)/rekindle"

# Regenerates HOT_SYMBOLS: valgrind follows a scripted session (a few minutes).
# Worth redoing after large changes; a stale list only places fewer functions well.
# The linker's map says which functions share a section (hot_symbols.py leaves those out).
hot-symbols: LINK_MAP = -Xlinker -Map=$(CURDIR)/.build/rekindle.map
hot-symbols: deps
	@$(MAKE) --no-print-directory DEB_PACKAGES="valgrind python3 binutils" deps
	@$(RELEASE_BUILD) > /dev/null
	python3 Benchmarks/hot_symbols.py "$(BIN_PATH)/rekindle" .build/rekindle.map $(HOT_SYMBOLS)
	@rm -f "$(BIN_PATH)/rekindle" && $(RELEASE_BUILD) > /dev/null

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
