import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SlaAlarm, SlaAlarms } from './sla-alarms';

interface AlarmRow {
  id: string;
  organisation: string;
  team: string;
  assignee: string | null;
  due_at: Date;
}

// The same "running" test as the breach filter of the queues: due_at < now AND status NOT IN (…).
const RUNNING = `status NOT IN ('resolved', 'closed', 'waiting')`;

@Injectable()
export class TypeormSlaAlarms extends SlaAlarms {
  claimWarnings(tx: EntityManager, now: Date, limit: number): Promise<SlaAlarm[]> {
    return claim(
      tx,
      `WITH due AS (
         SELECT id FROM cases
          WHERE sla_warn_at <= $1 AND due_at >= $1 AND sla_warned_at IS NULL AND ${RUNNING}
          ORDER BY sla_warn_at LIMIT $2 FOR UPDATE SKIP LOCKED)
       UPDATE cases c SET sla_warned_at = $1 FROM due WHERE c.id = due.id
       RETURNING c.id, c.organisation, c.team, c.assignee, c.due_at`,
      now,
      limit,
    );
  }

  /** A breached case that was never warned (the watch was down) is not warned any more: its warning moment goes. */
  claimEscalations(tx: EntityManager, now: Date, limit: number): Promise<SlaAlarm[]> {
    return claim(
      tx,
      `WITH due AS (
         SELECT id FROM cases
          WHERE due_at < $1 AND sla_escalated_at IS NULL AND ${RUNNING}
          ORDER BY due_at LIMIT $2 FOR UPDATE SKIP LOCKED)
       UPDATE cases c
          SET sla_escalated_at = $1,
              sla_warn_at = CASE WHEN c.sla_warned_at IS NULL THEN NULL ELSE c.sla_warn_at END
         FROM due WHERE c.id = due.id
       RETURNING c.id, c.organisation, c.team, c.assignee, c.due_at`,
      now,
      limit,
    );
  }
}

async function claim(tx: EntityManager, sql: string, now: Date, limit: number): Promise<SlaAlarm[]> {
  // TypeORM answers an UPDATE … RETURNING with [rows, affected].
  const [rows] = (await tx.query(sql, [now, limit])) as [AlarmRow[], number];
  return rows.map((row) => ({
    caseId: row.id,
    organisation: row.organisation,
    team: row.team,
    assignee: row.assignee,
    dueAt: new Date(row.due_at),
  }));
}
