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

  async read(tx: EntityManager, reportId: string): Promise<string | undefined> {
    const record = await tx.findOne(ReporterRecord, { where: { reportId }, select: { reportId: true, receiptTrackingCode: true } });
    return record?.receiptTrackingCode ? this.cipher.decrypt(record.receiptTrackingCode, context(reportId)) : undefined;
  }

  async forget(tx: EntityManager, reportId: string): Promise<void> {
    await tx.update(ReporterRecord, { reportId }, { receiptTrackingCode: null });
  }
}

function context(reportId: string): string {
  return `reporter:${reportId}:receipt-tracking-code`;
}
