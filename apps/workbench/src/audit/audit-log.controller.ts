import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@loket/auth';
import { AuditLogPageResponse, ListAuditLogQuery } from './list-audit-log/list-audit-log.request';
import { ListAuditLog } from './list-audit-log/list-audit-log.use-case';
import { ChainVerificationResponse } from './verify-chain/chain-verification.response';
import { VerifyChain } from './verify-chain/verify-chain.use-case';

/** The audit log of every case read and change, for administrators. `npm run audit:verify` and `POST …/verification` check its chain. */
@ApiTags('audit')
@ApiBearerAuth()
@Roles('admin')
@Controller('api/v1/audit-log')
export class AuditLogController {
  constructor(
    private readonly listAuditLog: ListAuditLog,
    private readonly verifyChain: VerifyChain,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Audit log entries, newest first, with their hash chain' })
  @ApiOkResponse({ type: AuditLogPageResponse })
  @ApiBadRequestResponse({ description: 'A bad filter or cursor (problem details)' })
  list(@Query() query: ListAuditLogQuery, @CurrentPrincipal() principal: Principal): Promise<AuditLogPageResponse> {
    return this.listAuditLog.execute(principal, query);
  }

  @Post('verification')
  @HttpCode(200)
  @ApiOperation({ summary: 'Check the whole hash chain now (the same check as npm run audit:verify)' })
  @ApiOkResponse({ type: ChainVerificationResponse })
  verify(@CurrentPrincipal() principal: Principal): Promise<ChainVerificationResponse> {
    return this.verifyChain.execute(principal);
  }
}
