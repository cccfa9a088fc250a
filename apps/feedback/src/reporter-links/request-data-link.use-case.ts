import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { DataSource, MoreThan } from 'typeorm';
import { ProblemException } from '@loket/http';
import { LinkPurpose } from '../crypto/link-token';
import { MailSender } from '../delivery/mail-sender';
import { ContactDetailsVault } from '../reporters/contact-details';
import { ReporterRecord } from '../reporters/reporter.entity';
import { DataLinkRequestRecord } from './data-link-request.entity';
import { requestedLinkMail } from './data-link-mail';
import { ReporterLinks } from './reporter-links';

export const DATA_LINK_PURPOSES = ['export', 'erase'] as const;
export type DataLinkPurpose = (typeof DATA_LINK_PURPOSES)[number];

export class DataLinkRequest {
  @ApiProperty({ enum: DATA_LINK_PURPOSES, description: 'A link to see your data (export) or to erase it (erase)' })
  @IsIn(DATA_LINK_PURPOSES)
  purpose!: DataLinkPurpose;
}

export class LinkSentResponse {
  @ApiProperty({ enum: ['export', 'erase', 'manage'] })
  purpose!: LinkPurpose;

  @ApiProperty({ description: 'Whether the link was e-mailed to the address Loket holds for you' })
  sentByEmail!: boolean;

  @ApiProperty({ format: 'date-time', nullable: true, description: 'Until when the e-mailed link works' })
  validUntil!: string | null;
}

export class RevocationResponse extends LinkSentResponse {
  @ApiProperty({ format: 'date-time', description: 'Every link to this report issued before this moment opens nothing any more' })
  revokedAt!: string;
}

export abstract class DataLinkSettings {
  abstract readonly dataLinkTtlMinutes: number;
  abstract readonly manageTtlDays: number;
  abstract readonly requestsPerHour: number;
}

/**
 * What a manage link (in every e-mail, long-lived) may ask for but not do itself. Seeing or erasing one's data
 * takes a short-lived link of its own, e-mailed on request to the address on file, so a forwarded e-mail or a
 * leaked link does not hand over a reporter's data. And revoking every earlier link, with a fresh one e-mailed.
 * The e-mail is sent while the request is recorded: when the mail server cannot take it, nothing is recorded and
 * the reporter is told to try again (an explicit request of theirs, so it goes out even after they stopped
 * progress e-mails).
 */
@Injectable()
export class RequestDataLink {
  constructor(
    private readonly dataSource: DataSource,
    private readonly links: ReporterLinks,
    private readonly vault: ContactDetailsVault,
    private readonly mail: MailSender,
    private readonly settings: DataLinkSettings,
  ) {}

  execute(token: string, purpose: DataLinkPurpose, now: Date = new Date()): Promise<LinkSentResponse> {
    return this.dataSource.transaction(async (tx) => {
      const reporter = await this.links.resolve(tx, token, { forUpdate: true });
      const email = this.emailOf(reporter);
      if (!email) throw noAddress();
      const asked = await tx.countBy(DataLinkRequestRecord, { reportId: reporter.reportId, requestedAt: MoreThan(new Date(now.getTime() - 3_600_000)) });
      if (asked >= this.settings.requestsPerHour) {
        throw new ProblemException(429, 'too-many-link-requests', 'Too many requests', 'You asked for several links in the last hour; use the latest e-mail, or try again later.');
      }
      const sent = await this.send(reporter, email, purpose, now);
      await tx.insert(DataLinkRequestRecord, { tokenId: sent.tokenId, reportId: reporter.reportId, purpose, requestedAt: now });
      return { purpose, sentByEmail: true, validUntil: sent.expiresAt.toISOString() };
    });
  }

  /** Revokes every link issued so far (this one too) and e-mails a fresh manage link where there is an address. */
  revokeAll(token: string, now: Date = new Date()): Promise<RevocationResponse> {
    return this.dataSource.transaction(async (tx) => {
      const reporter = await this.links.resolve(tx, token, { forUpdate: true });
      await this.links.revokeAll(tx, reporter.reportId, now);
      const email = this.emailOf(reporter);
      const sent = email ? await this.send(reporter, email, 'manage', now) : null;
      return { purpose: 'manage', revokedAt: now.toISOString(), sentByEmail: sent !== null, validUntil: sent?.expiresAt.toISOString() ?? null };
    });
  }

  private emailOf(reporter: ReporterRecord): string | undefined {
    return reporter.hasEmail ? this.vault.open(reporter.reportId, reporter.contactDetails).email : undefined;
  }

  private async send(reporter: ReporterRecord, to: string, purpose: LinkPurpose, now: Date) {
    const issued = this.links.issue(reporter.reportId, purpose, now);
    const minutes = purpose === 'manage' ? this.settings.manageTtlDays * 1440 : this.settings.dataLinkTtlMinutes;
    const { subject, text } = requestedLinkMail(reporter.language, purpose, issued.url, minutes);
    try {
      await this.mail.send({ messageId: randomUUID(), to, subject, text, language: reporter.language });
    } catch {
      throw new ProblemException(503, 'mail-unavailable', 'Service unavailable', 'The e-mail with your link could not be sent just now. Nothing was changed; please try again in a few minutes.');
    }
    return issued;
  }
}

function noAddress(): ProblemException {
  return ProblemException.conflict('Loket holds no e-mail address for you, so it cannot send you this link. Your tracking code still shows your report.', {
    reason: 'no-email-address',
  });
}
