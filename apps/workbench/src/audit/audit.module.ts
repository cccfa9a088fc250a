import { DynamicModule, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { Clock, SystemClock } from '../clock';
import { ActingPrincipalInterceptor } from './acting-principal';
import { AuditAnchorSettings } from './anchors/audit-anchors.config';
import { ExportAuditAnchor } from './anchors/export-audit-anchor.job';
import { AuditLogController } from './audit-log.controller';
import { AuditTrail } from './audit-trail';
import { ChainAuditEntriesBeforeCommit } from './chain-audit-entries-before-commit.subscriber';
import { ListAuditLog } from './list-audit-log/list-audit-log.use-case';
import { AuditLog } from './persistence/audit-log';
import { TypeormAuditLog } from './persistence/typeorm-audit-log';
import { VerifyChain } from './verify-chain/verify-chain.use-case';

/**
 * The tamper-evident audit log: `AuditTrail` for the use-cases, the hash chain appended before each commit,
 * its head anchored (signed) outside the database, and the administrators' API. Entries carry wall-clock time (the
 * system clock), whatever clock cases use.
 */
@Module({})
export class AuditModule {
  static withAnchors(anchors: AuditAnchorSettings): DynamicModule {
    return {
      module: AuditModule,
      controllers: [AuditLogController],
      providers: [
        { provide: Clock, useClass: SystemClock },
        { provide: AuditLog, useClass: TypeormAuditLog },
        { provide: APP_INTERCEPTOR, useClass: ActingPrincipalInterceptor },
        AuditTrail,
        ChainAuditEntriesBeforeCommit,
        ListAuditLog,
        VerifyChain,
        { provide: AuditAnchorSettings, useValue: anchors },
        ExportAuditAnchor,
      ],
      exports: [AuditTrail],
    };
  }
}
