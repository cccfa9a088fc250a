// web.initial_js_kb: the gzip-compressed JavaScript the loket's first page (`/`, the report form) needs before a
// person can use it, measured from a fresh production build (Vite's manifest): the entry chunk and everything
// it imports statically, the report page's chunk and its static imports, and the Dutch `common` and `report`
// translations. `web.first_page_js_kb` adds what the page loads by itself right after (the map).
// The budget is 200 KB; the bench fails above it.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

interface Chunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

const ROOT = resolve(__dirname, '../..');
const OUT = join(ROOT, 'dist/apps/web');
const BUDGET_KB = 200;

execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '-c', 'apps/web/vite.config.mts', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit' });
const manifest = JSON.parse(readFileSync(join(OUT, '.vite/manifest.json'), 'utf8')) as Record<string, Chunk>;

function withStaticImports(keys: string[], into = new Set<string>()): Set<string> {
  for (const key of keys) {
    if (into.has(key) || !manifest[key]) continue;
    into.add(key);
    withStaticImports(manifest[key].imports ?? [], into);
  }
  return into;
}

const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
const page = Object.keys(manifest).find((k) => k.endsWith('src/report/ReportPage.tsx'));
const texts = Object.keys(manifest).filter((k) => /src\/i18n\/nl\/(common|report)\.json$/.test(k));
const map = Object.keys(manifest).find((k) => k.endsWith('src/report/where/LeafletMap.tsx'));
if (!entry || !page || !map) throw new Error('the manifest lacks the entry, the report page or the map');

const gzipKb = (keys: Set<string>) =>
  [...keys].map((k) => manifest[k]!.file).filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + gzipSync(readFileSync(join(OUT, f)), { level: 9 }).length, 0) / 1024;

const initial = withStaticImports([entry, page, ...texts]);
const firstPage = withStaticImports([map], new Set(initial));
const initialKb = Math.round(gzipKb(initial) * 10) / 10;
const firstPageKb = Math.round(gzipKb(firstPage) * 10) / 10;
console.log(JSON.stringify({ metric: 'web.initial_js_kb', value: initialKb, unit: 'KB', compression: 'gzip-9', budget: BUDGET_KB, chunks: initial.size }));
console.log(JSON.stringify({ metric: 'web.first_page_js_kb', value: firstPageKb, unit: 'KB', compression: 'gzip-9', note: 'initial plus the map, loaded lazily by the page' }));
if (initialKb > BUDGET_KB) {
  process.stderr.write(`web.initial_js_kb ${initialKb} KB is over the budget of ${BUDGET_KB} KB\n`);
  process.exit(1);
}
