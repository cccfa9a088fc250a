import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@loket/auth';
import { AuditLogPageResponse, ListAuditLogQuery } from './list-audit-log/list-audit-log.request';
import { ListAuditLog } from './list-audit-log/list-audit-log.use-case';

/** The audit log of every case read and change, for administrators. `npm run audit:verify` checks its chain. */
@ApiTags('audit')
@ApiBearerAuth()
@Roles('admin')
@Controller('api/v1/audit-log')
export class AuditLogController {
  constructor(private readonly listAuditLog: ListAuditLog) {}

  @Get()
  @ApiOperation({ summary: 'Audit log entries, newest first, with their hash chain' })
  @ApiOkResponse({ type: AuditLogPageResponse })
  @ApiBadRequestResponse({ description: 'A bad filter or cursor (problem details)' })
  list(@Query() query: ListAuditLogQuery, @CurrentPrincipal() principal: Principal): Promise<AuditLogPageResponse> {
    return this.listAuditLog.execute(principal, query);
  }
}
