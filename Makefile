# Thin wrapper: installs what is missing, then hands over to CMake and CTest.
BUILD ?= build
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=RelWithDebInfo

PACKAGES := build-essential cmake ninja-build ccache pkgconf git \
	qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools \
	qt6-l10n-tools qt6-translations-l10n qt6-svg-dev libgl-dev \
	libpoppler-qt6-dev poppler-utils libsqlite3-dev sqlite3 libstemmer-dev \
	catch2 libnss3-tools softhsm2 desktop-file-utils appstream shared-mime-info dpkg-dev xvfb xauth fontconfig fonts-dejavu-core python3-html5lib qpdf openssl

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps configure build run test bench clean

all: build

deps:
	@missing=$$(for p in $(PACKAGES); do \
		dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; \
	done); \
	if [ -n "$$missing" ]; then \
		echo "Installing missing packages:" $$missing; \
		$(SUDO) apt-get update -q && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends $$missing; \
	fi

$(BUILD)/build.ninja: | deps
	cmake -S . -B $(BUILD) -G Ninja $(CMAKE_FLAGS)

configure: deps $(BUILD)/build.ninja

build: configure
	cmake --build $(BUILD)

run: build
	$(BUILD)/app/pykala

test: build
	cd $(BUILD) && ctest --output-on-failure -j 2

bench: build
	cmake --build $(BUILD) --target bench

clean:
	rm -rf $(BUILD)
