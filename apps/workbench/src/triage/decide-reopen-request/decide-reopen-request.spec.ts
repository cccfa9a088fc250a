import { CaseStatusChanged } from '@loket/contracts';
import { InMemoryCaseReferrals } from '../../../testing/referral-fakes';
import {
  defaultSlaPlanner,
  aCase,
  COORDINATOR,
  fakeDataSource,
  FAKE_TX,
  FixedClock,
  InMemoryCaseJournal,
  InMemoryCaseRepository,
  InMemoryReopenRequests,
  RecordingOutbox,
  WIJKAGENT,
} from '../../../testing/workbench-fakes';
import { CaseAccess } from '../../cases/case-access';
import { ChangeStatus } from '../../cases/change-status/change-status.use-case';
import { RecordReopenRequestWhenReopenRequested } from '../record-reopen-request-when-reopen-requested.handler';
import { DeclineReopenRequest } from './decline-reopen-request.use-case';
import { GrantReopenRequest } from './grant-reopen-request.use-case';

describe('reopen requests: recorded from the event, granted or declined by a coordinator', () => {
  const clock = new FixedClock(new Date('2026-05-10T09:00:00.000Z'));
  const closedAt = new Date('2026-05-08T09:00:00.000Z');
  const event = (caseId: string, requestId: string) => ({
    requestId,
    caseId,
    reportId: '00000000-0000-4000-8000-00000000aaaa',
    reporterRef: 'rr_abcdefghijklmnopqrstuv',
    redactedRemark: 'Het ligt er weer',
    requestedAt: '2026-05-09T12:00:00.000Z',
  });

  function setup() {
    const kase = aCase({ status: 'closed', version: 5, resolutionCode: 'solved', closedAt });
    const cases = new InMemoryCaseRepository(kase);
    const journal = new InMemoryCaseJournal();
    const outbox = new RecordingOutbox();
    const requests = new InMemoryReopenRequests(cases);
    const referrals = new InMemoryCaseReferrals(cases);
    const access = new CaseAccess(cases, referrals, undefined, clock);
    const changeStatus = new ChangeStatus(fakeDataSource, access, cases, journal, outbox, clock, { reopenWindowDays: 30 }, referrals, defaultSlaPlanner());
    return {
      kase,
      cases,
      journal,
      outbox,
      requests,
      record: new RecordReopenRequestWhenReopenRequested(requests, cases, journal),
      grant: new GrantReopenRequest(fakeDataSource, access, requests, changeStatus, clock),
      decline: new DeclineReopenRequest(fakeDataSource, access, requests, journal, clock),
    };
  }

  const A = '00000000-0000-4000-8000-0000000000a1';
  const B = '00000000-0000-4000-8000-0000000000b2';

  it('records a request once, without the reporter, flags the case and notes it in the timeline', async () => {
    const { kase, requests, journal, record } = setup();
    await record.handle(event(kase.id, A), FAKE_TX);
    await record.handle(event(kase.id, A), FAKE_TX);
    expect([...requests.requests.values()]).toEqual([
      expect.objectContaining({ requestId: A, status: 'pending', remark: 'Het ligt er weer' }),
    ]);
    expect(JSON.stringify([...requests.requests.values()])).not.toContain('rr_');
    expect(requests.flagged.has(kase.id)).toBe(true);
    expect(journal.entries.map((e) => e.kind)).toEqual(['reopen-requested']);
  });

  it('grants: the case reopens through the state machine and every pending request of it is granted', async () => {
    const { kase, cases, requests, outbox, record, grant } = setup();
    await record.handle(event(kase.id, A), FAKE_TX);
    await record.handle(event(kase.id, B), FAKE_TX);

    const reopened = await grant.execute(COORDINATOR, kase.id, A, { expectedVersion: 5 });

    expect(reopened).toMatchObject({ status: 'new', version: 6 });
    expect(cases.records.get(kase.id)).toMatchObject({ status: 'new', closedAt: null });
    expect([...requests.requests.values()].map((r) => [r.requestId, r.status, r.decidedBy])).toEqual([
      [A, 'granted', COORDINATOR.subject],
      [B, 'granted', COORDINATOR.subject],
    ]);
    expect(requests.flagged.has(kase.id)).toBe(false);
    expect(outbox.events).toEqual([
      expect.objectContaining({ type: CaseStatusChanged.type, payload: expect.objectContaining({ from: 'closed', to: 'new' }) }),
    ]);
    // decided, the municipality's case left triage and with it the coordinator's reach: as if it did not exist
    await expect(grant.execute(COORDINATOR, kase.id, A, { expectedVersion: 6 })).rejects.toMatchObject({ status: 404 });
  });

  it('answers a decided request with a 409 while the case is still within the coordinator\'s reach', async () => {
    const { kase, record, grant, decline } = setup();
    await record.handle(event(kase.id, A), FAKE_TX);
    await record.handle(event(kase.id, B), FAKE_TX);
    await decline.execute(COORDINATOR, kase.id, A, { reason: 'Dubbel verzoek' });
    await expect(grant.execute(COORDINATOR, kase.id, A, { expectedVersion: 5 })).rejects.toMatchObject({
      status: 409,
      problemType: 'reopen-request-decided',
    });
  });

  it('declines with a reason in the timeline and leaves the case closed', async () => {
    const { kase, cases, requests, journal, record, decline } = setup();
    await record.handle(event(kase.id, A), FAKE_TX);
    const declined = await decline.execute(COORDINATOR, kase.id, A, { reason: 'Nieuw probleem' });
    expect(declined).toMatchObject({ status: 'declined', declineReason: 'Nieuw probleem' });
    expect(cases.records.get(kase.id)).toMatchObject({ status: 'closed', version: 5 });
    expect(requests.flagged.has(kase.id)).toBe(false);
    expect(journal.entries.at(-1)).toMatchObject({ kind: 'reopen-request-declined', details: { requestId: A, reason: 'Nieuw probleem' } });
  });

  it('answers a request of another case, an unknown one, and a case the caller may not see with 404', async () => {
    const { kase, record, grant, decline } = setup();
    await record.handle(event(kase.id, A), FAKE_TX);
    await expect(grant.execute(COORDINATOR, kase.id, B, { expectedVersion: 5 })).rejects.toMatchObject({ status: 404 });
    await expect(decline.execute(COORDINATOR, kase.id, 'not-a-uuid', { reason: 'x' })).rejects.toMatchObject({ status: 404 });
    // triage decisions are the coordinators' (the controller's role check says so first)
    await expect(decline.execute(WIJKAGENT, kase.id, A, { reason: 'x' })).rejects.toMatchObject({ status: 403 });
  });

  it('reaches a case only while its request waits: a decided one takes it out of the coordinators\' reach', async () => {
    const { kase, record, decline, grant } = setup();
    await record.handle(event(kase.id, A), FAKE_TX);
    await decline.execute(COORDINATOR, kase.id, A, { reason: 'Opgelost volgens de wijkagent' });
    await record.handle(event(kase.id, B), FAKE_TX);
    await decline.execute(COORDINATOR, kase.id, B, { reason: 'Nog steeds opgelost' });
    // no request waits and the case is another organisation's: as if it did not exist
    await expect(grant.execute(COORDINATOR, kase.id, B, { expectedVersion: 5 })).rejects.toMatchObject({ status: 404 });
  });
});
