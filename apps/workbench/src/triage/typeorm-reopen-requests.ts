import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { ReopenRequestRecord } from './reopen-request.entity';
import { ReopenRequests } from './reopen-requests';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class TypeormReopenRequests extends ReopenRequests {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async record(tx: EntityManager, request: ReopenRequestRecord): Promise<boolean> {
    const result = await tx
      .createQueryBuilder()
      .insert()
      .into(ReopenRequestRecord)
      .values(request)
      .orIgnore()
      .returning(['requestId'])
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  async pendingFor(caseIds: readonly string[]): Promise<Map<string, ReopenRequestRecord[]>> {
    const byCase = new Map<string, ReopenRequestRecord[]>();
    if (!caseIds.length) return byCase;
    const rows = await this.dataSource.manager.find(ReopenRequestRecord, {
      where: { caseId: In([...caseIds]), status: 'pending' },
      order: { requestedAt: 'ASC', requestId: 'ASC' },
    });
    for (const row of rows) byCase.set(row.caseId, [...(byCase.get(row.caseId) ?? []), row]);
    return byCase;
  }

  async lockOne(tx: EntityManager, caseId: string, requestId: string): Promise<ReopenRequestRecord | null> {
    if (!UUID.test(requestId)) return null;
    return tx
      .createQueryBuilder(ReopenRequestRecord, 'r')
      .where('r.request_id = :requestId AND r.case_id = :caseId', { requestId, caseId })
      .setLock('pessimistic_write')
      .getOne();
  }

  pendingOf(tx: EntityManager, caseId: string): Promise<ReopenRequestRecord[]> {
    return tx.find(ReopenRequestRecord, { where: { caseId, status: 'pending' }, order: { requestedAt: 'ASC' } });
  }

  async decide(
    tx: EntityManager,
    requestIds: readonly string[],
    decision: Pick<ReopenRequestRecord, 'status' | 'decidedAt' | 'decidedBy' | 'declineReason'>,
  ): Promise<number> {
    if (!requestIds.length) return 0;
    const result = await tx
      .createQueryBuilder()
      .update(ReopenRequestRecord)
      .set(decision)
      .where(`request_id IN (:...requestIds) AND status = 'pending'`, { requestIds: [...requestIds] })
      .execute();
    return result.affected ?? 0;
  }

  async refreshCaseFlag(tx: EntityManager, caseId: string): Promise<void> {
    await tx.query(
      `UPDATE cases SET reopen_requested_at = (SELECT min(requested_at) FROM reopen_requests ` +
        `WHERE case_id = $1 AND status = 'pending') WHERE id = $1`,
      [caseId],
    );
  }
}
