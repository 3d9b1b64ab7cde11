#!/usr/bin/env bash
# Shows that the build's validation (crates/build, run by build.rs) stops on each kind of broken
# data file with a message naming the file and line. It runs the build as a program
# (`atlas-build ROOT OUT_DIR BUILD_DIR`) on a broken copy of data/, once per break, and checks the
# exit status and the message. Every data file is broken at least one way.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet -p atlas-build --bin atlas-build
build=$PWD/target/debug/atlas-build
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

# expect <name> <file under data/> <command run in the copy's data/ (sed -i ... FILE)> <expected message (grep -E)>
expect() {
  local name=$1 file=$2 edit=$3 pattern=$4 dir="$work/$1"
  mkdir -p "$dir" && cp -r data "$dir/"
  (cd "$dir/data" && eval "$edit") || { echo "FAIL $name: the edit failed"; failures=$((failures + 1)); return; }
  if cmp -s "data/$file" "$dir/data/$file"; then
    echo "FAIL $name: the edit left data/$file unchanged"; failures=$((failures + 1)); return
  fi
  if "$build" "$dir" "$dir/out" "$dir/build" >/dev/null 2>"$dir/err.log"; then
    echo "FAIL $name: the broken data/$file was accepted"; failures=$((failures + 1))
  elif grep -qE "$pattern" "$dir/err.log"; then
    echo "ok   $name: $(grep -E "$pattern" "$dir/err.log" | head -1 | cut -c1-150)"
  else
    echo "FAIL $name: unexpected message:"; cat "$dir/err.log"; failures=$((failures + 1))
  fi
}

