// Fakes of the workbench's ports for unit tests of its use-cases: in memory, honouring the same contracts
// (scope in every read, optimistic concurrency on update) as the TypeORM implementations.
import { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '@loket/auth';
import type { EventDefinition, EventEnvelope } from '@loket/contracts';
import { buildEnvelope, MessagingConfig, Outbox } from '@loket/messaging';
import { isInTriage } from '@loket/need-to-know';
import type { CaseScope } from '../src/cases/case-scope';
import { CaseJournal, NewCaseNote, NewTimelineEntry } from '../src/cases/persistence/case-journal';
import type { CaseNoteRecord } from '../src/cases/persistence/case-note.entity';
import type { CaseReportRecord } from '../src/cases/persistence/case-report.entity';
import {
  CaseChanges,
  CaseCountCriteria,
  CaseListCriteria,
  CaseRepository,
  NewCaseReport,
} from '../src/cases/persistence/case-repository';
import type { CaseTimelineEntryRecord } from '../src/cases/persistence/case-timeline-entry.entity';
import type { CaseRecord } from '../src/cases/persistence/case.entity';
import { compareBySort } from '../src/cases/list-cases/queue-clauses';
import { Clock } from '../src/clock';
import { SlaPlanner } from '../src/sla/sla-planner';
import { ProfessionalDirectory } from '../src/directory/professional-directory';
import type { ProfessionalRecord } from '../src/directory/professional.entity';
import type { ReopenRequestRecord } from '../src/triage/reopen-request.entity';
import { ReopenRequests } from '../src/triage/reopen-requests';

const PRIORITY_OF_RANK: Record<number, CaseRecord['priority']> = { 1: 'low', 2: 'normal', 3: 'high', 4: 'urgent' };

export const FAKE_TX = {} as EntityManager;

/** Runs the work "in a transaction": with FAKE_TX, propagating what it throws. */
export const fakeDataSource = {
  transaction: <T>(work: (tx: EntityManager) => Promise<T>) => work(FAKE_TX),
} as unknown as DataSource;

export class FixedClock extends Clock {
  constructor(public at: Date = new Date('2026-05-04T09:00:00.000Z')) {
    super();
  }

  now(): Date {
    return new Date(this.at);
  }
}

/** Loket's default calendar (Mon–Fri 08:30–17:00 Amsterdam, Dutch holidays), warning when a fifth of the SLA is left. */
export function defaultSlaPlanner(): SlaPlanner {
  return new SlaPlanner({ calendars: {}, warnBefore: { share: 0.2 } });
}

/** Keeps what would be published; validates every payload against its schema as the real outbox does. */
export class RecordingOutbox extends Outbox {
  readonly events: EventEnvelope[] = [];

  constructor() {
    // add is overridden: the real outbox's sealing is never reached
    super({ service: 'workbench' } as MessagingConfig, undefined as never);
  }

  override async add<P extends object>(
    _: EntityManager,
    definition: EventDefinition<P>,
    payload: P,
  ): Promise<EventEnvelope<P>> {
    const envelope = buildEnvelope(definition, payload, 'workbench');
    this.events.push(envelope);
    return envelope;
  }
}

/** The scope as the SQL applies it; a coordinator's corrections are timeline facts the fake does not keep. */
const visible = (scope: CaseScope, record: CaseRecord) => {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'organisation':
      return record.organisation === scope.organisation;
    case 'triage':
      return (
        record.organisation === scope.organisation ||
        isInTriage(
          { status: record.status, openingTriageReasons: record.triageReasons ?? [], reopenRequestedAt: record.reopenRequestedAt ?? null, dueAt: record.dueAt },
          scope.now,
        )
      );
  }
};

export class InMemoryCaseRepository extends CaseRepository {
  readonly records = new Map<string, CaseRecord>();
  readonly reports: NewCaseReport[] = [];
  /** Runs between a use-case's read and its update: lets a test play the other professional. */
  beforeUpdate: ((caseId: string) => void) | null = null;

  constructor(...cases: CaseRecord[]) {
    super();
    for (const record of cases) this.records.set(record.id, { ...record });
  }

  async findVisible(scope: CaseScope, caseId: string): Promise<CaseRecord | null> {
    const record = this.records.get(caseId);
    return record && visible(scope, record) ? { ...record } : null;
  }

