import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ProblemException } from '@loket/http';
import { LinkPurpose, LinkTokens, VerifiedLink } from '../crypto/link-token';
import { ReporterRecord } from '../reporters/reporter.entity';
import { LinkRevocationReason, LinkRevocationRecord } from './link-revocation.entity';

export abstract class ReporterLinkSettings {
  /** Where the links point: `<publicUrl>/api/v1/reporter-links/<token>`. */
  abstract readonly publicUrl: string;
}

/** The one answer for every link that opens nothing: tampered, expired, revoked, malformed, or its reporter erased. */
export function invalidLink(): ProblemException {
  return ProblemException.notFound('This link is not valid (any more). Use the link in your latest e-mail from Loket.');
}

/** A link that holds, and the reporter it names. */
export interface OpenedLink {
  reporter: ReporterRecord;
  link: VerifiedLink;
}

/** Makes the signed links e-mails carry, and finds the reporter a link names, unless the link was revoked. */
@Injectable()
export class ReporterLinks {
  constructor(
    private readonly tokens: LinkTokens,
    private readonly settings: ReporterLinkSettings,
  ) {}

  /** The manage link every e-mail to a reporter ends with. */
  urlFor(reportId: string, now: Date = new Date()): string {
    return this.issue(reportId, 'manage', now).url;
  }

  /** A fresh link for `purpose`, with the id and expiry it was signed with. */
  issue(reportId: string, purpose: LinkPurpose, now: Date = new Date()): { url: string; tokenId: string; expiresAt: Date } {
    const token = this.tokens.issue(reportId, purpose, now);
    const link = this.tokens.verify(token, [purpose], now);
    if (!link) throw new Error('a link just issued does not verify: the link keys are misconfigured');
    return { url: `${this.settings.publicUrl}/api/v1/reporter-links/${token}`, tokenId: link.tokenId, expiresAt: link.expiresAt };
  }

  /**
   * The reporter a token for one of `purposes` was signed for, row-locked when asked (`forUpdate`) so a change
   * and an erasure do not interleave. A revoked token (by its id, or issued before the reporter revoked all
   * their links) and every link of an erased reporter answer like a forged one.
   */
  async open(tx: EntityManager, token: string, purposes: readonly LinkPurpose[], options: { forUpdate?: boolean; now?: Date } = {}): Promise<OpenedLink> {
    const link = this.tokens.verify(token, purposes, options.now);
    if (!link) throw invalidLink();
    const query = tx.createQueryBuilder(ReporterRecord, 'reporter').where('reporter.report_id = :reportId', { reportId: link.reportId });
    if (options.forUpdate) query.setLock('pessimistic_write');
    const reporter = await query.getOne();
    if (!reporter || reporter.erasedAt) throw invalidLink();
    if (reporter.linksNotBefore && link.issuedAt < reporter.linksNotBefore) throw invalidLink();
    if (await tx.existsBy(LinkRevocationRecord, { tokenId: link.tokenId })) throw invalidLink();
    return { reporter, link };
  }

  /** The reporter a manage link names (preferences, withdrawal, satisfaction, asking for a data link). */
  async resolve(tx: EntityManager, token: string, options: { forUpdate?: boolean } = {}): Promise<ReporterRecord> {
    return (await this.open(tx, token, ['manage'], options)).reporter;
  }

  /** This one link opens nothing from now on (the others of the reporter keep working). */
  async revoke(tx: EntityManager, link: VerifiedLink, reason: LinkRevocationReason, now: Date): Promise<void> {
    await tx.createQueryBuilder().insert().into(LinkRevocationRecord)
      .values({ tokenId: link.tokenId, reportId: link.reportId, reason, revokedAt: now, expiresAt: link.expiresAt })
      .orIgnore().execute();
  }

  /** Every link of the reporter issued before `now` opens nothing any more (one issued at `now` still does). */
  async revokeAll(tx: EntityManager, reportId: string, now: Date): Promise<void> {
    await tx.update(ReporterRecord, { reportId }, { linksNotBefore: now });
  }
}
