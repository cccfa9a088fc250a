import { SeededRandom } from '@loket/seeded-random';
import { CategoryCatalogue } from '../catalogue/category-catalogue';
import { coarsePlace } from '@loket/redaction';
import { distanceMetres, publicDescription, StoredCaseRow, toPublicCase } from './public-case';

// Property-style: generated cases of every category of the taxonomy, with phone numbers and e-mail addresses
// written the ways people write them, never show a sensitive category, a phone number or an e-mail address.

const catalogue = new CategoryCatalogue();
const sensitivityOf = (category: { main: string; sub?: string }) => catalogue.resolve(category).sensitivity;
const random = new SeededRandom(11);
const digits = (n: number) => Array.from({ length: n }, () => String(random.int(10))).join('');
const WORDS = ['grofvuil', 'bij', 'de', 'container', 'lawaai', 'portiek', 'lantaarnpaal', 'kapot', 'graag', 'bellen', 'mailen', 'naar'];
const words = () => Array.from({ length: 2 + random.int(5) }, () => random.pick(WORDS)).join(' ');

function phone(): string {
  const rest = digits(8);
  return random.pick([
    `06${rest}`, `06-${rest}`, `06 ${rest.slice(0, 4)} ${rest.slice(4)}`, `06 - ${rest.slice(0, 2)} ${rest.slice(2, 4)} ${rest.slice(4, 6)} ${rest.slice(6)}`,
    `+31 6 ${rest}`, `+316${rest}`, `0031 6 ${rest}`, `+31 (0)6 ${rest}`, `020-${digits(7)}`, `(010) ${digits(3)} ${digits(2)} ${digits(2)}`, `31 6 ${rest}`,
  ]);
}

function email(): string {
  const name = random.pick(['anna', 'j.de.vries', 'bewoner42', 'm.ozturk+loket']);
  const domain = random.pick(['example.nl', 'buurt.org', 'mail.example.com']);
  const [host, ...rest] = domain.split('.');
  return random.pick([
    `${name}@${domain}`, `${name.toUpperCase()}@${domain.toUpperCase()}`, `${name} @ ${domain}`, `${name}(at)${domain}`,
    `${name} [at] ${host}[dot]${rest.join('[dot]')}`, `${name} at ${host} dot ${rest.join(' dot ')}`,
  ]);
}

const categories = catalogue.all().flatMap((main) => main.sub.map((sub) => ({ main: main.code, sub: sub.code })));

function generatedCase(i: number): { row: StoredCaseRow; secrets: string[] } {
  const category = random.pick(categories);
  const secrets = [phone(), email(), phone()];
  const description = `${words()} ${secrets[0]} ${words()}, ${secrets[1]}; of ${secrets[2]} ${words()}`;
  return {
    secrets,
    row: {
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      status: random.chance(0.8) ? 'open' : 'closed',
      workStatus: random.pick(['new', 'assigned', 'in_progress', 'waiting', 'resolved']),
      categoryMain: category.main,
      categorySub: category.sub,
      sensitivity: sensitivityOf(category),
      lat: 52.35 + random.int(40_000) / 1_000_000,
      lon: 4.86 + random.int(70_000) / 1_000_000,
      openedAt: new Date(Date.UTC(2026, 10, 1 + random.int(30))),
      firstDescription: description,
      reportCount: 1 + random.int(4),
    },
  };
}

describe('the public view of a case (generated cases, seeded)', () => {
  const generated = Array.from({ length: 600 }, (_, i) => generatedCase(i));
  const shown = generated.map(({ row, secrets }) => ({ row, secrets, view: toPublicCase(row, sensitivityOf) }));

  it('never shows a closed case or a category of sensitivity 3 or 4', () => {
    const leaks = shown.filter(({ row, view }) => view && (row.status === 'closed' || sensitivityOf({ main: row.categoryMain, sub: row.categorySub ?? undefined }) > 2));
    expect(leaks.map(({ row }) => `${row.categoryMain}/${row.categorySub}`)).toEqual([]);
    expect(shown.some(({ view }) => view)).toBe(true);
    expect(shown.some(({ row, view }) => !view && row.status === 'open')).toBe(true);
  });

  it('never shows a phone number or an e-mail address from the description', () => {
    const texts = shown.filter(({ view }) => view).map(({ view, secrets }) => ({ text: JSON.stringify(view), secrets }));
    const leaks = texts.filter(({ text }) => /@|\(at\)|\[at\]| at [a-z]+ dot |\d{6,}|\d{2,4}[ -]\d{2,4}[ -]\d{2,4}/i.test(text.replace(/"(caseId|openedAt|lat|lon)":[^,}]+/g, '')));
    expect(leaks.slice(0, 3)).toEqual([]);
    for (const { text, secrets } of texts) for (const secret of secrets) expect(text).not.toContain(secret);
  });

  it('coarsens nuisance to a ~100 m grid and keeps public space exact', () => {
    for (const { row, view } of shown) {
      if (!view) continue;
      const exact = { lat: row.lat, lon: row.lon };
      if (row.sensitivity === 1 && sensitivityOf({ main: row.categoryMain, sub: row.categorySub ?? undefined }) === 1) {
        expect(distanceMetres(exact, view)).toBeLessThan(1);
      } else {
        expect({ lat: view.lat, lon: view.lon }).toEqual(coarsePlace(row.lat, row.lon));
        expect(distanceMetres(exact, view)).toBeLessThan(75);
      }
    }
  });

  it('shows nothing about who reported: only these fields', () => {
    for (const { view } of shown) {
      if (view) expect(Object.keys(view).sort()).toEqual(expect.arrayContaining(['caseId', 'category', 'description', 'lat', 'lon', 'openedAt', 'reportCount', 'status']));
      if (view) expect(Object.keys(view).filter((k) => !['caseId', 'category', 'subcategory', 'description', 'lat', 'lon', 'openedAt', 'reportCount', 'status'].includes(k))).toEqual([]);
    }
  });
});

describe('publicDescription', () => {
  it('cuts a long text at a word without splitting a redaction marker', () => {
    const text = `${'lawaai '.repeat(70)}bel 06-12345678 ${'nu '.repeat(40)}`;
    const cut = publicDescription(text);
    expect(cut.length).toBeLessThanOrEqual(501);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).not.toMatch(/\[[^\]]*…$/);
    expect(cut).not.toContain('12345678');
  });
});
