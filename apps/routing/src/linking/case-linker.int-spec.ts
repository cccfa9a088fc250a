import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import type { IncomingReport } from '@loket/incident-linking';
import { randomPlace, scratchDatabase } from '@loket/testing';
import { CaseRecord } from '../cases/case.entity';
import { ROUTING_SCHEMA } from '../database/routing.schema';
import { CaseLinker } from './case-linker';
import { ActiveLinkingRules } from './learning/active-linking-rules';

/**
 * The linker's index against a real PostgreSQL: it finds cases other transactions commit, even one that commits
 * after a later one, and a case it learned of in a transaction that was rolled back is never a link target.
 */
describe('the case linker keeps its index current (real PostgreSQL)', () => {
  let database: Awaited<ReturnType<typeof scratchDatabase>>;
  const place = randomPlace();
  const text = 'grofvuil bank matras naast de container gedumpt';

  beforeAll(async () => {
    database = await scratchDatabase('loket_case_linker', ROUTING_SCHEMA);
  });
  afterAll(async () => {
    await database?.drop();
  });

  const openCaseIn = async (tx: EntityManager, at: Date): Promise<string> => {
    const id = randomUUID();
    await tx.insert(CaseRecord, {
      id, organisation: 'gemeente', team: 'afval', priority: 'normal', status: 'open', categoryMain: 'afval', categorySub: 'grofvuil',
      sensitivity: 1, lat: place.lat, lon: place.lon, openedAt: at, firstReportAt: at, lastReportAt: at, linkText: text, closedAt: null, updatedAt: at,
    });
    return id;
  };
  const reportAt = (at: Date): IncomingReport => ({
    reportId: randomUUID(), category: { main: 'afval', sub: 'grofvuil' }, location: place, submittedAt: at, description: text,
  });
  const decide = (linker: CaseLinker, at: Date) => database.dataSource.transaction((tx) => linker.decide(tx, reportAt(at)));

  it('finds a case committed by a transaction that was still running when it last looked', async () => {
    const linker = new CaseLinker(new ActiveLinkingRules());
    const at = new Date();
    const slow = database.dataSource.createQueryRunner();
    await slow.connect();
    await slow.startTransaction();
    const caseId = await openCaseIn(slow.manager, at); // not committed yet: its transaction id is before the horizon
    expect((await decide(linker, at)).decision).toBe('new-case');
    // transactions after the slow one commit and are read
    await database.dataSource.transaction((tx) => tx.query(`SELECT 1`));
    await slow.commitTransaction();
    await slow.release();
    const decision = await decide(linker, new Date(at.getTime() + 60_000));
    expect(decision).toMatchObject({ decision: 'link', caseId });
  });

  it('never links to a case it saw in a transaction that was rolled back', async () => {
    const linker = new CaseLinker(new ActiveLinkingRules());
    const at = new Date(Date.now() + 3_600_000 * 24 * 30); // a month on: the first test's case is out of reach
    const batch = database.dataSource.createQueryRunner();
    await batch.connect();
    await batch.startTransaction();
    const ghost = await openCaseIn(batch.manager, at);
    // in the same transaction (a batch of messages), the next report links to the case the first one opened
    expect(await linker.decide(batch.manager, reportAt(at))).toMatchObject({ decision: 'link', caseId: ghost });
    await batch.rollbackTransaction();
    await batch.release();
    const decision = await decide(linker, new Date(at.getTime() + 60_000));
    expect(decision.decision).toBe('new-case');
  });
});