# places.csv
expect place-kind       places.csv  "sed -i '3s/,city,/,town,/' places.csv" '^invalid data: data/places.csv:3: unknown place kind "town"'
expect place-adcode     places.csv  "sed -i '4s/,430200,/,4302,/' places.csv" '^invalid data: data/places.csv:4: adcode "4302" is not 6 digits'
expect place-column     places.csv  "sed -i '1s/,name_zh,/,name_cn,/' places.csv" '^invalid data: data/places.csv:1: missing column\(s\) name_zh; unknown column\(s\) name_cn'
# sources.csv and the source texts
expect source-date      sources.csv "sed -i '2s/,2019-01-28,/,28.1.2019,/' sources.csv" '^invalid data: data/sources.csv:2: period "28.1.2019" is not YYYY'
expect source-text      sources.csv "rm sources/rednet-2020.txt && touch sources.csv -d 2000-01-01 && sed -i '' sources.csv && echo >> sources.csv" '^invalid data: data/sources.csv:1: source "rednet-2020": its text file "rednet-2020.txt" is missing'
# figures.csv
expect unknown-place    figures.csv "sed -i '5s/^\([^,]*\),[^,]*,/\1,atlantis,/' figures.csv" '^invalid data: data/figures.csv:5: unknown place "atlantis"'
expect unknown-source   figures.csv "sed -i '5s/,khn-2019-01-28,/,nosuchsource,/' figures.csv" '^invalid data: data/figures.csv:5: unknown source "nosuchsource"'
expect duplicate-id     figures.csv "sed -i '6s/^[^,]*,/hunan-2018-industrial-value-added-growth,/' figures.csv" '^invalid data: data/figures.csv:6: duplicate id'
expect not-a-number     figures.csv "sed -i '2s/,7\.4,%,/,7.4x,%,/' figures.csv" '^invalid data: data/figures.csv:2: value "7.4x" is not a plain number'
expect unknown-kind     figures.csv "sed -i '2s/,growth,/,velocity,/' figures.csv" '^invalid data: data/figures.csv:2: unknown kind "velocity"'
expect quote-not-found  figures.csv "sed -i '2s/increased by 7\.4%/decreased by 7.4%/' figures.csv" '^invalid data: data/figures.csv:2: quote not found verbatim'
expect value-not-in-quote figures.csv "sed -i '2s/,7\.4,%,/,7.5,%,/' figures.csv" '^invalid data: data/figures.csv:2: value 7.5 is not stated in its quote'
expect indicator-id     figures.csv "sed -i 's/,cluster-100bn,/,,/' figures.csv" '^invalid data: data/figures.csv:[0-9]+: indicator "Industrial cluster of the 100-billion-yuan class" is shared by several divisions'
# highlights.csv
expect highlight-place  highlights.csv "sed -i '3s/^\([^,]*\),[^,]*,/\1,atlantis,/' highlights.csv" '^invalid data: data/highlights.csv:3: unknown place "atlantis"'
expect highlight-quote  highlights.csv "sed -i '2s/was held on January 23/was held on January 24/' highlights.csv" '^invalid data: data/highlights.csv:2: quote not found verbatim'
# the translations (data/README.md, Translations)
expect figure-translation    figures.csv    "sed -i '2s/,规模以上工业增加值增速,/,,/' figures.csv" '^invalid data: data/figures.csv:2: indicator_zh is empty: translate indicator'
expect highlight-translation highlights.csv "sed -i '2s/,湖南召开2019年制造强省建设工作会议。,/,,/' highlights.csv" '^invalid data: data/highlights.csv:2: text_zh is empty: translate text'
expect source-translation    sources.csv    "sed -i '3s/,中国日报,/,,/' sources.csv" '^invalid data: data/sources.csv:3: publisher_zh is empty: translate publisher'
expect indicator-translation figures.csv    "sed -i '46s/,千亿级产业集群,/,千亿产业集群,/' figures.csv" '^invalid data: data/figures.csv:46: indicator "Industrial cluster of the 100-billion-yuan class" is translated .* use one translation'
expect term-missing          terms.csv      "sed -i '/^topic,towns,/d' terms.csv" '^invalid data: data/terms.csv:1: topic "towns" has no row'
expect term-translation      terms.csv      "sed -i 's/^unit,years,years,年$/unit,years,years,/' terms.csv" '^invalid data: data/terms.csv:[0-9]+: zh is empty: translate en "years"'
# hunan.geojson
expect boundary-json    hunan.geojson "sed -i '5s/^{\"type\"/{\"tpye\"/; 5s/\]\]\]\]}}/]]]}}/' hunan.geojson" '^invalid data: data/hunan.geojson:5: '
expect boundary-adcode  hunan.geojson "sed -i 's/\"adcode\":\"430100\"/\"adcode\":\"439900\"/' hunan.geojson" '^invalid data: data/hunan.geojson:2: adcode 439900 has no place in data/places.csv'
# the official statistics: baseline.csv, baseline-sources.csv, baseline-indicators.csv
expect baseline-value   baseline.csv "sed -i '10s/,3616\.81,/,3616.18,/' baseline.csv" '^invalid data: data/baseline.csv:10: value 3616.18 is not stated in its line'
expect baseline-gdp-sum baseline.csv "sed -i '10s/3616\.81/4616.81/g' baseline.csv" '^invalid data: data/baseline.csv:2: the 14 divisions. GDPs of 2022 add up to 49670.34, more than 0.1 % away from the province.s 48670.4'
expect baseline-sectors baseline.csv "sed -i '16s/1967\.03/1977.03/g' baseline.csv" '^invalid data: data/baseline.csv:14: yueyang gdp 2022: its parts \(primary, secondary, tertiary\) add up to 4720.66, not 4710.67 within rounding'
expect baseline-place   baseline.csv "sed -i '12s/,hengyang,/,atlantis,/' baseline.csv" '^invalid data: data/baseline.csv:12: unknown place "atlantis"'
expect baseline-source  baseline.csv "sed -i '12s/,list-2022,/,nosuchpage,/' baseline.csv" '^invalid data: data/baseline.csv:12: unknown source "nosuchpage"'
expect baseline-unit    baseline.csv "sed -i '12s/,100 million CNY,/,billion CNY,/' baseline.csv" '^invalid data: data/baseline.csv:12: unit "billion CNY": gdp is given in "100 million CNY"'
expect baseline-twice   baseline.csv "sed -i '12s/^hengyang-2022-gdp,hengyang,/hengyang-2022-gdp-again,zhuzhou,/' baseline.csv" '^invalid data: data/baseline.csv:12: zhuzhou gdp 2022 is given twice'
expect baseline-address baseline-sources.csv "sed -i '4s/,https:\/\/yueyang/,yueyang/' baseline-sources.csv" '^invalid data: data/baseline-sources.csv:4: address "yueyang.gov.cn/'
expect baseline-kind    baseline-indicators.csv "sed -i '2s/,amount,/,bulk,/' baseline-indicators.csv" '^invalid data: data/baseline-indicators.csv:2: unknown kind "bulk"'
expect term-measure     terms.csv "sed -i 's/^measure,cluster-100bn,/measure,cluster-100b,/' terms.csv" '^invalid data: data/terms.csv:[0-9]+: measure "cluster-100b" names no indicator_id'
# the editor's comparisons: charts.csv
expect chart-figure     charts.csv "sed -i '2s/hunan-2019-new-innovation-projects/hunan-2019-newest-projects/' charts.csv" '^invalid data: data/charts.csv:2: unknown figure "hunan-2019-newest-projects"'
expect chart-unit       charts.csv "sed -i '2s/|hunan-2019-new-innovation-projects/|hunan-2019-11-key-technologies/' charts.csv" '^invalid data: data/charts.csv:2: hunan-2019-continued-innovation-projects and hunan-2019-11-key-technologies differ in place, topic or unit'
expect chart-labels     charts.csv "sed -i '2s/|Newly launched//' charts.csv" '^invalid data: data/charts.csv:2: 2 figures need 2 labels and 2 labels_zh, none empty'
expect chart-threshold  charts.csv "sed -i '2s/|hunan-2019-new-innovation-projects/|yueyang-petrochemical-100-billion-cluster/' charts.csv" '^invalid data: data/charts.csv:2: "yueyang-petrochemical-100-billion-cluster" is a threshold'

# And the intact data passes.
if "$build" . "$work/intact-out" "$work/intact-build" >/dev/null; then echo "ok   intact data passes"; else echo "FAIL intact data rejected"; failures=$((failures + 1)); fi

if [ "$failures" -ne 0 ]; then echo "$failures data-validation check(s) failed"; exit 1; fi
