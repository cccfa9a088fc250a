import { Injectable } from '@nestjs/common';
import type { Principal } from '@loket/auth';
import { ProblemException } from '@loket/http';
import { CaseAccess } from '../case-access';
import { CaseChanges } from './case-changes';
import { decodeChangeCursor, encodeChangeCursor } from './change-cursor';
import type { CaseChangesResponse } from './case-changes.request';

/** How far back the watermark stays: longer than any transaction that changes a case takes to commit. */
export const CHANGE_GRACE_MS = 60_000;
/** A cursor older than this is simply answered "changed" (the client reloads its list anyway). */
export const CHANGE_CURSOR_MAX_AGE_MS = 15 * 60_000;
export const POLL_AFTER_MS = 5_000;

/**
 * The cheap question a queue screen asks every few seconds: did anything I may see change since I last
 * looked? Scoped by the same need-to-know scope as the queues (a professional: their organisation's cases;
 * a coordinator: all), answered from two fingerprints over the cases changed recently, never with a case.
 * The watermark trails the database clock by a grace period, so a change committed late (its `changed_at`
 * set before a slow commit) is still seen. It is not a read of case data, so it is not audited; the list
 * the client then reloads is.
 */
@Injectable()
export class WatchCaseChanges {
  constructor(
    private readonly access: CaseAccess,
    private readonly changes: CaseChanges,
  ) {}

  async execute(principal: Principal, since: string | undefined): Promise<CaseChangesResponse> {
    const scope = this.access.scopeOf(principal);
    const cursor = since === undefined ? null : decodeChangeCursor(since);
    if (since !== undefined && !cursor) {
      throw ProblemException.badRequest('since is not a cursor this service gave out', [
        { field: 'since', messages: ['since must be the cursor of a previous answer'] },
      ]);
    }
    const now = await this.changes.databaseNow();
    const watermark = new Date(now.getTime() - CHANGE_GRACE_MS);
    const tooOld = cursor !== null && now.getTime() - cursor.watermark.getTime() > CHANGE_CURSOR_MAX_AGE_MS;
    const prints = await this.changes.fingerprints(scope, cursor && !tooOld ? cursor.watermark : null, watermark);
    const changed = cursor !== null && (tooOld || prints.sinceFingerprint !== cursor.fingerprint);
    return { changed, cursor: encodeChangeCursor({ watermark, fingerprint: prints.watermarkFingerprint }), pollAfterMs: POLL_AFTER_MS };
  }
}
