import { EntityManager } from 'typeorm';

/** Advisory-lock key spaces (the first key of PostgreSQL's two-key form). */
const CASE_LOCKS = 0x10c4e7;
const REPORT_LOCKS = 0x10c4e8;

/**
 * Events about one case travel on several topics and are consumed concurrently, so two of them can be handled
 * at the same moment, each in a transaction that does not see what the other writes (a report linked while its
 * case is being opened; a reporter registered while a stage is recorded). Each would conclude the other had not
 * happened yet, and a reporter would miss a message for good. Handlers therefore take these locks first, held
 * until their transaction ends: a case-scoped handler locks its case(s), then every report of them (and the
 * report it brings in), in one fixed order; a reporter's registration locks only its report. Case locks are
 * always taken before report locks and each set in sorted order, so no two handlers wait for each other.
 */
export async function lockReport(tx: EntityManager, reportId: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [REPORT_LOCKS, reportId]);
}

/** Returns the reports it locked: every report of the cases (as it stands under their locks) and `alsoReports`. */
export async function lockCases(tx: EntityManager, caseIds: readonly string[], alsoReports: readonly string[] = []): Promise<string[]> {
  const cases = [...new Set(caseIds)].sort();
  for (const caseId of cases) await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [CASE_LOCKS, caseId]);
  const linked: { report_id: string }[] = await tx.query('SELECT report_id::text FROM case_reports WHERE case_id = ANY($1::uuid[])', [cases]);
  const reports = [...new Set([...linked.map((r) => r.report_id), ...alsoReports])].sort();
  for (const reportId of reports) await lockReport(tx, reportId);
  return reports;
}
