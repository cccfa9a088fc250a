// Writes the evaluation corpus (../linking.*.jsonl, ../suggestion.*.jsonl) from the hand-written authoring files
// in this folder, and splits it once into a development half and a held-out half by a hash of each item's id.
//   node libs/evaluation/corpus/authoring/write-corpus.js
// Run it again only after adding to the authoring files; the split of an existing item never changes.
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const taxonomy = require('../../../taxonomy/src/taxonomy.json');

const here = __dirname;
const out = path.resolve(here, '..');
const known = new Set(taxonomy.categories.flatMap((c) => c.sub.map((s) => `${c.code}/${s.code}`)));

/** held-out when the first byte of sha256(id) is odd: fixed, independent of content and order. */
const half = (id) => (createHash('sha256').update(id).digest()[0] % 2 === 1 ? 'held-out' : 'dev');

const METRES_PER_DEGREE_LAT = 111_320;
const round = (x) => Math.round(x * 1e6) / 1e6;

function category(text, id) {
  if (!known.has(text)) throw new Error(`${id}: unknown category ${text}`);
  const [main, sub] = text.split('/');
  return { main, sub };
}

const groups = { dev: [], 'held-out': [] };
for (const file of fs.readdirSync(here).filter((f) => /^groups-.*\.js$/.test(f)).sort()) {
  const stem = file.replace(/^groups-|\.js$/g, '');
  require(path.join(here, file)).forEach(([kind, [lat, lon], reports], i) => {
    const id = `${stem}-${String(i + 1).padStart(3, '0')}`;
    const line = {
      id,
      kind: { s: 'same-incident', d: 'different-incident' }[kind],
      reports: reports.map(([description, cat, east, north, minutes]) => ({
        description,
        ...category(cat, id),
        lat: round(lat + north / METRES_PER_DEGREE_LAT),
        lon: round(lon + east / (METRES_PER_DEGREE_LAT * Math.cos((lat * Math.PI) / 180))),
        minutes,
      })),
    };
    if (!line.kind || line.reports.length < 2) throw new Error(`${id}: bad kind or fewer than two reports`);
    groups[half(id)].push(line);
  });
}

const suggestions = { dev: [], 'held-out': [] };
for (const file of fs.readdirSync(here).filter((f) => /^suggestions-.*\.js$/.test(f)).sort()) {
  for (const [cat, texts] of Object.entries(require(path.join(here, file)))) {
    texts.forEach((description, i) => {
      const id = `${cat.replace('/', '.')}-${String(i + 1).padStart(2, '0')}`;
      suggestions[half(id)].push({ id, description, ...category(cat, id) });
    });
  }
}

for (const [name, byHalf] of [['linking', groups], ['suggestion', suggestions]]) {
  for (const [which, lines] of Object.entries(byHalf)) {
    fs.writeFileSync(path.join(out, `${name}.${which}.jsonl`), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  }
}
const kinds = (ls) => `${ls.filter((g) => g.kind === 'same-incident').length} same / ${ls.filter((g) => g.kind === 'different-incident').length} different`;
console.log(`linking: dev ${groups.dev.length} groups (${kinds(groups.dev)}), held-out ${groups['held-out'].length} (${kinds(groups['held-out'])})`);
console.log(`suggestion: dev ${suggestions.dev.length} reports, held-out ${suggestions['held-out'].length}`);
