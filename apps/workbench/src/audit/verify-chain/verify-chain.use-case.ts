import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '@loket/auth';
import { AuditTrail } from '../audit-trail';
import { verifyWithAnchors } from '../anchors/anchored-verification';
import { AuditAnchorSettings } from '../anchors/audit-anchors.config';
import { ChainVerificationResponse, toChainVerificationResponse } from './chain-verification.response';

/**
 * An administrator checks the whole chain from the console: the same check as `npm run audit:verify`, in one
 * snapshot of the database, against the anchors kept outside it. The check itself is recorded (with its outcome) after it ran.
 */
@Injectable()
export class VerifyChain {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly anchors: AuditAnchorSettings,
  ) {}

  async execute(principal: Principal): Promise<ChainVerificationResponse> {
    const result = await verifyWithAnchors(this.dataSource, this.anchors);
    await this.audit.recordRead(principal, {
      action: 'audit-log.verified',
      caseId: null,
      details: { ok: result.ok, verified: result.verified, anchorsChecked: result.anchorsChecked, ...(result.ok ? {} : { brokenAt: result.broken.sequence }) },
    });
    return toChainVerificationResponse(result);
  }
}
