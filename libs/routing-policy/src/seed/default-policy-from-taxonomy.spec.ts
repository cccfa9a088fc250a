import taxonomy from '../../testing/taxonomy.fixture.json';
import { input } from '../../testing/policy-builders';
import { compilePolicy } from '../compile/compile-policy';
import { decide } from '../decide/decide';
import { validatePolicy } from '../validate/validate-policy';
import { catalogueFromTaxonomy, defaultPolicyFromTaxonomy } from './default-policy-from-taxonomy';

const seed = defaultPolicyFromTaxonomy(taxonomy);
const compiled = compilePolicy(seed);
const routeOf = (main: string, sub?: string) => {
  const { organisation, team, priority, sla } = decide(
    compiled,
    input({ category: { main, ...(sub ? { sub } : {}) } }),
  ).outcome;
  return `${organisation}/${team} ${priority} ${sla.amount}${sla.calendar === 'working' ? 'wd' : 'd'}`;
};

describe('defaultPolicyFromTaxonomy', () => {
  it('is a draft version 1 that validates without issues against the taxonomy', () => {
    expect([seed.id, seed.version, seed.status]).toEqual(['default', 1, 'draft']);
    expect(validatePolicy(seed, catalogueFromTaxonomy(taxonomy))).toEqual([]);
  });

  it.each([
    ['afval', 'grofvuil', 'municipality/stadsbeheer normal 3wd'],
    ['openbare-ruimte', 'straatverlichting', 'municipality/stadsbeheer normal 3wd'],
    ['overlast', 'geluid', 'municipality/handhaving normal 3wd'],
    ['overlast', 'drugsoverlast', 'police/wijkagenten normal 3wd'],
    ['veiligheid', 'inbraak', 'police/wijkagenten high 1wd'],
    ['veiligheid', 'verkeersonveilig', 'municipality/stadsbeheer high 1wd'],
    ['zorg', 'verward-gedrag', 'social-work/wijkteam high 2wd'],
    ['wonen', 'portiek', 'housing/huurdersservice normal 3wd'],
    ['wonen', 'woonfraude', 'municipality/handhaving high 1wd'],
    ['ondermijning', 'drugslab', 'police/ondermijning high 1wd'],
    ['overig', 'overig', 'coordinators/triage normal 3wd'],
  ])('routes %s/%s to %s', (main, sub, expected) => {
    expect(routeOf(main, sub)).toBe(expected);
  });

  it('routes a main category without subcategory by its main rule', () => {
    expect(routeOf('veiligheid')).toBe('police/wijkagenten high 1wd');
  });

  it('sends unknown categories to the coordinators triage through the fallback', () => {
    const decision = decide(compiled, input({ category: { main: 'vuurwerk' } }));
    expect([decision.ruleId, decision.outcome.organisation, decision.outcome.team]).toEqual([
      null,
      'coordinators',
      'triage',
    ]);
  });

  it('puts subcategory exceptions before their main category rule', () => {
    const ids = seed.rules.map((r) => r.id);
    expect(ids.indexOf('wonen-woonfraude')).toBeLessThan(ids.indexOf('wonen'));
    expect(ids.indexOf('overlast-drugsoverlast')).toBeLessThan(ids.indexOf('overlast'));
  });

  it('uses the first team of an organisation it has no preference for', () => {
    const custom = defaultPolicyFromTaxonomy({
      categories: [
        {
          code: 'brand',
          name: { nl: 'Brand', en: 'Fire' },
          sensitivity: 3,
          organisation: 'brandweer',
          sub: [],
        },
      ],
      organisations: [{ code: 'brandweer', name: 'Brandweer', teams: ['kazerne-noord', 'kazerne-zuid'] }],
    });
    expect(custom.rules[0].outcome.team).toBe('kazerne-noord');
  });
});

describe('catalogueFromTaxonomy', () => {
  it('lists main codes with their sub codes, organisations with teams, and the given areas', () => {
    const catalogue = catalogueFromTaxonomy(taxonomy, ['buurt-1']);
    expect(catalogue.categories[0]).toEqual({
      code: 'afval',
      sub: ['grofvuil', 'zwerfafval', 'container-vol', 'illegale-dumping'],
    });
    expect(catalogue.organisations).toContainEqual({
      code: 'police',
      teams: ['wijkagenten', 'ondermijning'],
    });
    expect(catalogue.areas).toEqual(['buurt-1']);
  });
});
