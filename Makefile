# Thin wrapper: installs what is missing, then hands over to CMake and CTest.
BUILD ?= build
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=RelWithDebInfo

PACKAGES := build-essential cmake ninja-build ccache pkgconf git \
	qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools \
	qt6-l10n-tools qt6-translations-l10n qt6-svg-dev libgl-dev \
	libpoppler-qt6-dev poppler-utils libsqlite3-dev sqlite3 libstemmer-dev \
	catch2 libnss3-tools softhsm2 desktop-file-utils appstream shared-mime-info dpkg-dev xvfb xauth fontconfig fonts-dejavu-core python3-html5lib qpdf openssl

# What `make bench` compares Pykälä with, from Debian's own packages.
BENCH_PACKAGES := libreoffice-writer-nogui chromium
BENCH_BUILD ?= build-release

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps bench-deps configure build run test bench clean

all: build

# Installs the packages named in $(1) that are missing.
define install_missing
	@missing=$$(for p in $(1); do \
		dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; \
	done); \
	if [ -n "$$missing" ]; then \
		echo "Installing missing packages:" $$missing; \
		$(SUDO) apt-get update -q && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends $$missing; \
	fi
endef

deps:
	$(call install_missing,$(PACKAGES))

bench-deps: deps
	$(call install_missing,$(BENCH_PACKAGES))

$(BUILD)/build.ninja: | deps
	cmake -S . -B $(BUILD) -G Ninja $(CMAKE_FLAGS)

configure: deps $(BUILD)/build.ninja

build: configure
	cmake --build $(BUILD)

run: build
	$(BUILD)/app/pykala

test: build
	cd $(BUILD) && ctest --output-on-failure -j 2

# A Release build of its own; the client starts under Xvfb. The tables go
# into docs/performance.md (docs/performance.md says how long it takes).
bench: bench-deps
	cmake -S . -B $(BENCH_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release
	cmake --build $(BENCH_BUILD) --target pykala pykala-cli pykala-bench
	xvfb-run -a -s "-screen 0 1920x1080x24" $(BENCH_BUILD)/tests/pykala-bench --out docs/performance.md

clean:
	rm -rf $(BUILD) $(BENCH_BUILD)
