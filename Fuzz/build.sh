#!/usr/bin/env bash
# Builds the fuzz targets with libFuzzer (shipped with the Swift toolchain) and runs
# each for FUZZ_SECONDS (default 60) from the committed seed corpus, on a copy so
# the corpus in git only grows by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-60}"
out=.build-fuzz
mkdir -p "$out"
# Swift 6 language mode, as the package builds the core (bare /regex/ literals among others).
core=$(find Sources/RekindleCore -name '*.swift' | sort)
for target in GuideParser SessionDecoder; do
  swiftc -O -swift-version 6 -sanitize=fuzzer,address -parse-as-library -module-name RekindleCore \
    $core Fuzz/PackageResources.swift "Fuzz/${target}Fuzz.swift" -o "$out/fuzz-$target" 2>&1 | grep -v -e "^$" -e "Cannot export local symbol" || true
done
status=0
for pair in GuideParser:guide SessionDecoder:session; do
  target=${pair%%:*}; corpus=${pair##*:}
  work=$(mktemp -d)
  cp Fuzz/Corpus/"$corpus"/* "$work"/
  echo "fuzz-$target: $seconds s"
  # The Swift runtime's own crash reporter confuses ASan's report; libFuzzer reports instead.
  if ! SWIFT_BACKTRACE=enable=no "$out/fuzz-$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
      -artifact_prefix="$out/crash-$target-" "$work" 2> "$out/fuzz-$target.log"; then
    status=1
    tail -40 "$out/fuzz-$target.log"
  fi
  grep -E "^(#[0-9]+.*DONE|Done [0-9]+ runs)" "$out/fuzz-$target.log" | tail -1
  rm -rf "$work"
done
exit $status
