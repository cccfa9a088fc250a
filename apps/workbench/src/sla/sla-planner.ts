import type { CaseStatus } from '@loket/contracts';
import { dueDateAfterPause, type Sla, slaDueDate, warningMoment, WorkingCalendar } from '@loket/working-calendar';
import type { CaseRecord } from '../cases/persistence/case.entity';
import type { SlaConfig } from './sla.config';

/** What a case stores about its SLA clock. */
export type SlaFields = Pick<CaseRecord, 'dueAt' | 'slaWarnAt' | 'slaPausedAt' | 'slaWarnedAt' | 'slaEscalatedAt'>;

/**
 * Plans a case's due date and the moment to warn about it, on the calendar of the organisation that has the
 * case, and moves them when the clock pauses: `waiting` stops it, leaving `waiting` moves the due date on by
 * the paused time (working time for a working SLA). `due_at` is always the effective due date.
 */
export class SlaPlanner {
  private readonly calendars = new Map<string, WorkingCalendar>();

  constructor(private readonly config: Pick<SlaConfig, 'calendars' | 'warnBefore'>) {}

  calendarOf(organisation: string): WorkingCalendar {
    let calendar = this.calendars.get(organisation);
    if (!calendar) {
      const { default: base, organisations } = this.config.calendars;
      calendar = WorkingCalendar.of({ ...base, ...organisations?.[organisation] });
      this.calendars.set(organisation, calendar);
    }
    return calendar;
  }

  /** A fresh clock: the case starts (or starts again at another organisation) at `start`. */
  start(organisation: string, sla: Sla, start: Date): SlaFields {
    const calendar = this.calendarOf(organisation);
    const dueAt = slaDueDate(start, sla, calendar);
    return {
      dueAt,
      slaWarnAt: warningMoment(dueAt, sla, this.config.warnBefore, calendar),
      slaPausedAt: null,
      slaWarnedAt: null,
      slaEscalatedAt: null,
    };
  }

  /**
   * What a status change does to the clock: nothing, pause it (into waiting), resume it (out of waiting), or
   * start it afresh when a closed case reopens (its old due date has long passed; the reopened work gets the
   * whole SLA again, counted from the reopening).
   */
  onStatusChange(
    current: Pick<CaseRecord, 'organisation' | 'status' | 'sla' | 'dueAt' | 'slaPausedAt'>,
    next: CaseStatus,
    at: Date,
  ): Partial<SlaFields> {
    if (current.status === 'closed' && next !== 'closed') return this.start(current.organisation, current.sla, at);
    if (next === 'waiting' && current.status !== 'waiting') return { slaPausedAt: at };
    if (current.status !== 'waiting' || next === 'waiting') return {};
    if (!current.slaPausedAt) return { slaPausedAt: null };
    const calendar = this.calendarOf(current.organisation);
    const dueAt = dueDateAfterPause(current.dueAt, current.slaPausedAt, at, current.sla, calendar);
    return {
      dueAt,
      slaWarnAt: warningMoment(dueAt, current.sla, this.config.warnBefore, calendar),
      slaPausedAt: null,
    };
  }
}
