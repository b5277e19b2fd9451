#!/usr/bin/env bash
# Makes the portal's ICU data: the runtime pack's whole icudt.dat (ICU 68, .NET's own build) with every
# locale removed except root and the portal's six languages (ar, en, es, fr, ru, zh) in all their regions,
# from the locale data, the collations (coll/), the break iterators (brkitr/) and the currency names
# (curr/). Everything that is not a locale (supplemental data, the root collation, normalisation,
# IDNA) stays. One file for the six languages: the portal loads it whatever the language, so the start
# script and Program.cs may pick any culture of the six (fr-CA, es-MX, zh-CN) without the shard
# problem of Blazor's own ICU files (docs/figures.md, The portal's load).
#
# The result is committed (src/FocalPoints.Portal/Localization/icudt_focalpoints.dat): a machine that
# builds the portal needs no ICU tools. Run this again when the runtime pack's ICU changes (the test
# IcuDataTests compares the committed file item by item with the runtime pack's).
#
# Needs icupkg (Debian: apt-get install icu-devtools) and a restored portal (the runtime pack in the
# NuGet cache). Usage: eng/icu/make-icu.sh [path/to/icudt.dat]
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$root/src/FocalPoints.Portal/Localization/icudt_focalpoints.dat"
languages="ar en es fr ru zh"
icupkg="$(command -v icupkg || echo /usr/sbin/icupkg)"
[ -x "$icupkg" ] || { echo "icupkg not found: apt-get install icu-devtools" >&2; exit 1; }

source="${1:-}"
if [ -z "$source" ]; then
    version="$(dotnet msbuild "$root/src/FocalPoints.Portal/FocalPoints.Portal.csproj" -getProperty:BundledNETCoreAppPackageVersion)"
    packages="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
    source="$packages/microsoft.netcore.app.runtime.mono.browser-wasm/$version/runtimes/browser-wasm/native/icudt.dat"
fi
[ -f "$source" ] || { echo "No ICU data at $source: restore the portal first (dotnet restore src/FocalPoints.Portal)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# icupkg takes the items' prefix (icudt68l) from the file's name, so the copy is named after the
# prefix of the items inside.
prefix="$(grep -a -o 'icudt[0-9]*[lb]/' "$source" | awk 'NR == 1 { print substr($0, 1, length($0) - 1) }')"
cp "$source" "$work/$prefix.dat"
# --ignore-deps: .NET's build already lacks the line and word break rules some items name.
"$icupkg" --ignore-deps -l "$work/$prefix.dat" > "$work/items.txt"

# A locale's item: [tree/]<language>[_<script or region>...].res, e.g. fr_CA.res, coll/zh_Hans.res.
# res_index is each tree's list of locales and stays (it only lists; a listed locale that is gone
# falls back to root like any locale ICU does not know).
keep="^([a-z]+/)?(root|$(echo "$languages" | tr ' ' '|'))(_[A-Za-z0-9]+)*\.res$"
grep -E '^([a-z]+/)?[a-z]{2,3}(_[A-Za-z0-9]+)*\.res$' "$work/items.txt" \
    | grep -Ev '^([a-z]+/)?res_index\.res$' \
    | grep -Ev "$keep" > "$work/remove.txt" || true

# The list must end in .txt, or icupkg takes it for an item's name; the output is named after the prefix
# too, which icupkg writes before every item's name (ICU finds nothing under another).
mkdir "$work/out"
"$icupkg" --ignore-deps -r "$work/remove.txt" "$work/$prefix.dat" "$work/out/$prefix.dat" 2> "$work/icupkg.log" \
    || { cat "$work/icupkg.log" >&2; exit 1; }
cp "$work/out/$prefix.dat" "$out"

echo "$(wc -l < "$work/remove.txt") of $(wc -l < "$work/items.txt") items removed ($prefix, languages: root $languages)"
echo "$source: $(stat -c %s "$source") bytes"
echo "$out: $(stat -c %s "$out") bytes"
