import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { FORGOTTEN_MARKER, ReporterForgottenV1 } from '@loket/contracts';
import { affectedRows, logForgetting } from '@loket/persistence';

/** As refreshCaseFromReports: the text new reports are compared with is at most this long. */
const MAX_LINK_TEXT = 4000;

/**
 * A reporter is forgotten (erasure or retention): the report's description becomes the marker in its case report
 * and in the input its routing decision kept; the address, answers and photo ids leave the report's origin; the
 * case's link text is rebuilt from the descriptions that remain (the marker when none does), so the linker no
 * longer compares new reports with the forgotten text. What was removed is logged in counts. A redelivered event
 * changes nothing (the inbox).
 */
@Injectable()
export class ForgetReportWhenReporterForgotten {
  async handle(event: ReporterForgottenV1, tx: EntityManager): Promise<void> {
    const reportId = event.reportId;
    const caseIds = rows<{ case_id: string }>(
      await tx.query(
        `UPDATE case_reports
            SET description = $2, origin = CASE WHEN origin IS NULL THEN NULL ELSE origin - 'address' - 'answers' - 'photos' END
          WHERE report_id = $1
        RETURNING case_id`,
        [reportId, FORGOTTEN_MARKER],
      ),
    ).map((r) => r.case_id);
    const decisions = affectedRows(
      await tx.query(`UPDATE routing_decisions SET input = jsonb_set(input, '{description}', to_jsonb($2::text)) WHERE report_id = $1 RETURNING report_id`, [
        reportId,
        FORGOTTEN_MARKER,
      ]),
    );
    let linkTexts = 0;
    for (const caseId of caseIds) {
      linkTexts += affectedRows(
        await tx.query(
          `UPDATE cases SET link_text = coalesce(
                 (SELECT left(string_agg(description, E'\\n' ORDER BY submitted_at), $3)
                    FROM case_reports WHERE case_id = $1 AND description <> $2), $2)
            WHERE id = $1
          RETURNING id`,
          [caseId, FORGOTTEN_MARKER, MAX_LINK_TEXT],
        ),
      );
    }
    await logForgetting(tx, {
      reportId,
      reason: event.reason,
      removed: { caseReports: caseIds.length, decisionInputs: decisions, caseLinkTexts: linkTexts },
      forgottenAt: new Date(event.forgottenAt),
    });
  }
}

/** TypeORM returns `[rows, count]` for UPDATE … RETURNING on PostgreSQL. */
function rows<T>(result: unknown): T[] {
  if (Array.isArray(result) && Array.isArray(result[0])) return result[0] as T[];
  return Array.isArray(result) ? (result as T[]) : [];
}
