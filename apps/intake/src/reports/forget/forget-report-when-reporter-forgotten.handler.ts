import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { FORGOTTEN_MARKER, ReporterForgottenV1 } from '@loket/contracts';
import { affectedRows, logForgetting } from '@loket/persistence';

/**
 * A reporter is forgotten (erasure or retention): the report's description becomes the marker, the answers to the
 * category's questions go, and so do its photo rows. A photo kept in an object store is then named by no committed
 * row and the sweep of unnamed objects removes it; one kept in PostgreSQL goes with its row. What was removed is
 * logged in counts. Intake keeps no address or contact details of a report (the contact leaves sealed for the
 * feedback service, the address only travels in the event). A redelivered event changes nothing (the inbox).
 */
@Injectable()
export class ForgetReportWhenReporterForgotten {
  async handle(event: ReporterForgottenV1, tx: EntityManager): Promise<void> {
    const descriptions = affectedRows(
      await tx.query(`UPDATE reports SET description = $2 WHERE id = $1 AND description IS DISTINCT FROM $2 AND description IS NOT NULL RETURNING id`, [
        event.reportId,
        FORGOTTEN_MARKER,
      ]),
    );
    const answers = affectedRows(await tx.query(`UPDATE reports SET answers = NULL WHERE id = $1 AND answers IS NOT NULL RETURNING id`, [event.reportId]));
    const photos = affectedRows(await tx.query(`DELETE FROM report_photos WHERE report_id = $1 RETURNING id`, [event.reportId]));
    await logForgetting(tx, { reportId: event.reportId, reason: event.reason, removed: { descriptions, answers, photos }, forgottenAt: new Date(event.forgottenAt) });
  }
}
