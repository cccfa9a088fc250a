import { IncidentLinkingError } from '../model/incident-linking-error';
import { createLinkingRules, largestRadiusMetres, reachFor } from './create-linking-rules';
import { DEFAULT_LINKING_RULES } from './default-linking-rules';
import { validateLinkingRules } from './validate-linking-rules';

describe('linking rules', () => {
  it('has valid defaults with a reach for every main category of the taxonomy', () => {
    expect(validateLinkingRules(DEFAULT_LINKING_RULES)).toEqual([]);
    const mains = [
      'afval',
      'openbare-ruimte',
      'overlast',
      'veiligheid',
      'zorg',
      'wonen',
      'ondermijning',
      'overig',
    ];
    expect(Object.keys(DEFAULT_LINKING_RULES.reach).sort()).toEqual([...mains].sort());
    expect(reachFor(DEFAULT_LINKING_RULES, 'afval')).toEqual({ radiusMetres: 75, windowHours: 72 });
    expect(largestRadiusMetres(DEFAULT_LINKING_RULES)).toBe(200);
  });

  it('falls back for an unknown main category, also for names on Object.prototype', () => {
    expect(reachFor(DEFAULT_LINKING_RULES, 'parkeren')).toBe(DEFAULT_LINKING_RULES.fallbackReach);
    expect(reachFor(DEFAULT_LINKING_RULES, 'constructor')).toBe(DEFAULT_LINKING_RULES.fallbackReach);
  });

  it('merges reach per category and replaces the rest', () => {
    const rules = createLinkingRules({
      reach: { afval: { radiusMetres: 100, windowHours: 48 } },
      weights: { text: 0.5 },
      linkThreshold: 0.8,
    });
    expect(rules.reach.afval).toEqual({ radiusMetres: 100, windowHours: 48 });
    expect(rules.reach.overlast).toEqual(DEFAULT_LINKING_RULES.reach.overlast);
    expect(rules.weights).toEqual({ ...DEFAULT_LINKING_RULES.weights, text: 0.5 });
    expect(rules.linkThreshold).toBe(0.8);
    expect(rules.greyZoneThreshold).toBe(DEFAULT_LINKING_RULES.greyZoneThreshold);
  });

  it('reports every problem at once', () => {
    let error: unknown;
    try {
      createLinkingRules({
        reach: { afval: { radiusMetres: -1, windowHours: Number.NaN } },
        weights: { distance: 0, time: 0, category: 0, text: 0 },
        linkThreshold: 0.4,
        greyZoneThreshold: 0.5,
        related: [['afval/grof/vuil', 'ondermijning']],
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IncidentLinkingError);
    const { code, message } = error as IncidentLinkingError;
    expect(code).toBe('invalid-rules');
    expect(message).toContain('reach of afval: radius must lie in [0, 50000] m');
    expect(message).toContain('reach of afval: window must be a number of hours ≥ 0');
    expect(message).toContain('at least one weight must be above 0');
    expect(message).toContain('grey-zone threshold must not exceed the link threshold');
    expect(message).toContain('related category "afval/grof/vuil" must be "main" or "main/sub"');
  });
});
