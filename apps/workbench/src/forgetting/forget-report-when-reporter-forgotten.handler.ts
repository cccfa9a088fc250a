import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { FORGOTTEN_MARKER, ReporterForgottenV1 } from '@loket/contracts';
import { affectedRows, logForgetting } from '@loket/persistence';
import { redactedDescription } from '@loket/webhooks';

/**
 * A reporter is forgotten (erasure or retention). In the workbench that means: the case report's description
 * becomes the marker and its answers and photo references go; a linked report still parked for its case keeps its
 * place but loses the same text, address, answers and photos; the reporter's answers to professionals' questions
 * become the marker; the remark of their reopen requests goes; the keyed hash of the address goes; webhook
 * deliveries of the case that carry the report's (redacted) description carry the marker instead, sent or not. The case, its
 * status, timeline and statistics stay. What was removed is logged in counts. A redelivered event changes
 * nothing (the inbox).
 */
@Injectable()
export class ForgetReportWhenReporterForgotten {
  async handle(event: ReporterForgottenV1, tx: EntityManager): Promise<void> {
    const reportId = event.reportId;
    const webhookDeliveries = await this.forgetInWebhookDeliveries(tx, reportId);
    const caseReports = affectedRows(
      await tx.query(`UPDATE case_reports SET description = $2, answers = '[]', photos = '[]' WHERE report_id = $1 RETURNING report_id`, [
        reportId,
        FORGOTTEN_MARKER,
      ]),
    );
    const parkedReports = affectedRows(
      await tx.query(
        `UPDATE parked_linked_reports
            SET event = jsonb_set(event #- '{report,address}' #- '{report,answers}' #- '{report,photos}', '{report,description}', to_jsonb($2::text))
          WHERE report_id = $1
        RETURNING report_id`,
        [reportId, FORGOTTEN_MARKER],
      ),
    );
    const answers = affectedRows(await tx.query(`UPDATE reporter_answers SET text = $2 WHERE report_id = $1 RETURNING question_id`, [reportId, FORGOTTEN_MARKER]));
    const reopenRemarks = affectedRows(
      await tx.query(`UPDATE reopen_requests SET remark = NULL WHERE report_id = $1 AND remark IS NOT NULL RETURNING request_id`, [reportId]),
    );
    const addressKeys = affectedRows(await tx.query(`DELETE FROM case_address_keys WHERE report_id = $1 RETURNING report_id`, [reportId]));
    await logForgetting(tx, {
      reportId,
      reason: event.reason,
      removed: { caseReports, parkedReports, answers, reopenRemarks, addressKeys, webhookDeliveries },
      forgottenAt: new Date(event.forgottenAt),
    });
  }

  /** Deliveries hold the description as `selectWebhookData` redacted it: found by that text within the report's case. */
  private async forgetInWebhookDeliveries(tx: EntityManager, reportId: string): Promise<number> {
    const reports: { case_id: string; description: string }[] = await tx.query(
      `SELECT case_id, description FROM case_reports WHERE report_id = $1 AND description <> $2`,
      [reportId, FORGOTTEN_MARKER],
    );
    let count = 0;
    for (const report of reports) {
      count += affectedRows(
        await tx.query(
          `UPDATE webhook_deliveries SET payload = jsonb_set(payload, '{data,description}', to_jsonb($3::text))
            WHERE case_id = $1 AND payload #>> '{data,description}' = $2
          RETURNING id`,
          [report.case_id, redactedDescription(report.description), FORGOTTEN_MARKER],
        ),
      );
    }
    return count;
  }
}
