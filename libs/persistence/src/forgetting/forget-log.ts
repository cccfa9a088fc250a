import type { EntityManager } from 'typeorm';

/** What a service removed of one report: counts per kind of thing, never content. */
export type RemovedCounts = Record<string, number>;

/** One row in the service's deletion log (see ForgetLog1797600000000), in the transaction that removed it. */
export async function logForgetting(
  tx: EntityManager,
  entry: { reportId: string; reason: string; removed: RemovedCounts; forgottenAt: Date },
): Promise<void> {
  await tx.query(`INSERT INTO forget_log (report_id, reason, removed, forgotten_at) VALUES ($1, $2, $3, $4)`, [
    entry.reportId,
    entry.reason,
    JSON.stringify(entry.removed),
    entry.forgottenAt,
  ]);
}

/** TypeORM returns `[rows, count]` for UPDATE/DELETE … RETURNING on PostgreSQL: the number of rows touched. */
export function affectedRows(result: unknown): number {
  if (Array.isArray(result) && Array.isArray(result[0])) return result[0].length;
  return Array.isArray(result) ? result.length : 0;
}
