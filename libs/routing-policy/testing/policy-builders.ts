import type { RoutingInput, RoutingOutcome, RoutingPolicy, RoutingRule, RuleConditions } from '../src';

export const outcome = (
  organisation: string,
  team: string,
  priority: RoutingOutcome['priority'] = 'normal',
): RoutingOutcome => ({
  organisation,
  team,
  priority,
  sla: { amount: 3, unit: 'days', calendar: 'working' },
});

export const TRIAGE = outcome('coordinators', 'triage');

export const rule = (
  id: string,
  conditions: RuleConditions,
  to: RoutingOutcome = outcome('municipality', 'stadsbeheer'),
): RoutingRule => ({
  id,
  name: `rule ${id}`,
  conditions,
  outcome: to,
});

export const policy = (rules: RoutingRule[], fallback: RoutingOutcome | null = TRIAGE): RoutingPolicy => ({
  id: 'test',
  version: 1,
  status: 'draft',
  rules,
  fallback,
});

/** Tuesday 14 January 2025, 14:30 in Amsterdam. */
export const TUESDAY_AFTERNOON = new Date('2025-01-14T13:30:00Z');

export const input = (overrides: Partial<RoutingInput> = {}): RoutingInput => ({
  reportId: 'r-1',
  category: { main: 'afval', sub: 'grofvuil' },
  areaIds: ['buurt-1'],
  submittedAt: TUESDAY_AFTERNOON,
  reporterTier: 'resident',
  description: 'Grofvuil naast de container',
  ...overrides,
});
