import { input, outcome, policy, rule } from '../../testing/policy-builders';
import { SeededRandom } from '@loket/seeded-random';
import { simulate } from './simulate';

const POLICE = outcome('police', 'wijkagenten', 'high');
const published = policy([
  rule('afval', { categories: ['afval'] }),
  rule('veiligheid', { categories: ['veiligheid'] }, POLICE),
]);

describe('simulate', () => {
  it('lists the reports the draft sends elsewhere, with both decisions', () => {
    const draft = policy([
      rule('grofvuil-politie', { categories: ['grofvuil'] }, POLICE),
      ...published.rules,
    ]);
    const inputs = [
      input({ reportId: 'a' }),
      input({ reportId: 'b', category: { main: 'afval', sub: 'zwerfafval' } }),
    ];
    const result = simulate(draft, published, inputs);
    expect(result.total).toBe(2);
    expect(result.changed.map((c) => [c.reportId, c.before.ruleId, c.after.ruleId])).toEqual([
      ['a', 'afval', 'grofvuil-politie'],
    ]);
    expect(result.changed[0].after.explanation.matched?.ruleId).toBe('grofvuil-politie');
  });

  it('does not count a different rule with the same outcome as a change', () => {
    const draft = policy([rule('renamed', { categories: ['afval'] }), published.rules[1]]);
    expect(simulate(draft, published, [input()]).changed).toEqual([]);
  });

  it('counts a changed priority or SLA as a change', () => {
    const draft = policy([
      rule('afval', { categories: ['afval'] }, outcome('municipality', 'stadsbeheer', 'high')),
    ]);
    expect(simulate(draft, published, [input()]).changed).toHaveLength(1);
  });

  it('lists reports the draft cannot route instead of failing', () => {
    const draft = policy([rule('veiligheid', { categories: ['veiligheid'] }, POLICE)], null);
    const result = simulate(draft, published, [input({ reportId: 'x' })]);
    expect(result.unrouted).toEqual([{ reportId: 'x', policy: 'draft' }]);
    expect(result.changed).toEqual([]);
  });

  it('finds no change when a policy is simulated against itself (seeded random reports)', () => {
    const random = new SeededRandom(7);
    const inputs = Array.from({ length: 300 }, (_, i) =>
      input({
        reportId: `r${i}`,
        category: random.pick([{ main: 'afval', sub: 'grofvuil' }, { main: 'veiligheid' }, null]),
        reporterTier: random.pick(['anonymous', 'resident', 'volunteer', 'professional'] as const),
      }),
    );
    expect(simulate(published, published, inputs)).toEqual({ total: 300, changed: [], unrouted: [] });
  });
});
