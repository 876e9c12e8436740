# Thin wrapper over CMake and ctest. The two set-up commands:
#   make site   install what is missing, build portal, build the example into public/
#   make test   install what is missing, build, run every test (ctest)
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
RELEASE := build/release
SANITIZE := build/sanitize
FUZZ := build/fuzz
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= front_matter regions csv json money audit site

.PHONY: site test build portal bootstrap sanitize bench format serve clean fuzz docs

bootstrap:
	@scripts/bootstrap

# Only the portal binary, with only what building it needs installed: a
# newcomer's `make site` compiles no test.
portal:
	@scripts/bootstrap --site
	@cmake -S . -B $(RELEASE) -DCMAKE_BUILD_TYPE=Release -DPORTAL_TESTS=OFF >/dev/null
	@cmake --build $(RELEASE) -j $(JOBS) --target portal

# Everything: portal, the tests, the fuzz corpus replays.
build: bootstrap
	@cmake -S . -B $(RELEASE) -DCMAKE_BUILD_TYPE=Release -DPORTAL_TESTS=ON >/dev/null
	@cmake --build $(RELEASE) -j $(JOBS)

site: portal
	@$(RELEASE)/portal build --site . --out public
	@echo
	@echo "The example site is in public/. To view it:"
	@echo "  open public/index.html in a browser, or"
	@echo "  $(RELEASE)/portal serve    (then visit http://127.0.0.1:8000/ ; it rebuilds as you edit)"

sanitize: bootstrap
	@cmake --preset sanitize >/dev/null
	@cmake --build $(SANITIZE) -j $(JOBS) --target portal_unit_tests portal_integration_tests portal

test: build sanitize
	@cd $(RELEASE) && ctest --output-on-failure -j $(JOBS)
	@cd $(SANITIZE) && ctest --output-on-failure -j $(JOBS) -L 'unit|integration'

serve: portal
	@$(RELEASE)/portal serve --site .

bench: build
	@bench/run

# libFuzzer (fuzz/README.md): each target for FUZZ_SECONDS, one after another, e.g.
#   make fuzz FUZZ_SECONDS=3600 FUZZ_TARGETS="regions csv"
fuzz: bootstrap
	@cmake -S . -B $(FUZZ) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
	  -DPORTAL_FUZZ=ON -DPORTAL_BROWSER_TESTS=OFF >/dev/null
	@cmake --build $(FUZZ) -j $(JOBS) --target $(addprefix fuzz_,$(FUZZ_TARGETS))
	@fuzz/run $(FUZZ) $(FUZZ_SECONDS) $(FUZZ_TARGETS)

# The data reference and the editor schemas, made from the compiled schemas
# (a unit test fails while the committed ones differ).
docs:
	@[ -f $(RELEASE)/CMakeCache.txt ] || $(MAKE) portal
	@cmake --build $(RELEASE) -j $(JOBS) --target portal
	@$(RELEASE)/portal schema > docs/data-formats.md
	@mkdir -p schemas
	@for k in site plan report statistics funding; do \
	  $(RELEASE)/portal schema --editor $$k > schemas/$$k.schema.json; done
	@echo "docs/data-formats.md and schemas/ remade"

format:
	@clang-format -i $$(git ls-files 'generator/*.cpp' 'generator/*.hpp' 'tests/*.cpp' 'bench/*.cpp')

clean:
	rm -rf build public
