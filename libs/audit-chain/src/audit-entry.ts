/** A value an audit entry's details may hold: identifiers, numbers and flags, never prose. */
export type AuditValue = string | number | boolean | null | readonly (string | number)[];
export type AuditDetails = Readonly<Record<string, AuditValue>>;

/** Who did it: a person with the roles and organisation their token gave, or the system reacting to an event. */
export interface AuditActor {
  kind: 'user' | 'system';
  subject: string | null;
  username: string | null;
  roles: readonly string[];
  organisation: string | null;
}

/** What an entry says, before it takes its place in the chain. */
export interface AuditFacts {
  occurredAt: Date;
  actor: AuditActor;
  /** e.g. `case.read`, `cases.listed`, `case.status-changed`. */
  action: string;
  caseId: string | null;
  details: AuditDetails;
  correlationId: string | null;
}

/** An entry in its place: its sequence number, the hash of the entry before it, and its own hash. */
export interface AuditEntry extends AuditFacts {
  sequence: number;
  previousHash: string;
  hash: string;
}

/** The end of the chain: the last entry's sequence number and hash (sequence 0 and the genesis hash when empty). */
export interface ChainHead {
  sequence: number;
  hash: string;
}

/** The "previous hash" of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

export const EMPTY_CHAIN: ChainHead = { sequence: 0, hash: GENESIS_HASH };

export const SYSTEM_ACTOR: AuditActor = { kind: 'system', subject: null, username: null, roles: [], organisation: null };
