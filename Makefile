# Thin wrapper: installs what is missing, then hands over to CMake and CTest.
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=RelWithDebInfo

# `make test SANITIZE=1`: the whole test suite built with AddressSanitizer and
# UndefinedBehaviorSanitizer (GCC's) in a tree of its own. Every process the
# tests start (pykala-cli, the client) is sanitised too and reads these
# options; the leak suppressions name only Qt's, fontconfig's and NSS's own
# allocations (tests/sanitize/lsan.supp says which and why).
ifeq ($(SANITIZE),1)
BUILD ?= build-sanitize
override CMAKE_FLAGS += -DPYKALA_SANITIZE=ON
export ASAN_OPTIONS ?= detect_leaks=1:strict_init_order=1
export UBSAN_OPTIONS ?= print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS ?= suppressions=$(CURDIR)/tests/sanitize/lsan.supp:print_suppressions=0
endif
BUILD ?= build

PACKAGES := build-essential cmake ninja-build ccache pkgconf git \
	qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools \
	qt6-l10n-tools qt6-translations-l10n qt6-svg-dev libgl-dev \
	libpoppler-qt6-dev libnss3-dev poppler-utils libsqlite3-dev sqlite3 libstemmer-dev \
	catch2 libnss3-tools softhsm2 desktop-file-utils appstream shared-mime-info dpkg-dev xvfb xauth fontconfig fonts-dejavu-core python3-html5lib qpdf openssl \
	libcurl4-openssl-dev python3-aiosmtpd libpq-dev libvalijson-dev zlib1g-dev

# What only the tests need, which `make run` does not install: PostgreSQL's
# server, for the tests of the store on PostgreSQL. The tests start a
# throwaway cluster of their own (tests/postgresql/cluster.sh): no system
# cluster is made, create_main_cluster = false being set before
# postgresql-common is installed. The sign-in tests also make certificates
# (openssl) and a card's token (softhsm2), whose key libpq reaches through
# OpenSSL's pkcs11 engine (libengine-pkcs11-openssl). The archive tests validate
# every metadata file against its XML Schema with xmllint (libxml2-utils).
# The published pages are checked with axe-core in Debian's Chromium and
# with the Nu HTML Checker (tests/web, from npm by its lockfile): npm and a
# Java runtime are installed from Debian only when the machine has none,
# since its Node.js or Java may be another's.
TEST_PACKAGES := postgresql-15 openssl softhsm2 libengine-pkcs11-openssl libxml2-utils chromium

# What `make bench` compares Pykälä with, from Debian's own packages
# (and Chromium, a test package).
BENCH_PACKAGES := libreoffice-writer-nogui
BENCH_BUILD ?= build-release

# `make fuzz`: the libFuzzer targets of tests/fuzz, built with clang (and
# AddressSanitizer and UndefinedBehaviorSanitizer) in a tree of their own;
# each explores for FUZZ_SECONDS from its corpus. libclang-rt-14-dev is
# clang's runtime: libFuzzer and the sanitizers.
FUZZ_PACKAGES := clang libclang-rt-14-dev
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= interchange events richtext storefile

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps test-deps install-missing bench-deps fuzz-deps configure build run test bench fuzz clean

all: build

# Installs the packages named in $(1) that are missing.
define install_missing
	@missing=$$(for p in $(1); do \
		dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; \
	done); \
	if [ -n "$$missing" ]; then \
		echo "Installing missing packages:" $$missing; \
		$(SUDO) apt-get update -q && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends \
			-o Dpkg::Options::=--force-confold $$missing; \
	fi
endef

deps:
	$(call install_missing,$(PACKAGES))

test-deps: deps
	@if ! dpkg-query -W -f='$${Status}\n' postgresql-common 2>/dev/null | grep -q 'install ok installed'; then \
		$(SUDO) mkdir -p /etc/postgresql-common && \
		echo 'create_main_cluster = false' | $(SUDO) tee /etc/postgresql-common/createcluster.conf >/dev/null; \
	fi
	$(call install_missing,$(TEST_PACKAGES))
	@command -v npm >/dev/null 2>&1 || $(MAKE) --no-print-directory install-missing PACKAGES_TO_INSTALL="nodejs npm"
	@command -v java >/dev/null 2>&1 || $(MAKE) --no-print-directory install-missing PACKAGES_TO_INSTALL=default-jre-headless
	@if [ ! -f tests/web/node_modules/.package-lock.json ] || [ tests/web/package-lock.json -nt tests/web/node_modules/.package-lock.json ]; then \
		echo "Installing the web checkers (tests/web/package-lock.json)"; \
		cd tests/web && npm ci --ignore-scripts --no-audit --no-fund; \
	fi

install-missing:
	$(call install_missing,$(PACKAGES_TO_INSTALL))

bench-deps: test-deps
	$(call install_missing,$(BENCH_PACKAGES))

fuzz-deps: deps
	$(call install_missing,$(FUZZ_PACKAGES))

$(BUILD)/build.ninja: | deps
	cmake -S . -B $(BUILD) -G Ninja $(CMAKE_FLAGS)

configure: deps $(BUILD)/build.ninja

build: configure
	cmake --build $(BUILD)

run: build
	$(BUILD)/app/pykala

# The PostgreSQL clusters the tests start (the store's, and the sign-in
# tests' with TLS) are stopped by CTest after their last test (also when one
# fails); an interrupted run stops them here.
test: build test-deps
	cd $(BUILD) && trap 'for c in $$(cat tests/postgresql-cluster tests/signin-cluster); do \
		sh $(CURDIR)/tests/postgresql/cluster.sh stop "$$c"; done' INT TERM && \
		ctest --output-on-failure -j 2

# A Release build of its own; the client starts under Xvfb, and the same
# archive is measured on a PostgreSQL server the benchmark starts and stops
# itself (tests/postgresql/cluster.sh, durable). The tables go into
# docs/performance.md (docs/performance.md says how long it takes).
bench: bench-deps
	cmake -S . -B $(BENCH_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release
	cmake --build $(BENCH_BUILD) --target pykala pykala-cli pykala-bench pykala-bench-shared
	xvfb-run -a -s "-screen 0 1920x1080x24" $(BENCH_BUILD)/tests/pykala-bench --out docs/performance.md
	$(BENCH_BUILD)/tests/pykala-bench-shared --cli $(BENCH_BUILD)/app/pykala-cli --out docs/performance.md

# Findings go to $(FUZZ_BUILD)/fuzz/<target>/findings/; the run ends with
# what it found and how to keep a crash in the corpus (docs/architecture.md,
# "Fuzzing and sanitizers").
fuzz: fuzz-deps
	cmake -S . -B $(FUZZ_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
		-DCMAKE_CXX_COMPILER=clang++ -DPYKALA_FUZZ=ON
	cmake --build $(FUZZ_BUILD) --target $(addprefix pykala-fuzz-,$(FUZZ_TARGETS))
	sh tests/fuzz/run-fuzzers.sh $(FUZZ_BUILD) $(FUZZ_SECONDS) $(FUZZ_TARGETS)

clean:
	rm -rf $(BUILD) $(BENCH_BUILD) $(FUZZ_BUILD) build-sanitize
