import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ProblemException } from '@loket/http';
import { LinkTokens } from '../crypto/link-token';
import { ReporterRecord } from '../reporters/reporter.entity';

export abstract class ReporterLinkSettings {
  /** Where the links point: `<publicUrl>/api/v1/reporter-links/<token>`. */
  abstract readonly publicUrl: string;
}

/** The one answer for every link that opens nothing: tampered, expired, malformed, or its reporter erased. */
export function invalidLink(): ProblemException {
  return ProblemException.notFound('This link is not valid (any more). Use the link in your latest e-mail from Loket.');
}

/** Makes the signed link every e-mail carries, and finds the reporter a link names. */
@Injectable()
export class ReporterLinks {
  constructor(
    private readonly tokens: LinkTokens,
    private readonly settings: ReporterLinkSettings,
  ) {}

  urlFor(reportId: string, now: Date = new Date()): string {
    return `${this.settings.publicUrl}/api/v1/reporter-links/${this.tokens.issue(reportId, 'manage', now)}`;
  }

  /**
   * The reporter the token was signed for, row-locked when asked (`forUpdate`) so a change and an erasure do
   * not interleave. An erased reporter's links are revoked: they answer like a forged one.
   */
  async resolve(tx: EntityManager, token: string, options: { forUpdate?: boolean } = {}): Promise<ReporterRecord> {
    const reportId = this.tokens.verify(token, 'manage');
    if (!reportId) throw invalidLink();
    const query = tx.createQueryBuilder(ReporterRecord, 'reporter').where('reporter.report_id = :reportId', { reportId });
    if (options.forUpdate) query.setLock('pessimistic_write');
    const reporter = await query.getOne();
    if (!reporter || reporter.erasedAt) throw invalidLink();
    return reporter;
  }
}
