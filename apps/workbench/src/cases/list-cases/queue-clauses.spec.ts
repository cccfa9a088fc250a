import { aCase } from '../../../testing/workbench-fakes';
import { compareBySort, positionOf, queueClauses } from './queue-clauses';

describe('queueClauses', () => {
  const now = new Date('2026-05-04T09:00:00.000Z');
  const id = '0b6f3c8e-4d1a-4f5e-9a7b-2c3d4e5f6a7b';

  it('asks for nothing but the default order (newest first, id as tie-breaker) without criteria', () => {
    expect(queueClauses({ limit: 10 })).toEqual({
      where: [],
      orderBy: [
        { expression: 'c.opened_at', direction: 'DESC' },
        { expression: 'c.id', direction: 'DESC' },
      ],
    });
  });

  it('turns each filter into one parameterised condition, never into SQL text', () => {
    const { where } = queueClauses({
      limit: 10,
      status: 'new',
      team: 'stadsbeheer',
      teams: ['stadsbeheer', 'handhaving'],
      assignee: 'u-1',
      priority: 'high',
      categoryMain: 'afval',
      categorySub: 'grofvuil',
      areaId: "BU'01",
      text: "grofvuil'; DROP TABLE cases; --",
      openedFrom: new Date('2026-05-01T00:00:00Z'),
      openedTo: new Date('2026-05-02T00:00:00Z'),
    });
    expect(where.map((c) => c.sql)).toEqual([
      'c.status = :status',
      'c.team = :team',
      'c.team IN (:...queueTeams)',
      'c.assignee = :assignee',
      'c.priority = :priority',
      'c.category_main = :categoryMain',
      'c.category_sub = :categorySub',
      'c.opened_at >= :openedFrom',
      'c.opened_at < :openedTo',
      expect.stringContaining('ra.area_ids @> ARRAY[CAST(:areaId AS text)]'),
      expect.stringContaining("to_tsvector('dutch', rt.description) @@ websearch_to_tsquery('dutch', :freeText)"),
    ]);
    expect(where.map((c) => c.sql).join(' ')).not.toMatch(/DROP|BU'01|::/);
    expect(Object.assign({}, ...where.map((c) => c.params))).toMatchObject({
      areaId: "BU'01",
      freeText: "grofvuil'; DROP TABLE cases; --",
      queueTeams: ['stadsbeheer', 'handhaving'],
    });
  });

  it.each([
    ['breached', /c\.status NOT IN \('resolved', 'closed', 'waiting'\) AND c\.due_at < :slaNow$/],
    ['at-risk', /NOT IN .* AND c\.due_at >= :slaNow AND c\.due_at < :slaRiskUntil$/],
    ['on-track', /^\(c\.status IN \('resolved', 'closed', 'waiting'\) OR c\.due_at >= :slaRiskUntil\)$/],
  ] as const)('derives SLA status %s from due_at and the running clock', (status, sql) => {
    const [clause] = queueClauses({ limit: 10, sla: { status, now, atRiskMarginMs: 3_600_000 } }).where;
    expect(clause!.sql).toMatch(sql);
    expect(clause!.params).toEqual({ slaNow: now, slaRiskUntil: new Date('2026-05-04T10:00:00.000Z') });
  });

  it('repeats the partial indexes\' predicates verbatim in the triage condition', () => {
    const [clause] = queueClauses({ limit: 10, triage: { now } }).where;
    expect(clause!.sql).toContain("c.status = 'new' AND c.triage_reasons <> '{}'");
    expect(clause!.sql).toContain('c.reopen_requested_at IS NOT NULL');
    expect(clause!.sql).toContain("c.status NOT IN ('resolved', 'closed', 'waiting') AND c.due_at < :triageNow");
  });

  it.each([
    ['-openedAt', '(c.opened_at, c.id) < (:afterAt, :afterId)', ['c.opened_at DESC', 'c.id DESC']],
    ['openedAt', '(c.opened_at, c.id) > (:afterAt, :afterId)', ['c.opened_at ASC', 'c.id ASC']],
    ['dueAt', '(c.due_at, c.id) > (:afterAt, :afterId)', ['c.due_at ASC', 'c.id ASC']],
  ] as const)('continues a %s page strictly after the cursor, in the same order', (sort, after, order) => {
    const at = new Date('2026-05-01T00:00:00Z');
    const clauses = queueClauses({ limit: 10, sort, after: { sort, at, id } });
    expect(clauses.where).toEqual([{ sql: after, params: { afterAt: at, afterId: id, afterRank: 0 } }]);
    expect(clauses.orderBy.map((o) => `${o.expression} ${o.direction}`)).toEqual(order);
  });

  it('sorts by priority rank (most urgent first), then soonest due, then id, and continues after all three', () => {
    const at = new Date('2026-05-01T00:00:00Z');
    const clauses = queueClauses({ limit: 10, sort: '-priority', after: { sort: '-priority', at, rank: 3, id } });
    expect(clauses.orderBy.map((o) => o.direction)).toEqual(['DESC', 'ASC', 'ASC']);
    expect(clauses.orderBy[0]!.expression).toMatch(/CASE c\.priority WHEN 'urgent' THEN 4/);
    expect(clauses.where[0]!.sql).toMatch(/< :afterRank OR \(.* = :afterRank AND \(c\.due_at, c\.id\) > \(:afterAt, :afterId\)\)/);
    expect(clauses.where[0]!.params).toEqual({ afterAt: at, afterId: id, afterRank: 3 });
  });
});

describe('positionOf and compareBySort', () => {
  const early = aCase({ priority: 'urgent', openedAt: new Date('2026-05-01T08:00:00Z'), dueAt: new Date('2026-05-03T08:00:00Z') });
  const late = aCase({ priority: 'low', openedAt: new Date('2026-05-02T08:00:00Z'), dueAt: new Date('2026-05-02T09:00:00Z') });

  it('takes the key of the sort from the last case of a page', () => {
    expect(positionOf(early, '-openedAt')).toEqual({ sort: '-openedAt', at: early.openedAt, id: early.id });
    expect(positionOf(early, 'dueAt')).toEqual({ sort: 'dueAt', at: early.dueAt, id: early.id });
    expect(positionOf(early, '-priority')).toEqual({ sort: '-priority', at: early.dueAt, rank: 4, id: early.id });
  });

  it('orders as the SQL does', () => {
    expect(compareBySort('-openedAt', late, early)).toBeLessThan(0);
    expect(compareBySort('openedAt', early, late)).toBeLessThan(0);
    expect(compareBySort('dueAt', late, early)).toBeLessThan(0);
    expect(compareBySort('-priority', early, late)).toBeLessThan(0);
  });
});
