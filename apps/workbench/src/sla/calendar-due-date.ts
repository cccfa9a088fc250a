const HOUR_MS = 3_600_000;

export interface SlaSpan {
  amount: number;
  unit: 'hours' | 'days';
}

/**
 * When a case is due, counted in calendar (elapsed) time: `amount` hours or days of 24 hours after it opened.
 * The working-hours calendar with public holidays (issue 6 §3) replaces this for working-time SLAs; until then
 * they are counted this way too, which errs on the early side.
 */
export function calendarDueDate(openedAt: Date, sla: SlaSpan): Date {
  if (!Number.isFinite(sla.amount) || sla.amount < 0)
    throw new RangeError(`an SLA amount must be 0 or more, got ${sla.amount}`);
  const hours = sla.unit === 'days' ? sla.amount * 24 : sla.amount;
  return new Date(openedAt.getTime() + Math.round(hours * HOUR_MS));
}