  /** The equality filters and every sort, as the SQL does them; full text, areas, SLA and triage are SQL-only. */
  async list(scope: CaseScope, criteria: CaseListCriteria): Promise<CaseRecord[]> {
    if (criteria.text || criteria.areaId || criteria.sla || criteria.triage) {
      throw new Error('InMemoryCaseRepository does not do full text, areas, SLA or triage: test those against PostgreSQL');
    }
    const sort = criteria.sort ?? '-openedAt';
    const after = criteria.after;
    const isAfter = (r: CaseRecord) => {
      if (!after) return true;
      const probe = { ...r, id: after.id, openedAt: after.at, dueAt: after.at, priority: PRIORITY_OF_RANK[after.rank ?? 1]! };
      return compareBySort(sort, r, probe) > 0;
    };
    const equal = <K extends keyof CaseRecord>(key: K, value: CaseRecord[K] | undefined) => (r: CaseRecord) =>
      value === undefined || r[key] === value;
    return [...this.records.values()]
      .filter((r) => visible(scope, r))
      .filter(equal('status', criteria.status))
      .filter(equal('team', criteria.team))
      .filter((r) => !criteria.teams || criteria.teams.includes(r.team))
      .filter(equal('assignee', criteria.assignee))
      .filter(equal('priority', criteria.priority))
      .filter(equal('categoryMain', criteria.categoryMain))
      .filter(equal('categorySub', criteria.categorySub))
      .filter((r) => !criteria.openedFrom || r.openedAt >= criteria.openedFrom)
      .filter((r) => !criteria.openedTo || r.openedAt < criteria.openedTo)
      .filter(isAfter)
      .sort((a, b) => compareBySort(sort, a, b))
      .slice(0, criteria.limit)
      .map((r) => ({ ...r }));
  }

  async countUpTo(scope: CaseScope, criteria: CaseCountCriteria, upTo: number): Promise<number> {
    return (await this.list(scope, { ...criteria, limit: upTo + 1 })).length;
  }

  async updateIfVersion(
    _: EntityManager,
    caseId: string,
    expectedVersion: number,
    changes: CaseChanges,
  ): Promise<CaseRecord | null> {
    this.beforeUpdate?.(caseId);
    const record = this.records.get(caseId);
    if (!record || record.version !== expectedVersion) return null;
    const updated = { ...record, ...changes };
    this.records.set(caseId, updated);
    return { ...updated };
  }

  async insertIfAbsent(_: EntityManager, record: CaseRecord): Promise<boolean> {
    if (this.records.has(record.id)) return false;
    this.records.set(record.id, { ...record });
    return true;
  }

  readonly lockedCaseIds: string[] = [];

  /** One test, one thread: nothing to serialise; records what was locked. */
  async lockCaseId(_: EntityManager, caseId: string): Promise<void> {
    this.lockedCaseIds.push(caseId);
  }

  async addReport(_: EntityManager, report: NewCaseReport): Promise<boolean> {
    if (this.reports.some((r) => r.caseId === report.caseId && r.reportId === report.reportId)) return false;
    this.reports.push({ ...report });
    return true;
  }

  async reportsOf(caseId: string): Promise<CaseReportRecord[]> {
    return this.reports.filter((r) => r.caseId === caseId);
  }

  async removeReport(_: EntityManager, caseId: string, reportId: string): Promise<boolean> {
    const at = this.reports.findIndex((r) => r.caseId === caseId && r.reportId === reportId);
    if (at >= 0) this.reports.splice(at, 1);
    return at >= 0;
  }

  async moveReports(_: EntityManager, fromCaseId: string, toCaseId: string, reportIds: readonly string[]): Promise<void> {
    for (const report of this.reports) {
      if (report.caseId === fromCaseId && reportIds.includes(report.reportId)) report.caseId = toCaseId;
    }
  }
}

export class InMemoryCaseJournal extends CaseJournal {
  readonly entries: NewTimelineEntry[] = [];
  readonly notes: NewCaseNote[] = [];

  async record(_: EntityManager, entry: NewTimelineEntry): Promise<void> {
    this.entries.push({ ...entry });
  }

  async addNote(_: EntityManager, note: NewCaseNote): Promise<void> {
    this.notes.push({ ...note });
  }

  async notesFor(caseId: string, readerOrganisation: string | null, until?: Date): Promise<CaseNoteRecord[]> {
    return this.notes.filter(
      (n) =>
        n.caseId === caseId &&
        (n.visibility === 'reporter' || n.organisation === readerOrganisation) &&
        (!until || n.createdAt <= until),
    );
  }

  async timelineFor(caseId: string, readerOrganisation: string | null, until?: Date): Promise<CaseTimelineEntryRecord[]> {
    return this.entries
      .filter(
        (e) =>
          e.caseId === caseId &&
          (e.visibleToOrganisation === null || e.visibleToOrganisation === readerOrganisation) &&
          (!until || e.occurredAt <= until),
      )
      .map((e, i) => ({ ...e, sequence: String(i + 1) }));
  }
}

let counter = 0;

