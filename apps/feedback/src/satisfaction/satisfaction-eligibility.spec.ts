import { DEFAULT_DISCLOSURE_POLICY } from '../messages/disclosure-policy';
import { CaseFacts, ReporterFacts } from '../messages/plan-message';
import { closureToAnswer, StageFact } from './satisfaction-eligibility';

const at = (minutes: number) => new Date(Date.UTC(2026, 4, 1, 10, minutes));
const reporter = (overrides: Partial<ReporterFacts> = {}): ReporterFacts => ({
  reportId: '00000000-0000-4000-8000-000000000001',
  reporterRef: 'rr_aaaaaaaaaaaaaaaaaaaaaa',
  tier: 'resident',
  language: 'nl',
  consentToContact: true,
  hasEmail: true,
  receivedAt: at(0),
  trackingCodeHint: '…-HC9F',
  ...overrides,
});
const kase = (sensitivity: 1 | 2 | 3 | 4 = 1): CaseFacts => ({ caseId: '00000000-0000-4000-8000-0000000000c1', sensitivity, organisation: 'municipality' });
const stage = (name: string, minutes: number, eventId = `00000000-0000-4000-8000-0000000000${String(minutes).padStart(2, '0')}`): StageFact => ({
  stage: name,
  occurredAt: at(minutes),
  eventId,
});
const policy = DEFAULT_DISCLOSURE_POLICY;

describe('closureToAnswer', () => {
  it('is the latest closure of a closed case', () => {
    const closed = stage('closed', 30);
    expect(closureToAnswer(reporter(), kase(), [stage('picked-up', 10), closed, stage('resolved', 20)], policy)).toEqual(closed);
  });

  it('is nothing while the case is open, reopened after closing, or not known yet', () => {
    expect(closureToAnswer(reporter(), kase(), [stage('picked-up', 10)], policy)).toBeNull();
    expect(closureToAnswer(reporter(), kase(), [stage('closed', 10), stage('reopened', 20)], policy)).toBeNull();
    expect(closureToAnswer(reporter(), null, [stage('closed', 10)], policy)).toBeNull();
    expect(closureToAnswer(reporter(), kase(), [], policy)).toBeNull();
  });

  it('a case closed again after reopening is a new closure', () => {
    const second = stage('closed', 40);
    expect(closureToAnswer(reporter(), kase(), [stage('closed', 10), stage('reopened', 20), second], policy)?.eventId).toBe(second.eventId);
  });

  it('is nothing for a reporter who may not know the case closed (level below 2) or reported after it closed', () => {
    // default matrix: care (4) × resident is level 1
    expect(closureToAnswer(reporter(), kase(4), [stage('closed', 30)], policy)).toBeNull();
    expect(closureToAnswer(reporter({ consentToContact: false }), kase(1), [stage('closed', 30)], policy)).toBeNull();
    expect(closureToAnswer(reporter({ receivedAt: at(40) }), kase(1), [stage('closed', 30)], policy)).toBeNull();
  });

  it('is open to a reporter who stopped e-mail: they still follow the case on the tracking page', () => {
    expect(closureToAnswer(reporter({ hasEmail: false }), kase(2), [stage('closed', 30)], policy)).not.toBeNull();
  });
});
