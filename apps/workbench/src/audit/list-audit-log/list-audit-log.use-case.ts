import { Injectable } from '@nestjs/common';
import type { Principal } from '@loket/auth';
import { ProblemException } from '@loket/http';
import { AuditTrail } from '../audit-trail';
import { AuditLog } from '../persistence/audit-log';
import { toAuditEntryResponse } from './audit-entry.response';
import { decodeAuditCursor, encodeAuditCursor } from './audit-log-cursor';
import { AuditLogPageResponse, DEFAULT_AUDIT_PAGE_SIZE, ListAuditLogQuery } from './list-audit-log.request';

/** The audit log for administrators, newest first, filtered, one page at a time. Reading it is audited too. */
@Injectable()
export class ListAuditLog {
  constructor(
    private readonly log: AuditLog,
    private readonly audit: AuditTrail,
  ) {}

  async execute(principal: Principal, query: ListAuditLogQuery): Promise<AuditLogPageResponse> {
    const before = query.cursor === undefined ? undefined : decodeAuditCursor(query.cursor);
    if (before === null) {
      throw ProblemException.badRequest('cursor is not a cursor this service gave out', [
        { field: 'cursor', messages: ['cursor must be the nextCursor of a previous page'] },
      ]);
    }
    const from = query.from === undefined ? undefined : new Date(query.from);
    const to = query.to === undefined ? undefined : new Date(query.to);
    if (from && to && from > to) {
      throw ProblemException.badRequest('from must not be after to', [{ field: 'from', messages: ['from must not be after to'] }]);
    }
    const limit = query.limit ?? DEFAULT_AUDIT_PAGE_SIZE;
    const rows = await this.log.find({ caseId: query.caseId, actor: query.actor, from, to, before, limit: limit + 1 });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    await this.audit.recordRead(principal, {
      action: 'audit-log.listed',
      caseId: query.caseId ?? null,
      details: { actor: query.actor, from, to, limit, page: query.cursor ? 'next' : 'first', returned: page.length },
    });
    return {
      items: page.map(toAuditEntryResponse),
      nextCursor: rows.length > limit && last ? encodeAuditCursor(last.sequence) : null,
    };
  }
}
