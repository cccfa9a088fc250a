import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource, LessThanOrEqual } from 'typeorm';
import { PeriodicJob } from '@loket/persistence';
import { MailSender } from '../delivery/mail-sender';
import { digestMail } from './digest-mail';
import { DigestSubscriptionRecord } from './digest-subscription.entity';
import { DAY_MS, DigestSubscriptions } from './digest-subscriptions';
import { NeighbourhoodNewsSource, NewsUnavailableError } from './neighbourhood-news';

/** `checkEveryMs` (LOKET_DIGEST_CHECK_MS); `publicUrl`: where the one-click unsubscribe link points. */
export abstract class DigestSettings {
  abstract readonly checkEveryMs: number;
  abstract readonly publicUrl: string;
}

const BATCH = 50;
/** Routing did not answer: try that subscription again after this, without losing its period. */
const RETRY_MS = 15 * 60_000;

/**
 * The daily neighbourhood digest. Every run, for each subscription that is due: ask routing what happened in public
 * in its area since the last digest, e-mail it when anything did (nothing: no e-mail), and move on by a day. The
 * period is claimed before the e-mail goes (at most once: a crash right after sending never sends it twice); a mail
 * that fails, or routing not answering, gives the period back for a retry.
 * In every instance, no lock: a subscription's period is claimed with `SKIP LOCKED` and its due time checked again
 * under the row lock, so each digest goes from one instance, and a large morning is shared between them.
 */
@Injectable()
export class SendNeighbourhoodDigests implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SendNeighbourhoodDigests.name);
  private readonly job: PeriodicJob;

  constructor(
    private readonly dataSource: DataSource,
    private readonly subscriptions: DigestSubscriptions,
    private readonly news: NeighbourhoodNewsSource,
    private readonly mail: MailSender,
    private readonly settings: DigestSettings,
  ) {
    this.job = new PeriodicJob({
      name: 'feedback.neighbourhood-digests',
      everyMs: settings.checkEveryMs,
      pass: async () => {
        const sent = await this.runOnce();
        if (sent > 0) this.logger.log(`sent ${sent} neighbourhood digests`);
      },
      failing: 'could not send neighbourhood digests',
      logger: this.logger,
    });
  }

  onApplicationBootstrap(): void {
    this.job.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }

  /** Sends what is due now; the number of e-mails sent. */
  async runOnce(now: Date = new Date()): Promise<number> {
    const due = await this.dataSource.manager.find(DigestSubscriptionRecord, { where: { nextDueAt: LessThanOrEqual(now) }, order: { nextDueAt: 'ASC' }, take: BATCH });
    let sent = 0;
    for (const { id } of due) if (await this.sendOne(id, now)) sent++;
    return sent;
  }

  private async sendOne(id: string, now: Date): Promise<boolean> {
    const claimed = await this.dataSource.transaction(async (tx) => {
      const record = await tx.findOne(DigestSubscriptionRecord, { where: { id }, lock: { mode: 'pessimistic_write', onLocked: 'skip_locked' } });
      if (!record || record.nextDueAt > now) return null;
      await tx.update(DigestSubscriptionRecord, { id }, { coveredUntil: now, nextDueAt: new Date(now.getTime() + DAY_MS) });
      return record;
    });
    if (!claimed) return false;
    // Routing answers for at most 8 days: a long pause (routing down for days) tells the last week.
    const since = new Date(Math.max(claimed.coveredUntil.getTime(), now.getTime() - 7 * DAY_MS));
    try {
      const news = await this.news.between(claimed.areaId, since, now);
      const language = claimed.language === 'en' ? 'en' : 'nl';
      const unsubscribe = `${this.settings.publicUrl}/api/v1/neighbourhood-digests/unsubscribe/${this.subscriptions.tokenFor(id)}`;
      const mail = digestMail(news, language, unsubscribe);
      if (!mail) return false;
      await this.mail.send({
        messageId: `digest-${id}-${now.getTime()}`,
        to: this.subscriptions.openEmail(claimed),
        subject: mail.subject,
        text: mail.text,
        language,
        // RFC 8058: mail clients offer their own one-click unsubscribe, by POST.
        headers: { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      });
      return true;
    } catch (error) {
      await this.dataSource.manager.update(DigestSubscriptionRecord, { id }, { coveredUntil: claimed.coveredUntil, nextDueAt: new Date(now.getTime() + RETRY_MS) });
      const what = error instanceof NewsUnavailableError ? 'waits for routing' : 'not sent';
      this.logger.warn(`digest ${id} ${what} (retry in 15 minutes): ${(error as Error).message}`);
      return false;
    }
  }
}
