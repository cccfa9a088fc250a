import { sameOutcome } from '../policy/same-outcome';
import type {
  Priority,
  RoutingOutcome,
  RoutingPolicy,
  RoutingRule,
  Sla,
} from '../policy/routing-policy.types';
import type { PolicyCatalogue } from '../validate/policy-issue';
import type { Taxonomy, TaxonomyCategory, TaxonomySubcategory } from './taxonomy.types';

const COORDINATORS = 'coordinators';

/** Team per organisation, with the exceptions by category code (main or sub). */
const TEAMS: Readonly<Record<string, { default: string; byCategory?: Readonly<Record<string, string>> }>> = {
  municipality: { default: 'stadsbeheer', byCategory: { overlast: 'handhaving', woonfraude: 'handhaving' } },
  police: { default: 'wijkagenten', byCategory: { ondermijning: 'ondermijning' } },
  housing: { default: 'huurdersservice' },
  'social-work': { default: 'wijkteam' },
  coordinators: { default: 'triage' },
};

const workingDays = (amount: number): Sla => ({ amount, unit: 'days', calendar: 'working' });

/**
 * A seed policy from the taxonomy: one rule per main category, preceded by one rule per subcategory whose
 * organisation, team or urgency differs from its main's. Urgency follows the effective sensitivity and
 * organisation: care (social work) high / 2 working days; safety and serious crime (sensitivity ≥ 3) high /
 * 1 working day; everything else normal / 3 working days. The fallback sends the rest to the coordinators'
 * triage, normal / 1 working day. Returned as draft version 1 of policy 'default'.
 */
export function defaultPolicyFromTaxonomy(taxonomy: Taxonomy): RoutingPolicy {
  const rules: RoutingRule[] = [];
  for (const main of taxonomy.categories) {
    const mainOutcome = outcomeFor(taxonomy, main, null);
    for (const sub of main.sub) {
      const subOutcome = outcomeFor(taxonomy, main, sub);
      if (!sameOutcome(subOutcome, mainOutcome)) {
        rules.push({
          id: `${main.code}-${sub.code}`,
          name: `${main.name.nl}: ${sub.nl}`,
          conditions: { categories: [sub.code] },
          outcome: subOutcome,
        });
      }
    }
    rules.push({
      id: main.code,
      name: main.name.nl,
      conditions: { categories: [main.code] },
      outcome: mainOutcome,
    });
  }
  return {
    id: 'default',
    version: 1,
    status: 'draft',
    rules,
    fallback: {
      organisation: COORDINATORS,
      team: teamFor(taxonomy, COORDINATORS, []),
      priority: 'normal',
      sla: workingDays(1),
    },
  };
}

/** The catalogue validatePolicy needs, from the taxonomy (no areas: they live elsewhere). */
export function catalogueFromTaxonomy(taxonomy: Taxonomy, areas: readonly string[] = []): PolicyCatalogue {
  return {
    categories: taxonomy.categories.map((c) => ({ code: c.code, sub: c.sub.map((s) => s.code) })),
    areas: [...areas],
    organisations: taxonomy.organisations.map((o) => ({ code: o.code, teams: [...o.teams] })),
  };
}

function outcomeFor(
  taxonomy: Taxonomy,
  main: TaxonomyCategory,
  sub: TaxonomySubcategory | null,
): RoutingOutcome {
  const organisation = sub?.organisation ?? main.organisation;
  const sensitivity = sub?.sensitivity ?? main.sensitivity;
  const team = teamFor(taxonomy, organisation, sub === null ? [main.code] : [sub.code, main.code]);
  const [priority, sla] = urgency(organisation, sensitivity);
  return { organisation, team, priority, sla };
}

function teamFor(taxonomy: Taxonomy, organisation: string, categoryCodes: readonly string[]): string {
  const known = TEAMS[organisation];
  for (const code of categoryCodes) {
    const team = known?.byCategory?.[code];
    if (team !== undefined) return team;
  }
  if (known !== undefined) return known.default;
  return taxonomy.organisations.find((o) => o.code === organisation)?.teams[0] ?? 'triage';
}

function urgency(organisation: string, sensitivity: number): [Priority, Sla] {
  if (organisation === 'social-work') return ['high', workingDays(2)];
  if (sensitivity >= 3) return ['high', workingDays(1)];
  return ['normal', workingDays(3)];
}
