import { randomUUID } from 'node:crypto';
import {
  databaseClient,
  expectEventually,
  LoketServices,
  operationsOfServices,
  randomPlace,
  SERVICE_NAMES,
  tokenFor,
  type Operation,
} from '@loket/testing';
import { call } from '../http-client';
import { MATRIX_CALLERS, MatrixCaller, operationKey, Outcome, outcomeOf } from './access-matrix';
import { ACCESS_MATRIX } from './access-matrix.table';

/**
 * The access matrix (issue #13 §5): every operation of the four services' OpenAPI documents, called as each of
 * `MATRIX_CALLERS`, against a real care case (a report about a neighbour, routed to social work) so that
 * need-to-know is tried on something that exists. Writes carry an empty body — a caller who gets past
 * authorisation is then refused by validation (400), which the matrix counts as admitted — except the case
 * writes whose need-to-know check sits behind validation: those get a valid body that cannot move the case to
 * another organisation or close it (`VALID_BODIES`), so a caller outside the case meets that check. Routing's
 * corrections (reroute, link, unlink, split, merge) keep the empty body: a valid one would move the fixture case,
 * and their scope has tests of its own (`apps/routing/src/corrections`). Every answer must be
 * the one in the reviewed table (`access-matrix.table.ts`); an operation without a row fails, as does a row
 * without an operation. The matrix is printed, actual against expected.
 *
 * `ACCESS_MATRIX_PRINT=1` prints the answers as table rows (to review a new endpoint's row, never to copy blindly).
 */
/** Valid bodies for the case writes that check need-to-know after validation (harmless to the fixture case). */
const VALID_BODIES: Readonly<Record<string, unknown>> = {
  'workbench POST /api/v1/cases/{id}/notes': {
    visibility: 'internal',
    text: 'Access matrix: an internal note',
  },
  'workbench POST /api/v1/cases/{id}/notes/preview': { text: 'Access matrix: a note for the reporter' },
  // A stale version: the holder is told someone else changed the case (409), anyone else must not learn it exists.
  'workbench POST /api/v1/cases/{id}/transitions': { transition: 'wait', expectedVersion: 999 },
  'workbench POST /api/v1/cases/{id}/questions': { text: 'Access matrix: a question for the reporter', waitDays: 0, expectedVersion: 999 },
  // An answer to a question of no one's: whoever gets through the door is told there is no such open question.
  'feedback POST /api/v1/tracking/{trackingCode}/questions/{questionId}/answer': { text: 'Access matrix: an answer' },
  'feedback POST /api/v1/reporter-links/{token}/questions/{questionId}/answer': { text: 'Access matrix: an answer' },
  'feedback POST /api/v1/my-reports/{reportId}/questions/{questionId}/answer': { text: 'Access matrix: an answer' },
  'feedback POST /api/v1/question-replies/{token}': { text: 'Access matrix: a reply by e-mail' },
  'feedback POST /api/v1/cases/{caseId}/reporter-note-previews': {
    text: 'Access matrix: a note for the reporter',
  },
  'feedback POST /api/v1/cases/{caseId}/reports/{reportId}/contact-details-requests': {
    reason: 'Access matrix: may this caller ask for contact details?',
  },
};

