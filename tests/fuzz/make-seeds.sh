#!/bin/sh
# Makes the seeds of the interchange and storefile corpora from the demo data
# (core/demo), with a built pykala-cli and sqlite3. The seeds are committed;
# this says how they were made, and makes them again should the formats
# change. Crash inputs (crash-…) are never made here: they are kept as found.
#
#   tests/fuzz/make-seeds.sh build/app/pykala-cli
#
# Stores are rewritten with 512-byte pages (VACUUM), which keeps each seed
# under about 100 kB; SQLite and the store read any page size.
set -eu

cli=$(realpath "$1")
corpus=$(cd "$(dirname "$0")" && pwd)/corpus
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
small() { sqlite3 "$1" "PRAGMA journal_mode = DELETE; PRAGMA page_size = 512; VACUUM;" >/dev/null; }

# The demo municipality: two bodies, half a year held, half planned.
"$cli" --store demo.sqlite init --name "Järvenrannan kunta" >/dev/null
"$cli" --store demo.sqlite demo --seed 7 --bodies 2 --years 1 --as-of 2026-06-30 >/dev/null
"$cli" --store org.sqlite init --name "Järvenrannan kunta" --business-id 0123456-7 >/dev/null

# Interchange: an organisation alone; a held council meeting with its record
# (remote attendance, a vote, a dissent); a planned meeting cut to two items.
"$cli" --store org.sqlite export "$corpus/interchange/seed-organisation.json"
"$cli" --store demo.sqlite export --meeting "KV 3/2026" "$corpus/interchange/seed-demo-held-meeting.json"
"$cli" --store demo.sqlite export --meeting "KH 22/2026" planned.json
python3 - planned.json "$corpus/interchange/seed-demo-planned-meeting.json" <<'PY'
import json, sys
document = json.load(open(sys.argv[1]))
document["meetings"][0]["items"] = document["meetings"][0]["items"][:2]
json.dump(document, open(sys.argv[2], "w"), ensure_ascii=False, indent=1)
PY

# And the example of docs/interchange.md, which names what it leaves out "…".
python3 - "$corpus/../../../docs/interchange.md" "$corpus/interchange/seed-interchange-doc.json" <<'PY'
import sys
text = open(sys.argv[1]).read()
start = text.index("```json", text.index("## Shape")) + len("```json\n")
open(sys.argv[2], "w").write(text[start:text.index("```", start)])
PY

# Store files: an empty store; a store with that planned meeting (and the
# disclosure register's entry of its package); the package itself, which
# always opens read-only; a store of schema 11, which opening migrates.
cp org.sqlite "$corpus/storefile/seed-empty-store.sqlite"
small "$corpus/storefile/seed-empty-store.sqlite"
cp org.sqlite meeting.sqlite
"$cli" --store meeting.sqlite import "$corpus/interchange/seed-demo-planned-meeting.json" >/dev/null
"$cli" --store meeting.sqlite package "KH 22/2026" --for public -o package.sqlite >/dev/null
cp meeting.sqlite "$corpus/storefile/seed-meeting-store.sqlite"
small "$corpus/storefile/seed-meeting-store.sqlite"
cp package.sqlite "$corpus/storefile/seed-package.sqlite"
chmod u+w "$corpus/storefile/seed-package.sqlite"
small "$corpus/storefile/seed-package.sqlite"
cp "$corpus/../../data/store-schema-11.sqlite" "$corpus/storefile/seed-schema-11.sqlite"
small "$corpus/storefile/seed-schema-11.sqlite"
# What is not a store: nothing, text, a header alone, a truncated store.
: >"$corpus/storefile/seed-empty-file"
printf 'Pöytäkirja ei ole tietokanta.\n' >"$corpus/storefile/seed-text-file"
head -c 100 "$corpus/storefile/seed-empty-store.sqlite" >"$corpus/storefile/seed-header-only.sqlite"
head -c 4096 "$corpus/storefile/seed-meeting-store.sqlite" >"$corpus/storefile/seed-truncated.sqlite"

# Rich text: the stored sections of the held meeting's items.
python3 - "$corpus/interchange/seed-demo-held-meeting.json" "$corpus/richtext" <<'PY'
import json, sys
document = json.load(open(sys.argv[1]))
for item in document["meetings"][0]["items"][:4]:
    for section in ("background", "proposal", "decision", "proceedings"):
        if item[section]:
            name = "%s/seed-demo-item-%d-%s.html" % (sys.argv[2], item["position"], section)
            open(name, "w").write(item[section])
PY
