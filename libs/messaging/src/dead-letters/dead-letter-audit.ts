import type { EntityManager } from 'typeorm';
import type { Principal } from '@loket/auth';

export interface DeadLetterResolution {
  action: 'dead-letter.replayed' | 'dead-letter.discarded';
  deadLetterId: string;
  topic: string;
  eventId: string | null;
  reason: string | null;
}

/**
 * How a service audits an administrator's replay or discard, inside the transaction that makes it. The dead
 * letter's own row always records who, when and why (and a structured log line is written); a service with an
 * audit log of its own binds this to write there too.
 */
export abstract class DeadLetterAudit {
  abstract record(tx: EntityManager, actor: Principal, resolution: DeadLetterResolution): Promise<void>;
}

/** For a service without an audit log: the resolution columns of the row and the log line are the record. */
export class ResolutionRowOnlyAudit extends DeadLetterAudit {
  async record(): Promise<void> {
    // the row's resolved_by / resolved_at / resolution_reason, written in the same transaction, are the record
  }
}
