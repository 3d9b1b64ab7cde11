#!/usr/bin/env bash
# Shows that the build-time validation (build.rs) stops on each kind of broken data file with a
# message naming the file and line. It compiles build.rs on its own (it is std-only) against a
# broken copy of data/, once per kind of break, and checks the exit status and the message.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

# expect <name> <sed expression on figures.csv> <expected message (grep -E)>
expect() {
  local name=$1 edit=$2 pattern=$3 dir="$work/$1"
  mkdir -p "$dir/src"
  cp build.rs "$dir/" && cp src/csv.rs src/data.rs src/model.rs "$dir/src/" && cp -r data "$dir/"
  sed -i "$edit" "$dir/data/figures.csv"
  rustc --edition 2024 -O --cfg data_check_only --crate-name validate "$dir/build.rs" -o "$dir/validate" 2>"$dir/rustc.log" \
    || { echo "FAIL $name: build.rs did not compile"; cat "$dir/rustc.log"; failures=$((failures + 1)); return; }
  if (cd "$dir" && ./validate >/dev/null 2>"$dir/err.log"); then
    echo "FAIL $name: the broken file was accepted"; failures=$((failures + 1))
  elif grep -qE "$pattern" "$dir/err.log"; then
    echo "ok   $name: $(grep -E "$pattern" "$dir/err.log" | head -1 | cut -c1-150)"
  else
    echo "FAIL $name: unexpected message:"; cat "$dir/err.log"; failures=$((failures + 1))
  fi
}

expect unknown-place   '5s/^\([^,]*\),[^,]*,/\1,atlantis,/' '^invalid data: data/figures.csv:5: unknown place "atlantis"'
expect unknown-source  '5s/,khn-2019-01-28,/,nosuchsource,/' '^invalid data: data/figures.csv:5: unknown source "nosuchsource"'
expect duplicate-id    '6s/^[^,]*,/hunan-2018-industrial-value-added-growth,/' '^invalid data: data/figures.csv:6: duplicate id'
expect not-a-number    '2s/,7\.4,%,/,7.4x,%,/' '^invalid data: data/figures.csv:2: value "7.4x" is not a plain number'
expect unknown-kind    '2s/,growth,/,velocity,/' '^invalid data: data/figures.csv:2: unknown kind "velocity"'
expect quote-not-found '2s/increased by 7\.4%/decreased by 7.4%/' '^invalid data: data/figures.csv:2: quote not found verbatim'
expect value-not-in-quote '2s/,7\.4,%,/,7.5,%,/' '^invalid data: data/figures.csv:2: value 7.5 is not stated in its quote'

# And the intact data passes.
mkdir -p "$work/intact/src" && cp build.rs "$work/intact/" && cp src/csv.rs src/data.rs src/model.rs "$work/intact/src/" && cp -r data "$work/intact/"
rustc --edition 2024 -O --cfg data_check_only --crate-name validate "$work/intact/build.rs" -o "$work/intact/validate"
if (cd "$work/intact" && ./validate >/dev/null); then echo "ok   intact data passes"; else echo "FAIL intact data rejected"; failures=$((failures + 1)); fi

if [ "$failures" -ne 0 ]; then echo "$failures data-validation check(s) failed"; exit 1; fi
