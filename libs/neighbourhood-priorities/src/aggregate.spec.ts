import { aggregatePriorities, MINIMUM_PEOPLE } from './aggregate';
import type { PriorityChoice } from './ranking';

const THEMES = ['afval', 'openbare-ruimte', 'overlast', 'veiligheid'];
const AREAS = [
  { id: 'BU1', name: 'Raampoort' },
  { id: 'BU2', name: 'Schippershof' },
  { id: 'BU3', name: 'Leeg' },
];
const answers = (areaId: string, ...rankings: string[][]): PriorityChoice[] => rankings.map((themes) => ({ areaId, themes }));

describe('aggregatePriorities', () => {
  it('suppresses a neighbourhood with fewer than 5 answers, and one with none, alike', () => {
    const result = aggregatePriorities(answers('BU2', ['afval'], ['afval'], ['afval'], ['afval']), AREAS, THEMES);
    expect(result.find((a) => a.areaId === 'BU2')).toEqual({ areaId: 'BU2', name: 'Schippershof', suppressed: true, respondents: null, themes: [] });
    expect(result.find((a) => a.areaId === 'BU3')).toEqual({ areaId: 'BU3', name: 'Leeg', suppressed: true, respondents: null, themes: [] });
  });

  it('shows a neighbourhood from 5 answers, its themes by points (3, 2, 1 for first, second, third place)', () => {
    const five = answers(
      'BU1',
      ['overlast', 'afval'],
      ['overlast', 'afval', 'veiligheid'],
      ['afval', 'overlast'],
      ['overlast', 'afval'],
      ['overlast', 'afval', 'openbare-ruimte'],
    );
    const [raampoort] = aggregatePriorities(five, AREAS, THEMES);
    expect(raampoort).toMatchObject({ areaId: 'BU1', suppressed: false, respondents: 5 });
    expect(raampoort!.themes).toEqual([
      { theme: 'overlast', suppressed: false, people: 5, points: 4 * 3 + 2, rank: 1 },
      { theme: 'afval', suppressed: false, people: 5, points: 4 * 2 + 3, rank: 2 },
      // 1 and 0 people: suppressed the same way, listed by code so the order gives nothing away.
      { theme: 'openbare-ruimte', suppressed: true, people: null, points: null, rank: null },
      { theme: 'veiligheid', suppressed: true, people: null, points: null, rank: null },
    ]);
  });

  it('never shows a figure below the minimum (generated answers)', () => {
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) % n;
    for (let round = 0; round < 200; round++) {
      const generated: PriorityChoice[] = Array.from({ length: next(40) }, () => {
        const shuffled = [...THEMES].sort(() => next(3) - 1);
        return { areaId: AREAS[next(3)]!.id, themes: shuffled.slice(0, 1 + next(3)) };
      });
      for (const area of aggregatePriorities(generated, AREAS, THEMES)) {
        const actual = generated.filter((a) => a.areaId === area.areaId).length;
        if (area.suppressed) expect(actual).toBeLessThan(MINIMUM_PEOPLE);
        else expect(area.respondents).toBe(actual);
        for (const tally of area.themes) {
          const mentioned = generated.filter((a) => a.areaId === area.areaId && a.themes.includes(tally.theme)).length;
          if (tally.suppressed) expect([mentioned < MINIMUM_PEOPLE, tally.people, tally.points]).toEqual([true, null, null]);
          else expect([tally.people, tally.people! >= MINIMUM_PEOPLE]).toEqual([mentioned, true]);
        }
      }
    }
  });

  it('takes another minimum when asked', () => {
    const [raampoort] = aggregatePriorities(answers('BU1', ['afval'], ['afval']), AREAS, THEMES, 2);
    expect(raampoort).toMatchObject({ suppressed: false, respondents: 2 });
    expect(raampoort!.themes[0]).toEqual({ theme: 'afval', suppressed: false, people: 2, points: 6, rank: 1 });
  });
});
