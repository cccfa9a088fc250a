import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ProblemException } from '@loket/http';
import { LINK_PURPOSES } from '../crypto/link-token';
import { MessageRecord } from '../messages/message.entity';
import { ReporterRecord } from '../reporters/reporter.entity';
import { ChangePreferencesRequest, PreferencesResponse, preferencesOf } from './preferences.dto';
import { ReporterLinks } from './reporter-links';

/** The columns a preferences change sets, from the reporter as they are and what they asked for. */
export function preferenceChanges(reporter: Pick<ReporterRecord, 'emailsWithdrawnAt'>, request: ChangePreferencesRequest, now: Date): Partial<ReporterRecord> {
  const changes: Partial<ReporterRecord> = {};
  if (request.language !== undefined) changes.language = request.language;
  if (request.professionalContactConsent !== undefined) changes.consentToProfessionalContact = request.professionalContactConsent;
  if (request.contactConsent === true) Object.assign(changes, { consentToContact: true, emailsWithdrawnAt: null });
  if (request.contactConsent === false) changes.emailsWithdrawnAt = reporter.emailsWithdrawnAt ?? now;
  return changes;
}

/**
 * E-mail that was waiting for the delivery worker when consent was withdrawn is not sent: it stays on the
 * tracking page instead, where the reporter still follows their report.
 */
export async function keepPendingEmailForThePage(tx: EntityManager, reportId: string): Promise<void> {
  await tx.update(MessageRecord, { reportId, status: 'pending' }, { status: 'page', channel: 'page', nextAttemptAt: null });
}

/** The reporter changes language or consents through the link in an e-mail. */
@Injectable()
export class ChangePreferences {
  constructor(
    private readonly dataSource: DataSource,
    private readonly links: ReporterLinks,
  ) {}

  /** What any of the reporter's links shows: the preferences, and what this link is for. */
  show(token: string): Promise<PreferencesResponse> {
    return this.dataSource.transaction(async (tx) => {
      const { reporter, link } = await this.links.open(tx, token, LINK_PURPOSES);
      return preferencesOf(reporter, link);
    });
  }

  execute(token: string, request: ChangePreferencesRequest, now: Date = new Date()): Promise<PreferencesResponse> {
    if (request.language === undefined && request.contactConsent === undefined && request.professionalContactConsent === undefined) {
      throw ProblemException.badRequest('Name at least one preference to change: language, contactConsent, professionalContactConsent');
    }
    return this.dataSource.transaction(async (tx) => {
      const { reporter, link } = await this.links.open(tx, token, ['manage'], { forUpdate: true });
      const changes = preferenceChanges(reporter, request, now);
      await tx.update(ReporterRecord, { reportId: reporter.reportId }, changes);
      if (changes.emailsWithdrawnAt) await keepPendingEmailForThePage(tx, reporter.reportId);
      return preferencesOf({ ...reporter, ...changes } as ReporterRecord, link);
    });
  }

  /** Withdraws consent to be e-mailed: no more e-mail from now on; the tracking page keeps working. */
  withdraw(token: string, now: Date = new Date()): Promise<PreferencesResponse> {
    return this.execute(token, { contactConsent: false }, now);
  }
}
