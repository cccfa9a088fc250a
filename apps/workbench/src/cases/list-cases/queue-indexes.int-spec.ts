import { scratchDatabase } from '@loket/testing';
import { WORKBENCH_SCHEMA } from '../../database/workbench.schema';
import type { CaseScope } from '../case-scope';
import type { CaseListCriteria } from '../persistence/case-repository';
import { TypeormCaseRepository } from '../persistence/typeorm-case-repository';

const CASES = 100_000;

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

function nodesOf(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(nodesOf)];
}

/**
 * The queue queries the repository really builds, EXPLAINed over 100,000 cases (and their reports) seeded in a
 * scratch workbench database: every common queue shape must be served by an index, never by a sequential scan
 * of `cases`. Statuses, priorities and ages are spread the way a year of work looks: most cases closed.
 */
describe('queue queries at 100,000 cases (real PostgreSQL, EXPLAIN)', () => {
  let db: Awaited<ReturnType<typeof scratchDatabase>>;
  let repository: TypeormCaseRepository;
  const now = new Date();

  beforeAll(async () => {
    db = await scratchDatabase('loket_workbench_queue_plans', WORKBENCH_SCHEMA);
    repository = new TypeormCaseRepository(db.dataSource);
    // Bulk load: drop the secondary indexes the migrations made, insert, then build them again from their own
    // definitions (one sort per index instead of 100,000 insertions into each).
    const indexes: { indexname: string; indexdef: string }[] = await db.dataSource.query(
      `SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN ('cases', 'case_reports') AND indexname NOT LIKE 'pk_%'`,
    );
    for (const { indexname } of indexes) await db.dataSource.query(`DROP INDEX "${indexname}"`);
    await db.dataSource.query(
      `INSERT INTO cases (id, organisation, team, status, version, assignee, priority, category_main, category_sub,
         sensitivity, sla, due_at, resolution_code, closed_at, routing_policy_id, routing_policy_version,
         routing_rule_id, routing_explanation, opened_at, updated_at, triage_reasons, reopen_requested_at)
       SELECT md5('case' || i)::uuid,
         (ARRAY['municipality','municipality','police','housing','social-work'])[1 + i % 5],
         (ARRAY['stadsbeheer','handhaving','wijkagenten','huurdersservice','wijkteam'])[1 + i % 5],
         CASE WHEN i / 5 % 20 < 14 THEN 'closed' WHEN i / 5 % 20 = 14 THEN 'resolved' WHEN i / 5 % 20 IN (15, 16) THEN 'new'
              WHEN i / 5 % 20 = 17 THEN 'assigned' WHEN i / 5 % 20 = 18 THEN 'in_progress' ELSE 'waiting' END,
         1, 'user-' || (i % 97), (ARRAY['low','normal','normal','normal','high','high','urgent','normal'])[1 + i / 3 % 8],
         (ARRAY['afval','openbare-ruimte','overlast','wonen','zorg'])[1 + i % 5], NULL, 1 + i % 4,
         '{"amount":3,"unit":"days","calendar":"calendar"}'::jsonb,
         $1::timestamptz - (i * interval '5 minutes') + interval '3 days', NULL, NULL, 'default', 1,
         CASE WHEN i % 101 = 0 THEN NULL ELSE 'rule-' || (i % 7) END, 'seeded',
         $1::timestamptz - (i * interval '5 minutes'), $1::timestamptz - (i * interval '5 minutes'),
         CASE WHEN i % 101 = 0 THEN ARRAY['routed-by-fallback'] ELSE ARRAY[]::text[] END,
         CASE WHEN i % 997 = 0 THEN $1::timestamptz ELSE NULL END
       FROM generate_series(1, $2::int) AS i`,
      [now, CASES],
    );
    await db.dataSource.query(
      `INSERT INTO case_reports (case_id, report_id, description, category_main, category_sub, lat, lon, area_ids,
         reporter_tier, submitted_at, linked_at)
       SELECT md5('case' || i)::uuid, md5('report' || i)::uuid,
         (ARRAY['Grofvuil naast de container', 'Lantaarnpaal doet het niet', 'Hangjongeren maken lawaai',
                'Lekkage in het trappenhuis', 'Buurman lijkt verward en vereenzaamd', 'Fietswrak aan het hek',
                'Scheve stoeptegels bij de school'])[1 + i % 7] || ' bij nummer ' || (i % 300),
         'afval', NULL, 52.09, 5.12, ARRAY['BU' || lpad((i % 200)::text, 8, '0'), 'WK' || lpad((i % 20)::text, 6, '0')],
         'resident', $1::timestamptz - (i * interval '5 minutes'), $1::timestamptz - (i * interval '5 minutes')
       FROM generate_series(1, $2::int) AS i`,
      [now, CASES],
    );
    for (const { indexdef } of indexes) await db.dataSource.query(indexdef);
    expect(indexes.length).toBeGreaterThan(15);
    await db.dataSource.query('ANALYZE cases');
    await db.dataSource.query('ANALYZE case_reports');
  }, 120_000);
  afterAll(async () => {
    await db?.drop();
  });

  const municipality: CaseScope = { kind: 'organisation', organisation: 'municipality' };
  // a coordinator's reach: the coordinators' own cases, cases in triage and cases a coordinator corrected
  const coordinators: CaseScope = { kind: 'triage', organisation: 'coordinators', now };
  const hours = (n: number) => n * 3_600_000;

  const shapes: [string, CaseScope, Omit<CaseListCriteria, 'limit'>][] = [
    ['the team queue, status and priority, soonest due first (the benchmark)', municipality,
      { team: 'stadsbeheer', status: 'new', priority: 'high', sort: 'dueAt' }],
    ['the same, second page', municipality,
      { team: 'stadsbeheer', status: 'new', priority: 'high', sort: 'dueAt',
        after: { sort: 'dueAt', at: new Date(now.getTime() - hours(24 * 30)), id: '00000000-0000-4000-8000-000000000000' } }],
    ['the organisation, newest first', municipality, {}],
    ['the organisation, oldest first, second page', municipality,
      { sort: 'openedAt', after: { sort: 'openedAt', at: new Date(now.getTime() - hours(24 * 300)), id: '00000000-0000-4000-8000-000000000000' } }],
    ['the organisation by status, soonest due', municipality, { status: 'new', sort: 'dueAt' }],
    ['the organisation, soonest due', municipality, { sort: 'dueAt' }],
    ['my team, newest first', municipality, { teams: ['stadsbeheer'] }],
    ['my team, soonest due', municipality, { teams: ['stadsbeheer'], sort: 'dueAt' }],
    ['my team, most urgent first', municipality, { teams: ['stadsbeheer'], status: 'new', sort: '-priority' }],
    ['mine', municipality, { assignee: 'user-5' }],
    ['mine, soonest due', municipality, { assignee: 'user-5', sort: 'dueAt' }],
    ['breached', municipality, { sla: { status: 'breached', now, atRiskMarginMs: hours(24) }, sort: 'dueAt' }],
    ['at risk', municipality, { sla: { status: 'at-risk', now, atRiskMarginMs: hours(24) } }],
    ['by category', municipality, { categoryMain: 'afval' }],
    ['by priority', municipality, { priority: 'urgent' }],
    ['by area', municipality, { areaId: 'BU00000042' }],
    ['by free text', municipality, { text: 'lantaarnpaal' }],
    ['by area and free text, on the team queue', municipality, { teams: ['stadsbeheer'], areaId: 'BU00000042', text: 'lantaarnpaal' }],
    ['by date range', municipality,
      { openedFrom: new Date(now.getTime() - hours(24 * 7)), openedTo: new Date(now.getTime() - hours(24)) }],
    ['coordinators: triage', coordinators, { triage: { now } }],
    ['coordinators: breached, soonest due', coordinators, { sla: { status: 'breached', now, atRiskMarginMs: hours(24) }, sort: 'dueAt' }],
    ['coordinators: new, newest first', coordinators, { status: 'new' }],
    ['coordinators: one assignee', coordinators, { assignee: 'user-7' }],
  ];

  it.each(shapes)('serves %s from an index', async (_, scope, criteria) => {
    const [sql, parameters] = repository.listQuery(scope, { ...criteria, limit: 26 }).getQueryAndParameters();
    const [{ 'QUERY PLAN': [plan] }] = await db.dataSource.query(`EXPLAIN (FORMAT JSON) ${sql}`, parameters);
    const nodes = nodesOf(plan.Plan as PlanNode);
    const seqScans = nodes.filter((n) => n['Node Type'] === 'Seq Scan' && n['Relation Name'] === 'cases');
    expect(seqScans).toEqual([]);
    expect(nodes.some((n) => /Index/.test(n['Node Type']) && n['Relation Name'] === 'cases' || n['Node Type'] === 'Bitmap Index Scan')).toBe(true);
  });

  it('answers the benchmark shape within a few milliseconds, with the rows it should', async () => {
    const criteria = { team: 'stadsbeheer', status: 'new' as const, priority: 'high' as const, sort: 'dueAt' as const, limit: 26 };
    const [sql, parameters] = repository.listQuery(municipality, criteria).getQueryAndParameters();
    const [{ 'QUERY PLAN': [plan] }] = await db.dataSource.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, parameters);
    const rows = await repository.list(municipality, criteria);
    expect(rows).toHaveLength(26);
    expect(rows.every((r) => r.team === 'stadsbeheer' && r.status === 'new' && r.priority === 'high')).toBe(true);
    expect(rows.map((r) => r.dueAt.getTime())).toEqual([...rows.map((r) => r.dueAt.getTime())].sort((a, b) => a - b));
    // Execution time inside PostgreSQL; the benchmark measures the whole HTTP round trip.
    expect(plan['Execution Time']).toBeLessThan(50);
  });

  const counts: [string, Omit<CaseListCriteria, 'limit'>][] = [
    ['mine', { assignee: 'user-5' }],
    ['my team', { teams: ['stadsbeheer'] }],
    ['the organisation', {}],
    ['the organisation by status', { status: 'new' }],
    ['my team, breached', { teams: ['stadsbeheer'], sla: { status: 'breached', now, atRiskMarginMs: hours(24) } }],
  ];

  // A capped count reads at most 1,001 matching rows: where a filter matches a large share of the table, the
  // planner rightly reads the table in order and stops at the cap (Limit over Seq Scan) instead of an index.
  it.each(counts)('counts %s (capped) without reading the whole table, within a few milliseconds', async (_, criteria) => {
    const [sql, parameters] = repository.countQuery(municipality, criteria, 1000).getQueryAndParameters();
    const [{ 'QUERY PLAN': [plan] }] = await db.dataSource.query(`EXPLAIN (ANALYZE, FORMAT JSON) SELECT count(*) FROM (${sql}) t`, parameters);
    const nodes = nodesOf(plan.Plan as PlanNode & { 'Actual Rows'?: number; 'Rows Removed by Filter'?: number });
    expect(nodes.some((n) => n['Node Type'] === 'Limit')).toBe(true);
    const read = nodes
      .filter((n) => n['Relation Name'] === 'cases')
      .reduce((sum, n) => sum + ((n as { 'Actual Rows'?: number })['Actual Rows'] ?? 0) + ((n as { 'Rows Removed by Filter'?: number })['Rows Removed by Filter'] ?? 0), 0);
    expect(read).toBeLessThan(CASES / 10);
    expect(plan['Execution Time']).toBeLessThan(50);
  });

  it('counts exactly up to the cap and says when there are more', async () => {
    // 40,000 municipality cases, 20,000 of them team stadsbeheer; user-5 has 100,000 / 97 / 5 ≈ 206 of them.
    expect(await repository.countUpTo(municipality, {}, 1000)).toBe(1001);
    expect(await repository.countUpTo(municipality, { teams: ['stadsbeheer'] }, 1000)).toBe(1001);
    const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM cases WHERE organisation = 'municipality' AND assignee = 'user-5'`);
    expect(n).toBeLessThan(1000);
    expect(await repository.countUpTo(municipality, { assignee: 'user-5' }, 1000)).toBe(n);
    expect(await repository.countUpTo({ kind: 'organisation', organisation: 'nobody' }, {}, 1000)).toBe(0);
  });
});
