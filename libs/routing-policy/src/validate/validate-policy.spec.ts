import { outcome, policy, rule } from '../../testing/policy-builders';
import type { RoutingPolicy } from '../policy/routing-policy.types';
import { isPublishable, type PolicyCatalogue } from './policy-issue';
import { validatePolicy } from './validate-policy';

const catalogue: PolicyCatalogue = {
  categories: [
    { code: 'afval', sub: ['grofvuil', 'zwerfafval'] },
    { code: 'veiligheid', sub: ['inbraak'] },
  ],
  areas: ['buurt-1', 'buurt-2'],
  organisations: [
    { code: 'municipality', teams: ['stadsbeheer', 'handhaving'] },
    { code: 'police', teams: ['wijkagenten'] },
    { code: 'coordinators', teams: ['triage'] },
  ],
};

const codes = (p: RoutingPolicy) =>
  validatePolicy(p, catalogue).map((i) => `${i.severity}:${i.code}:${i.ruleId ?? '-'}`);

describe('validatePolicy', () => {
  it('finds nothing wrong in a sound policy', () => {
    const sound = policy([
      rule('grofvuil', { categories: ['grofvuil'] }),
      rule('afval', { categories: ['afval'], areas: ['buurt-1'] }),
    ]);
    expect(validatePolicy(sound, catalogue)).toEqual([]);
  });

  it('reports unknown categories and areas as errors', () => {
    expect(codes(policy([rule('r', { categories: ['afval', 'vuurwerk'], areas: ['buurt-9'] })]))).toEqual([
      'error:unknown-category:r',
      'error:unknown-area:r',
    ]);
  });

  it('reports an unknown organisation, and a team the organisation does not have', () => {
    expect(
      codes(
        policy([
          rule('a', {}, outcome('brandweer', 'x')),
          rule('b', { areas: ['buurt-1'] }, outcome('police', 'handhaving')),
        ]),
      ),
    ).toEqual(['error:unknown-organisation:a', 'error:unknown-team:b', 'warning:shadowed-rule:b']);
  });

  it('checks the fallback outcome too', () => {
    expect(codes(policy([], outcome('coordinators', 'nachtdienst')))).toEqual(['error:unknown-team:-']);
  });

  it('reports a missing fallback as an error', () => {
    const issues = validatePolicy(policy([], null), catalogue);
    expect(issues).toEqual([expect.objectContaining({ severity: 'error', code: 'missing-fallback' })]);
  });

  it('reports duplicate and missing rule ids', () => {
    const p = policy([
      rule('x', { categories: ['afval'] }),
      rule('x', { categories: ['veiligheid'] }),
      rule('', { areas: ['buurt-1'] }),
    ]);
    expect(codes(p)).toEqual(['error:duplicate-rule-id:x', 'error:missing-rule-id:-']);
  });

  it('reports invalid time windows with the reason', () => {
    const issues = validatePolicy(
      policy([
        rule('t', { timeWindows: [{ from: '25:00' }, { days: [1, 8] }, { from: '10:00', to: '10:00' }] }),
      ]),
      catalogue,
    );
    expect(issues.map((i) => i.message)).toEqual([
      'rule t, time window #1: from "25:00" is not HH:MM',
      'rule t, time window #2: day 8 is not 0 (Sunday) … 6 (Saturday)',
      'rule t, time window #3: from and to are both 10:00: leave both out for a whole day',
    ]);
  });

  it('reports an empty keyword as an error', () => {
    expect(codes(policy([rule('k', { keywords: ['inbraak', ' - '] })]))).toEqual(['error:empty-keyword:k']);
  });

  it('warns about an empty condition list, which never matches', () => {
    expect(codes(policy([rule('e', { areas: [] })]))).toEqual(['warning:empty-condition:e']);
  });

  it('reports unknown tiers, priorities and a non-positive SLA', () => {
    const bad = rule(
      'b',
      { reporterTiers: ['alien' as never], priorities: ['asap' as never] },
      { ...outcome('police', 'wijkagenten'), sla: { amount: 0, unit: 'days', calendar: 'working' } },
    );
    expect(codes(policy([bad]))).toEqual([
      'error:invalid-condition:b',
      'error:invalid-condition:b',
      'error:invalid-outcome:b',
    ]);
  });
});

describe('validatePolicy: shadowed rules', () => {
  it('warns when an earlier rule on the main category hides a rule on its subcategory', () => {
    const issues = validatePolicy(
      policy([
        rule('afval', { categories: ['afval'] }),
        rule('grofvuil', { categories: ['grofvuil'], areas: ['buurt-1'] }),
      ]),
      catalogue,
    );
    expect(issues).toEqual([
      {
        severity: 'warning',
        code: 'shadowed-rule',
        ruleId: 'grofvuil',
        message:
          'rule grofvuil can never match: earlier rule afval ("rule afval") matches every report it matches',
      },
    ]);
  });

  it('warns about every rule after a rule without conditions', () => {
    expect(
      codes(
        policy([
          rule('all', {}),
          rule('x', { categories: ['afval'] }),
          rule('y', { reporterTiers: ['volunteer'] }),
        ]),
      ),
    ).toEqual(['warning:shadowed-rule:x', 'warning:shadowed-rule:y']);
  });

  it('does not warn when the later rule is broader on some dimension', () => {
    const p = policy([
      rule('a', { categories: ['grofvuil'], reporterTiers: ['volunteer'] }),
      rule('b', { categories: ['afval'], reporterTiers: ['volunteer', 'resident'] }),
    ]);
    expect(codes(p)).toEqual([]);
  });

  it('compares keywords as word prefixes and time windows by the minutes they cover', () => {
    const p = policy([
      rule('fiets', { keywords: ['fiets'], timeWindows: [{ from: '18:00', to: '06:00' }] }),
      rule('fietsendief', {
        keywords: ['fietsendief', 'gestolen fietsen'],
        timeWindows: [{ days: [5], from: '22:00', to: '02:00' }],
      }),
      rule('dag', { keywords: ['fietsen'], timeWindows: [{ from: '12:00', to: '20:00' }] }),
    ]);
    expect(codes(p)).toEqual(['warning:shadowed-rule:fietsendief']);
  });
});

describe('isPublishable', () => {
  it('is true with only warnings and false with any error', () => {
    expect(isPublishable([{ severity: 'warning', code: 'shadowed-rule', message: '' }])).toBe(true);
    expect(
      isPublishable([
        { severity: 'warning', code: 'shadowed-rule', message: '' },
        { severity: 'error', code: 'missing-fallback', message: '' },
      ]),
    ).toBe(false);
  });
});
