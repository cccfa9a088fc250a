// Fakes of the workbench's ports for unit tests of its use-cases: in memory, honouring the same contracts
// (scope in every read, optimistic concurrency on update) as the TypeORM implementations.
import { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '@loket/auth';
import type { EventDefinition, EventEnvelope } from '@loket/contracts';
import { buildEnvelope, MessagingConfig, Outbox } from '@loket/messaging';
import type { CaseScope } from '../src/cases/case-scope';
import { CaseJournal, NewCaseNote, NewTimelineEntry } from '../src/cases/persistence/case-journal';
import type { CaseNoteRecord } from '../src/cases/persistence/case-note.entity';
import type { CaseReportRecord } from '../src/cases/persistence/case-report.entity';
import {
  CaseChanges,
  CaseListCriteria,
  CaseRepository,
  NewCaseReport,
} from '../src/cases/persistence/case-repository';
import type { CaseTimelineEntryRecord } from '../src/cases/persistence/case-timeline-entry.entity';
import type { CaseRecord } from '../src/cases/persistence/case.entity';
import { Clock } from '../src/clock';
import { SlaPlanner } from '../src/sla/sla-planner';

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
    super({ service: 'workbench' } as MessagingConfig);
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

const visible = (scope: CaseScope, record: CaseRecord) =>
  scope.kind === 'all' || record.organisation === scope.organisation;

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

  async list(scope: CaseScope, criteria: CaseListCriteria): Promise<CaseRecord[]> {
    const newestFirst = (a: CaseRecord, b: CaseRecord) =>
      b.openedAt.getTime() - a.openedAt.getTime() || (b.id < a.id ? -1 : b.id > a.id ? 1 : 0);
    const after = criteria.after;
    return [...this.records.values()]
      .filter((r) => visible(scope, r))
      .filter((r) => !criteria.status || r.status === criteria.status)
      .filter((r) => !criteria.team || r.team === criteria.team)
      .filter((r) => !criteria.assignee || r.assignee === criteria.assignee)
      .filter(
        (r) =>
          !after ||
          r.openedAt < after.openedAt ||
          (r.openedAt.getTime() === after.openedAt.getTime() && r.id < after.id),
      )
      .sort(newestFirst)
      .slice(0, criteria.limit)
      .map((r) => ({ ...r }));
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

  async addReport(_: EntityManager, report: NewCaseReport): Promise<void> {
    this.reports.push({ ...report });
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
