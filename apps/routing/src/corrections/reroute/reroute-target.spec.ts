import { compilePolicy, type PolicyCatalogue, type RoutingInput, type RoutingOutcome } from '@loket/routing-policy';
import { rerouteTarget } from './reroute-target';

const outcome = (organisation: string, team: string, overrides: Partial<RoutingOutcome> = {}): RoutingOutcome => ({
  organisation,
  team,
  priority: 'normal',
  sla: { amount: 5, unit: 'days', calendar: 'working' },
  ...overrides,
});

const POLICY = compilePolicy({
  id: 'default',
  version: 4,
  status: 'published',
  rules: [
    { id: 'overlast-gemeente', name: 'Overlast', conditions: { categories: ['overlast'] }, outcome: outcome('municipality', 'handhaving') },
    { id: 'overlast-politie', name: 'Overlast politie', conditions: { categories: ['overlast'] }, outcome: outcome('police', 'wijkagenten', { priority: 'high', sla: { amount: 2, unit: 'days', calendar: 'calendar' } }) },
    { id: 'woning', name: 'Woning', conditions: { categories: ['woning'] }, outcome: outcome('housing', 'huurdersservice') },
  ],
  fallback: outcome('coordinators', 'triage'),
});

const CATALOGUE: PolicyCatalogue = {
  categories: [],
  areas: [],
  organisations: [
    { code: 'municipality', teams: ['stadsbeheer', 'handhaving'] },
    { code: 'police', teams: ['wijkagenten', 'ondermijning'] },
    { code: 'housing', teams: ['huurdersservice'] },
    { code: 'welfare', teams: ['wijkteam'] },
    { code: 'coordinators', teams: ['triage'] },
  ],
};

const INPUT: RoutingInput = {
  reportId: '6d1c7c1e-2f0a-4b8e-9c55-1f2e3d4c5b6a',
  category: { main: 'overlast', sub: 'drugs' },
  areaIds: [],
  submittedAt: new Date('2026-05-04T08:00:00.000Z'),
  reporterTier: 'resident',
  description: 'Drugshandel in het portiek',
};

const AT_TRIAGE = { organisation: 'coordinators', team: 'triage' };
const decide = (request: { organisation?: string; team?: string; recategorised?: boolean }, current = AT_TRIAGE, input = INPUT) =>
  rerouteTarget(POLICY, input, current, request, CATALOGUE, 'Europe/Amsterdam');

describe('rerouteTarget', () => {
  it('sends the case to a named organisation on the terms of its rule for this case', () => {
    const decided = decide({ organisation: 'police' });
    expect(decided).toMatchObject({
      ok: true,
      destination: { outcome: outcome('police', 'wijkagenten', { priority: 'high', sla: { amount: 2, unit: 'days', calendar: 'calendar' } }), ruleId: 'overlast-politie', policyVia: 'named' },
    });
    expect(decided.ok && decided.destination.explanation).toMatch(/named by the coordinator; policy default v4: rule overlast-politie/);
  });

  it('takes a named team of that organisation over the rule\'s team', () => {
    expect(decide({ organisation: 'police', team: 'ondermijning' })).toMatchObject({ ok: true, destination: { outcome: { organisation: 'police', team: 'ondermijning', priority: 'high' } } });
  });

  it('keeps the organisation when only a team is named', () => {
    expect(decide({ team: 'stadsbeheer' }, { organisation: 'municipality', team: 'handhaving' }))
      .toMatchObject({ ok: true, destination: { outcome: { organisation: 'municipality', team: 'stadsbeheer' } } });
  });

  it('gives an organisation no rule names its first team in the catalogue', () => {
    expect(decide({ organisation: 'welfare' })).toMatchObject({ ok: true, destination: { outcome: { organisation: 'welfare', team: 'wijkteam' } } });
  });

  it('lets the published policy decide again when nothing is named', () => {
    expect(decide({})).toMatchObject({ ok: true, destination: { outcome: { organisation: 'municipality', team: 'handhaving' }, ruleId: 'overlast-gemeente', policyVia: 'policy' } });
  });

  it('refuses an organisation or team the catalogue does not know (400)', () => {
    expect(decide({ organisation: 'fire-brigade' })).toMatchObject({ ok: false, refusal: { status: 400, type: 'unknown-organisation' } });
    expect(decide({ organisation: 'police', team: 'stadsbeheer' })).toMatchObject({ ok: false, refusal: { status: 400, type: 'unknown-team' } });
  });

  it('refuses to send a case where it already is (409), also when the policy sends it there', () => {
    const atPolice = { organisation: 'police', team: 'wijkagenten' };
    expect(decide({ organisation: 'police' }, atPolice)).toMatchObject({ ok: false, refusal: { status: 409, type: 'already-routed-there' } });
    const decided = decide({}, { organisation: 'municipality', team: 'handhaving' });
    expect(decided).toMatchObject({ ok: false, refusal: { status: 409 } });
    expect(!decided.ok && decided.refusal.detail).toMatch(/name an organisation or team/);
  });

  it('decides on the corrected category and lets the case stay where it is under it', () => {
    const asHousing = { ...INPUT, category: { main: 'woning' } };
    expect(decide({ recategorised: true }, AT_TRIAGE, asHousing))
      .toMatchObject({ ok: true, destination: { outcome: { organisation: 'housing', team: 'huurdersservice' }, ruleId: 'woning', policyVia: 'policy' } });
    const atHousing = { organisation: 'housing', team: 'huurdersservice' };
    expect(decide({ recategorised: true }, atHousing, asHousing)).toMatchObject({ ok: true, destination: { outcome: { organisation: 'housing', team: 'huurdersservice' } } });
    expect(decide({}, atHousing, asHousing)).toMatchObject({ ok: false, refusal: { status: 409 } });
  });
});