describe('the access matrix', () => {
  let loket: LoketServices;
  const tokens = new Map<MatrixCaller, string>();
  let caseId: string;
  let reportId: string;
  let trackingCode: string;
  let policyId: string;
  const operations: Operation[] = [];

  beforeAll(async () => {
    loket = await LoketServices.start({ readyTimeoutMs: 300_000 });
    for (const caller of MATRIX_CALLERS)
      if (caller !== 'anonymous') tokens.set(caller, await tokenFor(caller));
    operations.push(...(await operationsOfServices(loket)));
    const submitted = await call<{ reportId: string; trackingCode: string }>(
      'POST',
      `${loket.intake.url}/api/v1/reports`,
      {
        body: {
          description: `Zorgen om de buurman, hij lijkt verward (matrix-${randomUUID().slice(0, 8)})`,
          category: 'zorg',
          location: randomPlace(),
        },
      },
    );
    expect(submitted.status).toBe(201);
    ({ reportId, trackingCode } = submitted.body);
    caseId = await expectEventually(
      async () => {
        const db = await databaseClient(loket.databaseOf('routing'));
        try {
          const [row] = (
            await db.query('SELECT case_id::text FROM case_reports WHERE report_id = $1', [reportId])
          ).rows as { case_id: string }[];
          expect(row).toBeDefined();
          return row!.case_id;
        } finally {
          await db.end();
        }
      },
      { timeoutMs: 180_000 },
    );
    await expectEventually(
      async () => {
        expect(
          (
            await call('GET', `${loket.workbench.url}/api/v1/cases/${caseId}`, {
              token: tokens.get('welzijn.wijkteam'),
            })
          ).status,
        ).toBe(200);
      },
      { timeoutMs: 180_000 },
    );
    const policies = await call<{ policyId: string }[] | { items: { policyId: string }[] }>(
      'GET',
      `${loket.routing.url}/api/v1/policies`,
      { token: tokens.get('admin') },
    );
    const list = Array.isArray(policies.body) ? policies.body : policies.body.items;
    policyId = list[0]!.policyId;
  }, 480_000);

  afterAll(async () => {
    await loket?.stop();
    await loket?.dropDatabases().catch(() => undefined);
  });

  /** The address of an operation, its path parameters filled with the fixture's values or with ids of nothing. */
  const addressOf = (operation: Operation): string => {
    const caseScoped = /^\/api\/v1\/cases\/\{(id|caseId|survivingCaseId)\}/.test(operation.path);
    const values: Record<string, string> = {
      caseId,
      survivingCaseId: caseId,
      reportId,
      trackingCode,
      policyId,
      version: '1',
      format: 'json',
      token: 'no-such-link',
      id: caseScoped ? caseId : randomUUID(),
    };
    return operation.path.replace(/\{(\w+)\}/g, (_, name: string) =>
      encodeURIComponent(values[name] ?? randomUUID()),
    );
  };

  it('answers every operation, as every caller, as the reviewed table says', async () => {
    const actual = new Map<string, Outcome[]>();
    // Reads first, then writes: a write that succeeds (an administrator's draft) cannot change a read's answer.
    const ordered = [...operations].sort((a, b) => Number(a.method !== 'get') - Number(b.method !== 'get'));
    for (const operation of ordered) {
      const outcomes: Outcome[] = [];
      for (const caller of MATRIX_CALLERS) {
        const answer = await call(
          operation.method.toUpperCase(),
          `${loket.services[operation.service as (typeof SERVICE_NAMES)[number]].url}${addressOf(operation)}`,
          {
            token: tokens.get(caller),
            ...(operation.body ? { body: VALID_BODIES[operationKey(operation)] ?? {} } : {}),
          },
        );
        outcomes.push(outcomeOf(answer.status));
      }
      actual.set(operationKey(operation), outcomes);
    }

    const keys = [...actual.keys()].sort();
    const width = Math.max(...keys.map((k) => k.length));
    const lines = [
      `${'operation'.padEnd(width)}  ${MATRIX_CALLERS.map((c, i) => `${i + 1}`).join(' ')}   (${MATRIX_CALLERS.map((c, i) => `${i + 1} ${c}`).join(', ')})`,
    ];
    const unexpected: string[] = [];
    for (const key of keys) {
      const got = actual.get(key)!.join('');
      const expected = ACCESS_MATRIX[key];
      const mark =
        expected === undefined
          ? '  NO ROW'
          : expected === got
            ? ''
            : `  EXPECTED ${expected.split('').join(' ')}`;
      if (mark) unexpected.push(`${key}: ${got}${mark}`);
      lines.push(`${key.padEnd(width)}  ${got.split('').join(' ')}${mark}`);
    }
    for (const key of Object.keys(ACCESS_MATRIX))
      if (!actual.has(key)) unexpected.push(`${key}: a row for an operation no document has`);
    process.stderr.write(
      `access matrix: ${keys.length} operations x ${MATRIX_CALLERS.length} callers = ${keys.length * MATRIX_CALLERS.length} answers, ${unexpected.length} unexpected\n${lines.join('\n')}\n`,
    );
    if (process.env['ACCESS_MATRIX_PRINT'] === '1') {
      process.stderr.write(`${keys.map((k) => `  '${k}': '${actual.get(k)!.join('')}',`).join('\n')}\n`);
    }
    expect(unexpected).toEqual([]);
  }, 600_000);
});
