/**
 * A coordinator's reach as SQL over the alias `c` (cases): the cases their organisation holds, the cases in
 * triage (exactly `isInTriage` of `@loket/need-to-know`, the triage queue's condition) and the cases a
 * coordinator corrected (re-routed, unlinked a report from, merged). `organisation` and `now` are placeholders
 * of the caller's query language (`:name` for TypeORM, `$n` for raw SQL).
 */
export function triageReachSql(organisation: string, now: string): string {
  return (
    `(c.organisation = ${organisation} ` +
    `OR (c.status = 'new' AND c.triage_reasons <> '{}') ` +
    `OR c.reopen_requested_at IS NOT NULL ` +
    `OR (c.status NOT IN ('resolved', 'closed', 'waiting') AND c.due_at < ${now}) ` +
    `OR EXISTS (SELECT 1 FROM case_timeline ct WHERE ct.case_id = c.id AND (ct.kind IN ('report-unlinked', 'cases-merged', 'merged-into') ` +
    `OR (ct.kind = 'status-changed' AND ct.details ->> 'via' = 'coordinator'))))`
  );
}
