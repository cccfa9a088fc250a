import { Sensitivity } from '@loket/disclosure-policy';
import { DEFAULT_DISCLOSURE_POLICY } from '../messages/disclosure-policy';
import { CaseFacts, ReporterFacts } from '../messages/plan-message';
import { MessageFact, shapeTracking, StageFact } from './tracking-response';

// Default matrix: resident 3 / 3 / 2 / 1 and anonymous 3 / 2 / 2 / 1 by sensitivity 1 … 4.
const rules = DEFAULT_DISCLOSURE_POLICY;
const at = (minutes: number) => new Date(Date.UTC(2026, 4, 1, 10, minutes));

const reporter = (overrides: Partial<ReporterFacts> = {}): ReporterFacts => ({
  reportId: '00000000-0000-4000-8000-000000000001',
  reporterRef: 'rr_secretpseudonym000000',
  tier: 'resident',
  language: 'nl',
  consentToContact: true,
  hasEmail: true,
  receivedAt: at(0),
  trackingCodeHint: '…-HC9F',
  ...overrides,
});
const kase = (sensitivity: Sensitivity): CaseFacts => ({ caseId: '00000000-0000-4000-8000-0000000000c1', sensitivity, organisation: 'police' });

const stages: StageFact[] = [
  { stage: 'resolved', occurredAt: at(30) },
  { stage: 'picked-up', occurredAt: at(10) },
];
const message = (stage: string, level: number, minutes: number, extra: Partial<MessageFact> = {}): MessageFact => ({
  id: `00000000-0000-4000-8000-0000000000${String(minutes).padStart(2, '0')}`,
  stage,
  level,
  subject: `subject ${stage}`,
  body: `body ${stage}`,
  channel: 'email',
  status: 'sent',
  occurredAt: at(minutes),
  ...extra,
});
const messages = [message('received', 2, 0), message('picked-up', 3, 10), message('note-for-reporter', 3, 20), message('resolved', 3, 30)];

describe('shapeTracking', () => {
  it('shows the stages since the report, oldest first, and the current stage', () => {
    const view = shapeTracking({ reporter: reporter(), kase: kase(2), stages, messages }, rules);
    expect(view.stage).toBe('resolved');
    expect(view.disclosureLevel).toBe(3);
    expect(view.timeline).toEqual([
      { stage: 'received', at: at(0).toISOString() },
      { stage: 'picked-up', at: at(10).toISOString() },
      { stage: 'resolved', at: at(30).toISOString() },
    ]);
    expect(view.messages.map((m) => m.stage)).toEqual(['received', 'picked-up', 'note-for-reporter', 'resolved']);
  });

  it('holds exactly the public fields: no reporter ref, tier, contact details or case id', () => {
    const view = shapeTracking({ reporter: reporter(), kase: kase(2), stages, messages }, rules);
    expect(Object.keys(view).sort()).toEqual(['disclosureLevel', 'messages', 'questions', 'reportId', 'stage', 'timeline']);
    expect(Object.keys(view.messages[0]!).sort()).toEqual(['at', 'body', 'channel', 'delivery', 'id', 'stage', 'subject']);
    const text = JSON.stringify(view);
    expect(text).not.toContain('rr_secretpseudonym');
    expect(text).not.toContain('00000000-0000-4000-8000-0000000000c1');
  });

  it('below level 2 shows only that the report was received', () => {
    const view = shapeTracking({ reporter: reporter({ tier: 'resident' }), kase: kase(4), stages, messages: [message('received', 1, 0)] }, rules);
    expect(view.disclosureLevel).toBe(1);
    expect(view.stage).toBe('received');
    expect(view.timeline.map((s) => s.stage)).toEqual(['received']);
    expect(view.messages.map((m) => m.stage)).toEqual(['received']);
  });

  it('shows a reporter who asked for no contact no messages and no progress', () => {
    const view = shapeTracking({ reporter: reporter({ consentToContact: false }), kase: kase(1), stages, messages }, rules);
    expect(view.disclosureLevel).toBe(0);
    expect(view.timeline.map((s) => s.stage)).toEqual(['received']);
    expect(view.messages).toEqual([]);
  });

  it('caps messages by the level in force now: a note stops showing when the ceiling drops below 3', () => {
    const view = shapeTracking({ reporter: reporter({ tier: 'resident' }), kase: kase(3), stages, messages }, rules);
    expect(view.disclosureLevel).toBe(2);
    expect(view.messages.map((m) => m.stage)).toEqual(['received']); // written at level 2; the rest at 3
  });

  it('shows messages written at or below the level in force', () => {
    const low = [message('received', 1, 0), message('picked-up', 2, 10), message('note-for-reporter', 3, 20)];
    const view = shapeTracking({ reporter: reporter({ tier: 'resident' }), kase: kase(3), stages, messages: low }, rules);
    expect(view.messages.map((m) => m.stage)).toEqual(['received', 'picked-up']);
  });

  it('leaves out stages from before this reporter reported (a later report on an older case)', () => {
    const view = shapeTracking({ reporter: reporter({ receivedAt: at(20) }), kase: kase(1), stages, messages: [] }, rules);
    expect(view.timeline.map((s) => s.stage)).toEqual(['received', 'resolved']);
  });

  it('shows messages kept for the page and pending e-mail with their delivery state', () => {
    const view = shapeTracking(
      {
        reporter: reporter({ hasEmail: false }),
        kase: kase(1),
        stages: [],
        messages: [message('received', 3, 0, { channel: 'page', status: 'page' }), message('picked-up', 3, 5, { status: 'pending' })],
      },
      rules,
    );
    expect(view.messages.map((m) => [m.channel, m.delivery])).toEqual([['page', 'page'], ['email', 'pending']]);
  });

  it('is at the received stage before routing has opened a case', () => {
    const view = shapeTracking({ reporter: reporter({ tier: 'anonymous' }), kase: null, stages: [], messages: [message('received', 1, 0)] }, rules);
    expect(view).toMatchObject({ stage: 'received', disclosureLevel: 1 });
  });
});
