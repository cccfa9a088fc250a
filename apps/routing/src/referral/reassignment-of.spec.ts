import { CaseReassigned, validateSchema, type CaseReferredV1 } from '@loket/contracts';
import { compilePolicy, type RoutingOutcome } from '@loket/routing-policy';
import type { StoredRoutingInput } from '../decisions/routing-decision.entity';
import { reassignmentOf } from './reassignment-of';

const outcome = (organisation: string, team: string): RoutingOutcome => ({
  organisation,
  team,
  priority: 'normal',
  sla: { amount: 5, unit: 'days', calendar: 'working' },
});

const POLICY = compilePolicy({
  id: 'default',
  version: 3,
  status: 'published',
  rules: [
    { id: 'overlast-gemeente', name: 'Overlast', conditions: { categories: ['overlast'] }, outcome: outcome('municipality', 'toezicht') },
    { id: 'overlast-politie', name: 'Overlast politie', conditions: { categories: ['overlast'] }, outcome: { ...outcome('police', 'wijkagenten'), priority: 'high' } },
    { id: 'woning', name: 'Woning', conditions: { categories: ['woning'] }, outcome: outcome('housing', 'beheer') },
  ],
  fallback: outcome('coordinators', 'triage'),
});

const INPUT: StoredRoutingInput = {
  reportId: '6d1c7c1e-2f0a-4b8e-9c55-1f2e3d4c5b6a',
  category: { main: 'overlast', sub: 'drugs' },
  areaIds: ['BU03440100'],
  submittedAt: '2026-05-04T08:00:00.000Z',
  reporterTier: 'resident',
  description: 'Drugshandel in het portiek',
};

const referral = (overrides: Partial<CaseReferredV1> = {}): CaseReferredV1 => ({
  caseId: '00000000-0000-4000-8000-000000000001',
  fromOrganisation: 'municipality',
  requestedOrganisation: null,
  reason: 'Past bij de wijkagent',
  referredAt: '2026-05-04T09:00:00.000Z',
  caseVersion: 3,
  ...overrides,
});

const NOW = new Date('2026-05-04T09:00:02.000Z');

describe('reassignmentOf', () => {
  it('sends the case to the requested organisation by its rule for this report, with a valid event', () => {
    const { record, event } = reassignmentOf(POLICY, INPUT, referral({ requestedOrganisation: 'police' }), 'Europe/Amsterdam', NOW);

    expect(event).toMatchObject({
      caseId: referral().caseId,
      fromOrganisation: 'municipality',
      organisation: 'police',
      team: 'wijkagenten',
      priority: 'high',
      via: 'matching-rule',
      reason: 'Past bij de wijkagent',
      reassignedAt: NOW.toISOString(),
    });
    expect(event.explanation).toMatch(/referred by municipality to police; policy default v3: rule overlast-politie/i);
    expect(record).toMatchObject({ policyId: 'default', policyVersion: 3, ruleId: 'overlast-politie', requestedOrganisation: 'police' });
    expect(validateSchema(CaseReassigned.schema, event).ok).toBe(true);
  });

  it('without a requested organisation, decides by the policy minus the referring organisation', () => {
    const { event } = reassignmentOf(POLICY, INPUT, referral(), 'Europe/Amsterdam', NOW);

    expect(event).toMatchObject({ organisation: 'police', team: 'wijkagenten', via: 'policy-decision' });
  });

  it('sends an organisation no rule matches for to the team its first rule names, and an unknown one to triage', () => {
    expect(reassignmentOf(POLICY, INPUT, referral({ requestedOrganisation: 'housing' }), 'Europe/Amsterdam', NOW).event)
      .toMatchObject({ organisation: 'housing', team: 'beheer', via: 'organisation-rule' });
    expect(reassignmentOf(POLICY, INPUT, referral({ requestedOrganisation: 'welfare' }), 'Europe/Amsterdam', NOW).event)
      .toMatchObject({ organisation: 'coordinators', team: 'triage', via: 'fallback' });
  });
});
