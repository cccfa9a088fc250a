import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { EventDefinition } from '@loket/contracts';
import { ProblemException } from '@loket/http';
import { Outbox } from '@loket/messaging';
import { CaseDirectory } from '../case-links/case-directory';
import { FieldCipher } from '../crypto/field-cipher';
import { trackingCodeHash } from '../crypto/tracking-code-hash';
import { DEFAULT_DISCLOSURE_POLICY } from '../messages/disclosure-policy';
import { ReporterFacts } from '../messages/plan-message';
import { ReporterDirectory } from '../reporters/reporter-directory';
import { ReporterLinks } from '../reporter-links/reporter-links';
import { RecordSatisfaction } from './record-satisfaction.use-case';
import { remarkContext } from './satisfaction-remark';

const CODE = 'K7QM-2XNP-8RTD-4VWB-HC9F';
const CASE = '00000000-0000-4000-8000-0000000000c1';
const CLOSURE = '00000000-0000-4000-8000-0000000000e1';
const at = (minutes: number) => new Date(Date.UTC(2026, 4, 1, 10, minutes));
const anna: ReporterFacts = {
  reportId: '00000000-0000-4000-8000-000000000001', reporterRef: 'rr_annaannaannaannaanna', tier: 'resident', language: 'nl',
  consentToContact: true, hasEmail: true, receivedAt: at(0), trackingCodeHint: '…-HC9F',
};

function setup(stages: { eventId: string; stage: string; occurredAt: Date }[]) {
  const cipher = new FieldCipher([{ kid: 'k', key: randomBytes(32) }]);
  const answers: Record<string, unknown>[] = [];
  const events: { type: string; payload: Record<string, unknown> }[] = [];
  const tx = {
    createQueryBuilder: () => {
      let row: Record<string, unknown> = {};
      const builder = {
        insert: () => builder, into: () => builder, orIgnore: () => builder, returning: () => builder,
        values: (values: Record<string, unknown>) => ((row = values), builder),
        execute: async () => {
          const taken = answers.some((a) => a['reportId'] === row['reportId'] && a['closureEventId'] === row['closureEventId']);
          if (!taken) answers.push(row);
          return { raw: taken ? [] : [{ id: row['id'] }] };
        },
      };
      return builder;
    },
  } as unknown as EntityManager;
  const dataSource = { transaction: (work: (m: EntityManager) => unknown) => work(tx) } as unknown as DataSource;
  const reporters = {
    ofTrackingCodeHash: async (_: EntityManager, hash: string) => (hash === trackingCodeHash(CODE) ? anna : null),
  } as unknown as ReporterDirectory;
  const cases = {
    ofReport: async () => ({ caseId: CASE, sensitivity: 1, organisation: 'municipality' }),
    stages: async () => stages,
  } as unknown as CaseDirectory;
  const outbox = {
    add: async (_: EntityManager, definition: EventDefinition<object>, payload: Record<string, unknown>) => void events.push({ type: definition.type, payload }),
  } as unknown as Outbox;
  const sut = new RecordSatisfaction(dataSource, {} as ReporterLinks, reporters, cases, cipher, outbox, DEFAULT_DISCLOSURE_POLICY);
  return { sut, answers, events, cipher };
}

const closed = [{ eventId: '00000000-0000-4000-8000-0000000000e0', stage: 'picked-up', occurredAt: at(5) }, { eventId: CLOSURE, stage: 'closed', occurredAt: at(30) }];

async function statusOf(promise: Promise<unknown>): Promise<number> {
  try {
    await promise;
    return 201;
  } catch (error) {
    if (error instanceof ProblemException) return error.status;
    throw error;
  }
}

describe('RecordSatisfaction', () => {
  it('records a happy answer for the closure and publishes only satisfaction-recorded', async () => {
    const { sut, answers, events } = setup(closed);
    await expect(sut.execute({ trackingCode: CODE }, { satisfied: true }, at(40))).resolves.toEqual({
      reportId: anna.reportId, satisfied: true, reopenRequested: false, recordedAt: at(40).toISOString(),
    });
    expect(answers).toEqual([expect.objectContaining({ closureEventId: CLOSURE, caseId: CASE, satisfied: true, remark: null, reopenRequestId: null })]);
    expect(events).toEqual([
      { type: 'feedback.satisfaction-recorded', payload: { caseId: CASE, reportId: anna.reportId, reporterRef: anna.reporterRef, satisfied: true, reopenRequested: false, recordedAt: at(40).toISOString() } },
    ]);
  });

  it('keeps an unhappy remark encrypted here and sends the reopen request with the remark redacted', async () => {
    const { sut, answers, events, cipher } = setup(closed);
    const remark = 'Nog steeds rommel. Bel 06-12345678 of anna@example.nl';
    await sut.execute({ trackingCode: CODE }, { satisfied: false, remark, reopen: true }, at(40));
    const stored = answers[0]!;
    expect(stored['remark']).not.toContain('rommel');
    expect(cipher.decrypt(stored['remark'] as string, remarkContext(stored['id'] as string))).toBe(remark);
    expect(events.map((e) => e.type)).toEqual(['feedback.satisfaction-recorded', 'feedback.reopen-requested']);
    const reopen = events[1]!.payload;
    expect(reopen).toMatchObject({ caseId: CASE, reportId: anna.reportId, requestId: stored['reopenRequestId'] });
    expect(reopen['redactedRemark']).toContain('Nog steeds rommel');
    expect(JSON.stringify(events)).not.toMatch(/12345678|anna@example\.nl/);
  });

  it('is a 409 on a second answer for the same closure', async () => {
    const { sut, events } = setup(closed);
    await sut.execute({ trackingCode: CODE }, { satisfied: true }, at(40));
    expect(await statusOf(sut.execute({ trackingCode: CODE }, { satisfied: false }, at(41)))).toBe(409);
    expect(events).toHaveLength(1);
  });

  it('is a 409 while the case is not closed, a 400 for a happy reopen request, a 404 for an unknown code', async () => {
    expect(await statusOf(setup(closed.slice(0, 1)).sut.execute({ trackingCode: CODE }, { satisfied: true }, at(40)))).toBe(409);
    expect(await statusOf(setup(closed).sut.execute({ trackingCode: CODE }, { satisfied: true, reopen: true }, at(40)))).toBe(400);
    expect(await statusOf(setup(closed).sut.execute({ trackingCode: 'AAAA-BBBB-CCCC-DDDD-EEEE' }, { satisfied: true }, at(40)))).toBe(404);
  });
});
