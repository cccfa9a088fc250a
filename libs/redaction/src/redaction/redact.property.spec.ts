import { SeededRandom } from '@loket/seeded-random';
import { redact } from './redact';

// Property-style: generated Dutch sentences with generated phone numbers and generated harmless numbers.

const random = new SeededRandom(31);
const digits = (n: number) => Array.from({ length: n }, () => String(random.int(10))).join('');
const WORDS = [
  'de',
  'buurman',
  'belde',
  'gisteren',
  'over',
  'het',
  'lawaai',
  'bij',
  'portiek',
  'graag',
  'terugbellen',
  'op',
];
const sentence = () => Array.from({ length: 3 + random.int(5) }, () => random.pick(WORDS)).join(' ');

function dutchMobile(): string {
  const rest = digits(8);
  return random.pick([
    `06${rest}`,
    `06-${rest}`,
    `06 ${rest.slice(0, 4)} ${rest.slice(4)}`,
    `+31 6 ${rest.slice(0, 4)} ${rest.slice(4)}`,
    `+316${rest}`,
    `0031 6 ${rest}`,
    `06 - ${rest}`,
    `06/${rest}`,
    `06.${rest.slice(0, 2)}.${rest.slice(2, 4)}.${rest.slice(4, 6)}.${rest.slice(6)}`,
  ]);
}

/** The same characters in their full-width forms (０-９, ＠, ．), as some phone keyboards type them. */
function fullWidth(text: string): string {
  return [...text].map((ch) => (ch >= '!' && ch <= '~' ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : ch)).join('');
}

const NAMES = ['jan', 'anna.de.vries', 'm.ozturk', 'piet_buurman', 'k1m'];
const DOMAINS = ['example', 'buurt-mail', 'gemeente'];

function emailAddress(): string {
  const [name, domain, tld] = [random.pick(NAMES), random.pick(DOMAINS), random.pick(['nl', 'com', 'org'])];
  return random.pick([
    `${name}@${domain}.${tld}`,
    `${name} @ ${domain}.${tld}`,
    `${name}(at)${domain}.${tld}`,
    `${name} (at) ${domain} (dot) ${tld}`,
    `${name}[at]${domain}[dot]${tld}`,
    `${name} at ${domain} dot ${tld}`,
    `${name} apenstaartje ${domain} punt ${tld}`,
    fullWidth(`${name}@${domain}.${tld}`),
  ]);
}

function dutchLandline(): string {
  const area = random.pick(['20', '10', '30', '70', '40', '50']);
  const rest = `${1 + random.int(9)}${digits(6)}`;
  return random.pick([
    `0${area}-${rest}`,
    `0${area} ${rest.slice(0, 3)} ${rest.slice(3)}`,
    `(0${area}) ${rest}`,
    `+31 ${area} ${rest}`,
  ]);
}

function harmless(): string {
  return random.pick([
    `${1 + random.int(9)} fietsen`,
    `om ${String(random.int(24)).padStart(2, '0')}:${String(random.int(60)).padStart(2, '0')}`,
    `in ${1990 + random.int(40)}`,
    `huisnummer ${1 + random.int(300)}`,
    `${String(1 + random.int(28)).padStart(2, '0')}-${String(1 + random.int(12)).padStart(2, '0')}-20${digits(2)}`,
    `€ ${random.int(1000)},${digits(2)}`,
  ]);
}

describe('redact on generated text (seeded)', () => {
  const cases = Array.from({ length: 400 }, () => ({
    number: random.chance(0.5) ? dutchMobile() : dutchLandline(),
    before: sentence(),
    after: sentence(),
  }));

  it('removes every generated phone number and nothing around it', () => {
    const leaks = cases
      .map(({ number, before, after }) => ({
        number,
        text: redact(`${before} ${number}, ${after}`).text,
        expected: `${before} [telefoonnummer verwijderd], ${after}`,
      }))
      .filter(({ text, expected }) => text !== expected);
    expect(leaks.slice(0, 3)).toEqual([]);
  });

  it('removes every generated phone number typed in full-width characters', () => {
    const leaks = cases
      .map(({ number, before, after }) => ({
        number,
        text: redact(`${before} ${fullWidth(number)}, ${after}`).text,
        expected: `${before} [telefoonnummer verwijderd], ${after}`,
      }))
      .filter(({ text, expected }) => text !== expected);
    expect(leaks.slice(0, 3)).toEqual([]);
  });

  it('removes every generated e-mail address, however it is written, and nothing around it', () => {
    const leaks = Array.from({ length: 400 }, () => ({ address: emailAddress(), before: sentence(), after: sentence() }))
      .map(({ address, before, after }) => ({ address, text: redact(`${before} ${address}, ${after}`).text, expected: `${before} [e-mail verwijderd], ${after}` }))
      .filter(({ text, expected }) => text !== expected);
    expect(leaks.slice(0, 3)).toEqual([]);
  });

  it('keeps generated times, counts, years, house numbers, dates and amounts', () => {
    const changed = Array.from({ length: 400 }, () => `${sentence()} ${harmless()} ${sentence()}`).filter(
      (text) => redact(text).text !== text,
    );
    expect(changed.slice(0, 3)).toEqual([]);
  });
});
