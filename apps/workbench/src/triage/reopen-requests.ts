import type { EntityManager } from 'typeorm';
import type { ReopenRequestRecord } from './reopen-request.entity';

/** Reporters' reopen requests, and the flag on their case that puts it in the triage queue while one is pending. */
export abstract class ReopenRequests {
  /** Stores a new pending request; false when it is already known (a redelivered event). */
  abstract record(tx: EntityManager, request: ReopenRequestRecord): Promise<boolean>;

  /** The pending requests of these cases, oldest first per case. */
  abstract pendingFor(caseIds: readonly string[]): Promise<Map<string, ReopenRequestRecord[]>>;

  /** A request of this case, locked for a decision; null when there is none. */
  abstract lockOne(tx: EntityManager, caseId: string, requestId: string): Promise<ReopenRequestRecord | null>;

  /** Decides the pending requests named (granted or declined), returning how many it changed. */
  abstract decide(
    tx: EntityManager,
    requestIds: readonly string[],
    decision: Pick<ReopenRequestRecord, 'status' | 'decidedAt' | 'decidedBy' | 'declineReason'>,
  ): Promise<number>;

  /** All pending requests of a case, for granting them together. */
  abstract pendingOf(tx: EntityManager, caseId: string): Promise<ReopenRequestRecord[]>;

  /** Sets the case's `reopen_requested_at` to its oldest pending request (null when none is left). */
  abstract refreshCaseFlag(tx: EntityManager, caseId: string): Promise<void>;
}