/** A case of the municipality's stadsbeheer team, new, at version 1, unless told otherwise. */
export function aCase(overrides: Partial<CaseRecord> = {}): CaseRecord {
  counter += 1;
  const openedAt = overrides.openedAt ?? new Date(Date.UTC(2026, 4, 1, 8, 0, counter));
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    organisation: 'municipality',
    team: 'stadsbeheer',
    status: 'new',
    version: 1,
    assignee: null,
    priority: 'normal',
    categoryMain: 'afval',
    categorySub: 'grofvuil',
    sensitivity: 1,
    sla: { amount: 5, unit: 'days', calendar: 'working' },
    dueAt: new Date(openedAt.getTime() + 5 * 86_400_000),
    slaWarnAt: null,
    slaPausedAt: null,
    slaWarnedAt: null,
    slaEscalatedAt: null,
    resolutionCode: null,
    closedAt: null,
    routingPolicyId: 'default',
    routingPolicyVersion: 1,
    routingRuleId: 'afval-gemeente',
    routingExplanation: 'Rule afval-gemeente matched: category afval',
    openedAt,
    updatedAt: openedAt,
    ...overrides,
  };
}

export const SANNE: Principal = {
  subject: '123afce6-9b88-4edd-9be2-058390f41003',
  username: 'gemeente.stadsbeheer',
  roles: ['professional'],
  organisation: 'municipality',
  teams: ['stadsbeheer'],
};

export const WIJKAGENT: Principal = {
  subject: 'ab12c55f-e8db-4185-8026-a6c27940da81',
  username: 'politie.wijkagent',
  roles: ['professional'],
  organisation: 'police',
  teams: ['wijkagenten'],
};

export const COORDINATOR: Principal = {
  subject: 'f5b90759-3699-455e-b4e9-8612db138794',
  username: 'coordinator',
  roles: ['coordinator'],
  organisation: 'coordinators',
  teams: ['triage'],
};

/**
 * Reopen requests in memory; `flagged` plays the cases' `reopen_requested_at`, and given the cases it sets that
 * on the case too (a pending request puts the case in the coordinators' reach, as in SQL).
 */
export class InMemoryReopenRequests extends ReopenRequests {
  readonly requests = new Map<string, ReopenRequestRecord>();
  readonly flagged = new Set<string>();

  constructor(private readonly cases?: InMemoryCaseRepository) {
    super();
  }

  async record(_: EntityManager, request: ReopenRequestRecord): Promise<boolean> {
    if (this.requests.has(request.requestId)) return false;
    this.requests.set(request.requestId, { ...request });
    return true;
  }

  async pendingFor(caseIds: readonly string[]): Promise<Map<string, ReopenRequestRecord[]>> {
    const byCase = new Map<string, ReopenRequestRecord[]>();
    for (const r of this.requests.values()) {
      if (r.status === 'pending' && caseIds.includes(r.caseId)) byCase.set(r.caseId, [...(byCase.get(r.caseId) ?? []), r]);
    }
    return byCase;
  }

  async lockOne(_: EntityManager, caseId: string, requestId: string): Promise<ReopenRequestRecord | null> {
    const found = this.requests.get(requestId);
    return found && found.caseId === caseId ? { ...found } : null;
  }

  async pendingOf(_: EntityManager, caseId: string): Promise<ReopenRequestRecord[]> {
    return [...this.requests.values()].filter((r) => r.caseId === caseId && r.status === 'pending');
  }

  async decide(
    _: EntityManager,
    requestIds: readonly string[],
    decision: Pick<ReopenRequestRecord, 'status' | 'decidedAt' | 'decidedBy' | 'declineReason'>,
  ): Promise<number> {
    let changed = 0;
    for (const id of requestIds) {
      const r = this.requests.get(id);
      if (r?.status === 'pending') {
        this.requests.set(id, { ...r, ...decision });
        changed++;
      }
    }
    return changed;
  }

  async refreshCaseFlag(_: EntityManager, caseId: string): Promise<void> {
    const pending = [...this.requests.values()].some((r) => r.caseId === caseId && r.status === 'pending');
    if (pending) this.flagged.add(caseId);
    else this.flagged.delete(caseId);
    const kase = this.cases?.records.get(caseId);
    if (kase) kase.reopenRequestedAt = pending ? (kase.reopenRequestedAt ?? new Date()) : null;
  }
}

/** Queue settings for tests: at risk within a day, triage below 0.7 confidence. */
export const QUEUE_SETTINGS = { atRiskMarginMs: 86_400_000, triageConfidenceThreshold: 0.7 };

/** The directory of professionals in memory. */
export class InMemoryProfessionalDirectory extends ProfessionalDirectory {
  readonly people = new Map<string, ProfessionalRecord>();

  async saw(principal: Principal, at: Date): Promise<void> {
    this.people.set(principal.subject, {
      subject: principal.subject,
      username: principal.username,
      organisation: principal.organisation,
      teams: [...principal.teams],
      lastSeenAt: at,
    });
  }

  async find(subject: string): Promise<ProfessionalRecord | null> {
    return this.people.get(subject) ?? null;
  }

  async membersOf(organisation: string, team: string): Promise<ProfessionalRecord[]> {
    return [...this.people.values()]
      .filter((p) => p.organisation === organisation && p.teams.includes(team))
      .sort((a, b) => a.username.localeCompare(b.username));
  }
}
