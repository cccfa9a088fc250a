import type { Priority } from '@loket/contracts';
import type { CaseListCriteria, CasePosition, CaseSort } from '../persistence/case-repository';
import type { CaseRecord } from '../persistence/case.entity';

/** One condition of a queue query: SQL over the alias `c` (cases) with its named parameters. */
export interface Clause {
  sql: string;
  params: Record<string, unknown>;
}

export interface QueueClauses {
  where: Clause[];
  orderBy: { expression: string; direction: 'ASC' | 'DESC' }[];
}

/** Statuses in which the SLA clock does not run: done, or waiting on a third party. */
export const CLOCK_STOPPED = `('resolved', 'closed', 'waiting')`;

const PRIORITY_RANK: Record<Priority, number> = { low: 1, normal: 2, high: 3, urgent: 4 };
const RANK_SQL = `(CASE c.priority WHEN 'urgent' THEN 4 WHEN 'high' THEN 3 WHEN 'normal' THEN 2 ELSE 1 END)`;

/**
 * The WHERE and ORDER BY of a queue, without the caller's scope (the repository adds that to every query).
 * Every condition is written so that the indexes of `case.entity.ts` serve it: equality on the leading
 * columns, ranges on `due_at`/`opened_at`, partial-index predicates repeated verbatim (PostgreSQL uses a
 * partial index only when the query implies its predicate), and reports reached through their GIN indexes.
 */
export function queueClauses(criteria: CaseListCriteria): QueueClauses {
  const where: Clause[] = [];
  const add = (sql: string, params: Record<string, unknown> = {}) => where.push({ sql, params });
  if (criteria.status) add('c.status = :status', { status: criteria.status });
  if (criteria.team) add('c.team = :team', { team: criteria.team });
  if (criteria.teams) add('c.team IN (:...queueTeams)', { queueTeams: [...criteria.teams] });
  if (criteria.assignee) add('c.assignee = :assignee', { assignee: criteria.assignee });
  if (criteria.priority) add('c.priority = :priority', { priority: criteria.priority });
  if (criteria.categoryMain) add('c.category_main = :categoryMain', { categoryMain: criteria.categoryMain });
  if (criteria.categorySub) add('c.category_sub = :categorySub', { categorySub: criteria.categorySub });
  if (criteria.openedFrom) add('c.opened_at >= :openedFrom', { openedFrom: criteria.openedFrom });
  if (criteria.openedTo) add('c.opened_at < :openedTo', { openedTo: criteria.openedTo });
  if (criteria.areaId) {
    add(
      // CAST rather than `::`: TypeORM would read `::text` as the parameter `:text`.
      'EXISTS (SELECT 1 FROM case_reports ra WHERE ra.case_id = c.id AND ra.area_ids @> ARRAY[CAST(:areaId AS text)])',
      { areaId: criteria.areaId },
    );
  }
  if (criteria.text) {
    add(
      `EXISTS (SELECT 1 FROM case_reports rt WHERE rt.case_id = c.id AND ` +
        `to_tsvector('dutch', rt.description) @@ websearch_to_tsquery('dutch', :freeText))`,
      { freeText: criteria.text },
    );
  }
  if (criteria.sla) where.push(slaClause(criteria.sla));
  if (criteria.triage) {
    add(
      `((c.status = 'new' AND c.triage_reasons <> '{}') OR c.reopen_requested_at IS NOT NULL ` +
        `OR (c.status NOT IN ${CLOCK_STOPPED} AND c.due_at < :triageNow))`,
      { triageNow: criteria.triage.now },
    );
  }
  const sort = criteria.sort ?? '-openedAt';
  if (criteria.after) where.push(afterClause(sort, criteria.after));
  return { where, orderBy: ORDER[sort] };
}

function slaClause({ status, now, atRiskMarginMs }: NonNullable<CaseListCriteria['sla']>): Clause {
  const params = { slaNow: now, slaRiskUntil: new Date(now.getTime() + atRiskMarginMs) };
  switch (status) {
    case 'breached':
      return { sql: `c.status NOT IN ${CLOCK_STOPPED} AND c.due_at < :slaNow`, params };
    case 'at-risk':
      return {
        sql: `c.status NOT IN ${CLOCK_STOPPED} AND c.due_at >= :slaNow AND c.due_at < :slaRiskUntil`,
        params,
      };
    case 'on-track':
      return { sql: `(c.status IN ${CLOCK_STOPPED} OR c.due_at >= :slaRiskUntil)`, params };
  }
}

const ORDER: Record<CaseSort, QueueClauses['orderBy']> = {
  '-openedAt': [
    { expression: 'c.opened_at', direction: 'DESC' },
    { expression: 'c.id', direction: 'DESC' },
  ],
  openedAt: [
    { expression: 'c.opened_at', direction: 'ASC' },
    { expression: 'c.id', direction: 'ASC' },
  ],
  dueAt: [
    { expression: 'c.due_at', direction: 'ASC' },
    { expression: 'c.id', direction: 'ASC' },
  ],
  '-priority': [
    { expression: RANK_SQL, direction: 'DESC' },
    { expression: 'c.due_at', direction: 'ASC' },
    { expression: 'c.id', direction: 'ASC' },
  ],
};

/** Keyset pagination: strictly after the cursor's case in the sort's order (row comparison where it can). */
function afterClause(sort: CaseSort, after: CasePosition): Clause {
  const params = { afterAt: after.at, afterId: after.id, afterRank: after.rank ?? 0 };
  switch (sort) {
    case '-openedAt':
      return { sql: '(c.opened_at, c.id) < (:afterAt, :afterId)', params };
    case 'openedAt':
      return { sql: '(c.opened_at, c.id) > (:afterAt, :afterId)', params };
    case 'dueAt':
      return { sql: '(c.due_at, c.id) > (:afterAt, :afterId)', params };
    case '-priority':
      return {
        sql:
          `(${RANK_SQL} < :afterRank OR (${RANK_SQL} = :afterRank AND ` +
          `(c.due_at, c.id) > (:afterAt, :afterId)))`,
        params,
      };
  }
}

/** Where the next page starts when `record` is the last case of this one. */
export function positionOf(record: CaseRecord, sort: CaseSort): CasePosition {
  switch (sort) {
    case '-openedAt':
    case 'openedAt':
      return { sort, at: record.openedAt, id: record.id };
    case 'dueAt':
      return { sort, at: record.dueAt, id: record.id };
    case '-priority':
      return { sort, at: record.dueAt, rank: PRIORITY_RANK[record.priority], id: record.id };
  }
}

/** The order a sort puts two cases in (negative: `a` first), the same as the SQL's; for fakes and tests. */
export function compareBySort(sort: CaseSort, a: CaseRecord, b: CaseRecord): number {
  const byId = a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  switch (sort) {
    case '-openedAt':
      return b.openedAt.getTime() - a.openedAt.getTime() || -byId;
    case 'openedAt':
      return a.openedAt.getTime() - b.openedAt.getTime() || byId;
    case 'dueAt':
      return a.dueAt.getTime() - b.dueAt.getTime() || byId;
    case '-priority':
      return PRIORITY_RANK[b.priority] - PRIORITY_RANK[a.priority] || a.dueAt.getTime() - b.dueAt.getTime() || byId;
  }
}
