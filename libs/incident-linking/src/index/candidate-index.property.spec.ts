import { haversineMetres } from '../geo/haversine';
import type { CategoryRef, GeoPoint, IncomingReport, OpenCaseSummary } from '../model/case-summary';
import { createLinkingRules, reachFor } from '../rules/create-linking-rules';
import type { CategoryReach, LinkingRules } from '../rules/linking-rules';
import { SeededRandom } from '../testing/seeded-random';
import { CandidateIndex } from './candidate-index';
import { timeGapMs } from './link-candidate';

const HOUR = 3_600_000;
const START = Date.UTC(2025, 0, 1);
const MAINS = [
  'afval',
  'openbare-ruimte',
  'overlast',
  'veiligheid',
  'zorg',
  'wonen',
  'ondermijning',
  'overig',
  'parkeren',
];

interface Area {
  readonly name: string;
  point(random: SeededRandom): GeoPoint;
}

const areas: Area[] = [
  // A neighbourhood of about 1.5 × 1.5 km: dense enough that most searches find several cases.
  { name: 'neighbourhood', point: (r) => ({ lat: r.between(52.085, 52.0985), lon: r.between(5.11, 5.132) }) },
  // Across the antimeridian.
  {
    name: 'antimeridian',
    point: (r) => ({
      lat: r.between(-17.01, -17),
      lon: r.chance(0.5) ? r.between(179.995, 180) : r.between(-180, -179.995),
    }),
  },
  // Around a pole.
  { name: 'pole', point: (r) => ({ lat: r.between(89.995, 90), lon: r.between(-180, 180) }) },
];

function randomCategory(random: SeededRandom): CategoryRef {
  return { main: random.pick(MAINS), sub: random.pick(['a', 'b', undefined]) };
}

function randomCase(random: SeededRandom, area: Area, id: string): OpenCaseSummary {
  const opened = START + random.between(0, 30 * 24) * HOUR;
  const last = random.chance(0.3) ? opened : opened + random.between(0, 10 * 24) * HOUR;
  return {
    caseId: id,
    category: randomCategory(random),
    location: area.point(random),
    openedAt: new Date(opened),
    lastReportAt: new Date(last),
    text: random.pick(['grofvuil bij container', 'lantaarnpaal kapot', 'geluidsoverlast', '']),
  };
}

function randomReport(random: SeededRandom, area: Area, n: number): IncomingReport {
  return {
    reportId: `r-${n}`,
    category: random.chance(0.2) ? null : randomCategory(random),
    location: area.point(random),
    submittedAt: new Date(START + random.between(-5 * 24, 45 * 24) * HOUR),
    description: 'grofvuil',
  };
}

function randomRules(random: SeededRandom): LinkingRules {
  const reach: Record<string, CategoryReach> = {};
  for (const main of MAINS.slice(0, -1)) {
    if (random.chance(0.9))
      reach[main] = {
        radiusMetres: random.pick([0, 10, 75, 150, 200, 600]),
        windowHours: random.pick([0, 1, 12, 72, 720]),
      };
  }
  return createLinkingRules({
    reach,
    fallbackReach: { radiusMetres: random.between(0, 300), windowHours: random.between(0, 100) },
  });
}

/** The specification: a scan over every open case. */
function bruteForce(cases: Iterable<OpenCaseSummary>, report: IncomingReport, rules: LinkingRules): string[] {
  const at = report.submittedAt.getTime();
  const found: string[] = [];
  for (const c of cases) {
    const reach = reachFor(rules, c.category.main);
    const gap = timeGapMs(at, c.openedAt.getTime(), c.lastReportAt.getTime());
    if (haversineMetres(report.location, c.location) <= reach.radiusMetres && gap <= reach.windowHours * HOUR)
      found.push(c.caseId);
  }
  return found.sort();
}

function indexed(index: CandidateIndex, report: IncomingReport, rules: LinkingRules): string[] {
  return index
    .candidates(report, rules)
    .map((c) => c.summary.caseId)
    .sort();
}

describe.each(areas)('CandidateIndex properties ($name)', (area) => {
  const seeds = [1, 2, 3, 4];

  it.each(seeds)('candidates() equals a scan over all open cases (seed %i)', (seed) => {
    const random = new SeededRandom(seed * 7919 + area.name.length);
    const cases = Array.from({ length: 600 }, (_, i) => randomCase(random, area, `c-${i}`));
    const index = CandidateIndex.of(cases, { cellMetres: random.pick([25, 75, 200, 1000]) });
    let nonEmpty = 0;
    for (let n = 0; n < 150; n++) {
      const rules = randomRules(random);
      const report = randomReport(random, area, n);
      const expected = bruteForce(cases, report, rules);
      expect(indexed(index, report, rules)).toEqual(expected);
      if (expected.length) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(20);
  });

  it.each(seeds)('removing and updating cases is reflected in every search (seed %i)', (seed) => {
    const random = new SeededRandom(seed * 104729 + area.name.length);
    const live = new Map<string, OpenCaseSummary>();
    const removed = new Set<string>();
    const index = new CandidateIndex({ cellMetres: random.pick([25, 75, 200, 1000]) });
    for (let i = 0; i < 400; i++) {
      const c = randomCase(random, area, `c-${i}`);
      index.add(c);
      live.set(c.caseId, c);
    }
    for (let step = 0; step < 300; step++) {
      const ids = [...live.keys()];
      const id = random.pick(ids);
      const action = random.int(3);
      if (action === 0) {
        expect(index.remove(id)).toBe(true);
        live.delete(id);
        removed.add(id);
      } else if (action === 1) {
        const moved = { ...randomCase(random, area, id) };
        index.update(moved);
        live.set(id, moved);
      } else {
        const fresh = randomCase(random, area, `n-${step}`);
        index.add(fresh);
        live.set(fresh.caseId, fresh);
      }
      const rules = randomRules(random);
      const report = randomReport(random, area, step);
      const found = indexed(index, report, rules);
      expect(found).toEqual(bruteForce(live.values(), report, rules));
      expect(found.filter((f) => removed.has(f))).toEqual([]);
    }
    expect(index.size).toBe(live.size);
  });
});

describe('CandidateIndex removal', () => {
  it('never returns a removed case, even for a report on top of it', () => {
    const random = new SeededRandom(42);
    const area = areas[0];
    const cases = Array.from({ length: 300 }, (_, i) => randomCase(random, area, `c-${i}`));
    const index = CandidateIndex.of(cases);
    const rules = createLinkingRules();
    for (const c of cases.filter((_, i) => i % 2 === 0)) {
      const onTop: IncomingReport = {
        reportId: 'r',
        category: c.category,
        location: c.location,
        submittedAt: c.lastReportAt,
        description: c.text,
      };
      expect(indexed(index, onTop, rules)).toContain(c.caseId);
      index.remove(c.caseId);
      expect(indexed(index, onTop, rules)).not.toContain(c.caseId);
    }
    expect(index.size).toBe(150);
  });
});
