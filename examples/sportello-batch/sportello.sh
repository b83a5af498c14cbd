#!/usr/bin/env bash
# A sportello lavoro's weekly batch with the incontro CLI, no code: the CVs collected in a folder are
# anonymized, the week's vacancies are reviewed for discriminatory wording, and every vacancy gets a blind
# shortlist. What goes to the matching team (profiles.jsonl, shortlists.json) names no file and no person;
# the mapping from pseudonymous id back to a CV stays at the desk (the operator recomputes it with the key).
#
#   export INCONTRO_KEY="$(cat /etc/incontro/key)"        # the deployer key, ≥ 16 bytes
#   ./sportello.sh <cv-folder> <vacancy-folder> <out-folder> [top]
#
# INCONTRO names the command (default: `incontro`, installed with `npm install -g incontro`; from a clone,
# after `pnpm build`: INCONTRO="node packages/incontro/dist/cli.js").
set -euo pipefail
if [ "$#" -lt 3 ]; then
  echo "usage: $0 <cv-folder> <vacancy-folder> <out-folder> [top]" >&2
  exit 2
fi
cvs=$1 vacancies=$2 out=$3 top=${4:-5}
: "${INCONTRO_KEY:?set INCONTRO_KEY to the deployer key (at least 16 bytes)}"
read -r -a incontro <<< "${INCONTRO:-incontro}"
mkdir -p "$out"

# 1. Neutral profiles, one JSON line per CV, named by pseudonymous id (--blind).
"${incontro[@]}" anonymize "$cvs"/* --json --blind > "$out/profiles.jsonl"

# 2. Vacancy review: gendered wording and illegal requirements. Exit 1 means some vacancy must be
#    corrected with the employer before it is published; the batch goes on and the operator reads the file.
review=0
"${incontro[@]}" review-vacancy "$vacancies"/* --json > "$out/vacancy-review.jsonl" || review=$?
if [ "$review" -gt 1 ]; then exit "$review"; fi

# 3. A blind, explained shortlist for every vacancy.
"${incontro[@]}" match --cvs "$cvs" --vacancies "$vacancies" --top "$top" --json --blind > "$out/shortlists.json"

echo "sportello: $(wc -l < "$out/profiles.jsonl") profiles, shortlists in $out/shortlists.json$([ "$review" = 1 ] && echo ', SOME VACANCIES NEED CORRECTION (see vacancy-review.jsonl)')" >&2
