import { createHmac, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, MoreThan } from 'typeorm';
import type { SealedBoxV1 } from '@loket/contracts';
import { ProblemException } from '@loket/http';
import {
  MailMessageReceivedRecord, MailReportAwaitingLocationRecord, MailReportPhotoAwaitingLocationRecord,
} from './mail-report-awaiting-location.entity';

export abstract class MailIntakeSettings {
  /** The service's hash key (LOKET_HASH_KEY): completion tokens and Message-IDs are kept only under it. */
  hashKey!: string;
  /** How long a mail report waits for its place, and how long a Message-ID is remembered. */
  locationDays!: number;
}

/** What a waiting report holds, as it is stored. */
export interface ReportToHold {
  description: string;
  language: 'nl' | 'en';
  sealedReporter: SealedBoxV1;
  receivedAt: Date;
  /** Cleaned photos, in the mail's order. */
  photos: readonly Buffer[];
}

const TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;

/**
 * The mail reports that wait for their place, and the Message-IDs the door took. A waiting report is found only by
 * its completion token, which intake hands out once (in the answer to the sender) and keeps as a keyed hash.
 */
@Injectable()
export class MailReportsAwaitingLocation {
  constructor(
    private readonly settings: MailIntakeSettings,
    private readonly dataSource: DataSource,
  ) {}

  /** Whether a mail with this identity was taken before (and so has its report, or its answer, already). */
  async wasReceived(identity: string): Promise<boolean> {
    return this.dataSource.getRepository(MailMessageReceivedRecord).existsBy({ messageHash: this.hash('message', identity) });
  }

  /** Records a mail as taken; false when it was already (another delivery of it got there first). */
  async markReceived(manager: EntityManager, identity: string): Promise<boolean> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO mail_messages_received (message_hash) VALUES ($1) ON CONFLICT (message_hash) DO NOTHING RETURNING message_hash`,
      [this.hash('message', identity)],
    );
    return inserted.length > 0;
  }

  /** Keeps a report until its place is given; answers the completion token, which is nowhere else. */
  async hold(tx: EntityManager, id: string, report: ReportToHold): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(report.receivedAt.getTime() + this.settings.locationDays * 24 * 3_600_000);
    await tx.insert(MailReportAwaitingLocationRecord, {
      id,
      tokenHash: this.hash('completion', token),
      description: report.description,
      language: report.language,
      sealedReporter: report.sealedReporter,
      receivedAt: report.receivedAt,
      expiresAt,
    });
    for (const [i, data] of report.photos.entries()) await tx.insert(MailReportPhotoAwaitingLocationRecord, { reportId: id, position: i + 1, data });
    return token;
  }

  /** The waiting report this token completes, while it still waits; null for an unknown, used or expired token. */
  async findByToken(token: string): Promise<MailReportAwaitingLocationRecord | null> {
    if (!TOKEN_FORMAT.test(token)) return null;
    return this.dataSource
      .getRepository(MailReportAwaitingLocationRecord)
      .findOneBy({ tokenHash: this.hash('completion', token), expiresAt: MoreThan(new Date()) });
  }

  async photosOf(id: string): Promise<Buffer[]> {
    const rows = await this.dataSource.getRepository(MailReportPhotoAwaitingLocationRecord).find({ where: { reportId: id }, order: { position: 'ASC' } });
    return rows.map((row) => row.data);
  }

  /** Removes a waiting report (its photos go with it) in the transaction that submits it; a 404 when it is gone already. */
  async release(tx: EntityManager, id: string): Promise<void> {
    const [, removed] = (await tx.query(`DELETE FROM mail_reports_awaiting_location WHERE id = $1 AND expires_at > now()`, [id])) as [unknown, number];
    if (removed !== 1) throw ProblemException.notFound('This report was completed already, or it waited too long and was forgotten');
  }

  /** Forgets the reports that waited too long (with their photos) and Message-IDs older than that; answers how many reports. */
  async forgetExpired(): Promise<number> {
    const [, reports] = (await this.dataSource.query(`DELETE FROM mail_reports_awaiting_location WHERE expires_at <= now()`)) as [unknown, number];
    await this.dataSource.query(`DELETE FROM mail_messages_received WHERE received_at < now() - make_interval(days => $1)`, [this.settings.locationDays]);
    return reports;
  }

  private hash(purpose: 'message' | 'completion', value: string): string {
    return createHmac('sha256', this.settings.hashKey).update(`mail-intake:${purpose}`).update('\u0000').update(value).digest('hex');
  }
}
