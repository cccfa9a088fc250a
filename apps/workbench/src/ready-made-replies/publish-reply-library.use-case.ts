import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '@loket/auth';
import { ProblemException } from '@loket/http';
import { AuditTrail } from '../audit/audit-trail';
import { Clock } from '../clock';
import { validateReplyLibrary } from './reply-library';
import { ReplyLibraryVersionRecord } from './reply-library-version.entity';
import { ReplyLibraryVersions } from './reply-library-versions';
import { ReplyLibraryResponse, toReplyLibraryResponse } from './ready-made-replies.response';

/**
 * An administrator saves the ready-made reply library: checked first (a 400 problem naming every fault), then,
 * in one transaction, the next version — in force at once — and its entry in the audit log (who, when, which
 * version, how many replies; the texts themselves stay in the versions, which are never changed). A stale
 * `expectedVersion`, or another administrator saving at the same moment, is a 409.
 */
@Injectable()
export class PublishReplyLibrary {
  constructor(
    private readonly dataSource: DataSource,
    private readonly versions: ReplyLibraryVersions,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  async execute(principal: Principal, replies: unknown[], expectedVersion?: number): Promise<ReplyLibraryResponse> {
    const checked = validateReplyLibrary(replies);
    if (!checked.library) {
      throw ProblemException.badRequest(
        `The ready-made replies are not valid: ${checked.issues.map((i) => `${i.path || '(list)'}: ${i.message}`).join('; ')}`,
        checked.issues.map((i) => ({ field: `replies${i.path ? `.${i.path}` : ''}`, messages: [i.message] })),
      );
    }
    const library = checked.library;
    const saved = await this.dataSource.transaction(async (tx) => {
      const current = (await this.versions.current(tx))?.version ?? 0;
      if (expectedVersion !== undefined && expectedVersion !== current) throw stale(expectedVersion, current);
      const record: ReplyLibraryVersionRecord = {
        version: current + 1,
        content: library,
        createdBySubject: principal.subject,
        createdByUsername: principal.username,
        createdAt: this.clock.now(),
      };
      if (!(await this.versions.append(tx, record))) throw stale(current, current + 1);
      this.audit.record(tx, { action: 'ready-made-replies.published', caseId: null, details: { version: record.version, replies: library.replies.length } }, principal);
      return record;
    });
    return toReplyLibraryResponse(saved, saved.version);
  }
}

function stale(expectedVersion: number, currentVersion: number): ProblemException {
  return ProblemException.conflict(
    `The ready-made replies changed since you read them (you expected version ${expectedVersion}, the newest is ${currentVersion}); reload and try again`,
    { expectedVersion, currentVersion },
  );
}
