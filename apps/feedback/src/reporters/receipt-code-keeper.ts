import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { FieldCipher } from '../crypto/field-cipher';
import { ReporterRecord } from './reporter.entity';

/**
 * The receipt carries the whole tracking code, but Loket keeps only its hash. When the receipt cannot be planned
 * at registration (the case's sensitivity is not known yet and the reporter's tier may get nothing at some
 * sensitivity), the code is kept here, encrypted, until the case is known and the receipt is planned or
 * definitely not; then it is forgotten.
 */
@Injectable()
export class ReceiptCodeKeeper {
  constructor(private readonly cipher: FieldCipher) {}

  async keep(tx: EntityManager, reportId: string, trackingCode: string): Promise<void> {
    await tx.update(ReporterRecord, { reportId }, { receiptTrackingCode: this.cipher.encrypt(trackingCode, context(reportId)) });
  }

  /** The code kept for a report, from its reporter's row as it was read already (`receiptTrackingCode`). */
  open(reportId: string, kept: string | null): string | undefined {
    return kept ? this.cipher.decrypt(kept, context(reportId)) : undefined;
  }

  async forget(tx: EntityManager, reportId: string): Promise<void> {
    await tx.update(ReporterRecord, { reportId }, { receiptTrackingCode: null });
  }
}

function context(reportId: string): string {
  return `reporter:${reportId}:receipt-tracking-code`;
}
