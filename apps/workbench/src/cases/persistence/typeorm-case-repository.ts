import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { CaseScope } from '../case-scope';
import { queueClauses } from '../list-cases/queue-clauses';
import { CaseReportRecord } from './case-report.entity';
import { CaseChanges, CaseCountCriteria, CaseListCriteria, CaseRepository, NewCaseReport } from './case-repository';
import { CaseRecord } from './case.entity';
import { triageReachSql } from './triage-reach.sql';

@Injectable()
export class TypeormCaseRepository extends CaseRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  findVisible(
    scope: CaseScope,
    caseId: string,
    tx: EntityManager = this.dataSource.manager,
  ): Promise<CaseRecord | null> {
    const query = tx.createQueryBuilder(CaseRecord, 'c').where('c.id = :caseId', { caseId });
    return withinScope(query, scope).getOne();
  }

  list(scope: CaseScope, criteria: CaseListCriteria): Promise<CaseRecord[]> {
    return this.listQuery(scope, criteria).getMany();
  }

  async countUpTo(scope: CaseScope, criteria: CaseCountCriteria, upTo: number): Promise<number> {
    const [sql, params] = this.countQuery(scope, criteria, upTo).getQueryAndParameters();
    const [row] = (await this.dataSource.query(`SELECT count(*)::int AS n FROM (${sql}) counted`, params)) as { n: number }[];
    return row?.n ?? 0;
  }

  /** The ids a count counts: the queue's conditions, no order, at most `upTo + 1` rows (public for EXPLAIN in tests). */
  countQuery(scope: CaseScope, criteria: CaseCountCriteria, upTo: number): SelectQueryBuilder<CaseRecord> {
    const query = withinScope(this.dataSource.manager.createQueryBuilder(CaseRecord, 'c').select('c.id'), scope);
    for (const clause of queueClauses({ ...criteria, limit: upTo + 1 }).where) query.andWhere(clause.sql, clause.params);
    return query.limit(upTo + 1);
  }

  /** The query of a queue page, scope first; public so that tests can EXPLAIN exactly what runs. */
  listQuery(scope: CaseScope, criteria: CaseListCriteria): SelectQueryBuilder<CaseRecord> {
    const query = withinScope(this.dataSource.manager.createQueryBuilder(CaseRecord, 'c'), scope);
    const { where, orderBy } = queueClauses(criteria);
    for (const clause of where) query.andWhere(clause.sql, clause.params);
    orderBy.forEach(({ expression, direction }, at) =>
      at === 0 ? query.orderBy(expression, direction) : query.addOrderBy(expression, direction),
    );
    return query.limit(criteria.limit);
  }

  async updateIfVersion(
    tx: EntityManager,
    caseId: string,
    expectedVersion: number,
    changes: CaseChanges,
  ): Promise<CaseRecord | null> {
    const result = await tx
      .createQueryBuilder()
      .update(CaseRecord)
      .set(changes)
      .where('id = :caseId AND version = :expectedVersion', { caseId, expectedVersion })
      .execute();
    if (!result.affected) return null;
    return tx.findOneByOrFail(CaseRecord, { id: caseId });
  }

  async insertIfAbsent(tx: EntityManager, record: CaseRecord): Promise<boolean> {
    const result = await tx
      .createQueryBuilder()
      .insert()
      .into(CaseRecord)
      .values(record)
      .orIgnore()
      .returning(['id'])
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  async lockCaseId(tx: EntityManager, caseId: string): Promise<void> {
    await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [CASE_ID_LOCK_SPACE, caseId]);
  }

  async addReport(tx: EntityManager, report: NewCaseReport): Promise<boolean> {
    const result = await tx.createQueryBuilder().insert().into(CaseReportRecord).values(report).orIgnore().returning('report_id').execute();
    return (result.raw as unknown[]).length > 0;
  }

  async removeReport(tx: EntityManager, caseId: string, reportId: string): Promise<boolean> {
    const result = await tx.delete(CaseReportRecord, { caseId, reportId });
    return (result.affected ?? 0) > 0;
  }

  async moveReports(tx: EntityManager, fromCaseId: string, toCaseId: string, reportIds: readonly string[]): Promise<void> {
    if (!reportIds.length) return;
    await tx
      .createQueryBuilder()
      .update(CaseReportRecord)
      .set({ caseId: toCaseId })
      .where('case_id = :fromCaseId AND report_id IN (:...reportIds)', { fromCaseId, reportIds: [...reportIds] })
      .andWhere('NOT EXISTS (SELECT 1 FROM case_reports t WHERE t.case_id = :toCaseId AND t.report_id = case_reports.report_id)', { toCaseId })
      .execute();
  }

  reportsOf(caseId: string): Promise<CaseReportRecord[]> {
    return this.dataSource.manager.find(CaseReportRecord, {
      where: { caseId },
      order: { submittedAt: 'ASC', reportId: 'ASC' },
    });
  }
}

/** Need-to-know, in the query: outside the scope, a case does not exist. */
function withinScope(
  query: SelectQueryBuilder<CaseRecord>,
  scope: CaseScope,
): SelectQueryBuilder<CaseRecord> {
  switch (scope.kind) {
    case 'all':
      return query;
    case 'organisation':
      return query.andWhere('c.organisation = :scopeOrganisation', { scopeOrganisation: scope.organisation });
    case 'triage':
      return query.andWhere(triageReachSql(':scopeOrganisation', ':scopeNow'), {
        scopeOrganisation: scope.organisation,
        scopeNow: scope.now,
      });
  }
}

/** The advisory-lock key space of case ids (the first key of the two-key form). */
const CASE_ID_LOCK_SPACE = 7301;
