import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '@loket/auth';
import { AuditTrail } from '../audit-trail';
import { verifyAuditLog } from '../verify-audit-log';
import { ChainVerificationResponse, toChainVerificationResponse } from './chain-verification.response';

/**
 * An administrator checks the whole chain from the console: the same check as `npm run audit:verify`, in one
 * snapshot of the database. The check itself is recorded (with its outcome) after it ran.
 */
@Injectable()
export class VerifyChain {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
  ) {}

  async execute(principal: Principal): Promise<ChainVerificationResponse> {
    const result = await verifyAuditLog(this.dataSource);
    await this.audit.recordRead(principal, {
      action: 'audit-log.verified',
      caseId: null,
      details: { ok: result.ok, verified: result.verified, ...(result.ok ? {} : { brokenAt: result.broken.sequence }) },
    });
    return toChainVerificationResponse(result);
  }
}
