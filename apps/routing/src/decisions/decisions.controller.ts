import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Roles } from '@loket/auth';
import { ProblemException } from '@loket/http';
import { RoutingDecisionRecord } from './routing-decision.entity';

export interface DecisionView {
  reportId: string;
  caseId: string;
  policy: { id: string; version: number };
  ruleId: string | null;
  outcome: RoutingDecisionRecord['outcome'];
  explanation: string;
  decidedAt: string;
}

/** Coordinators and administrators read why a report went where it went. */
@ApiTags('decisions')
@ApiBearerAuth()
@Roles('coordinator', 'admin')
@Controller('api/v1/decisions')
export class DecisionsController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get(':reportId')
  async show(@Param('reportId', new ParseUUIDPipe()) reportId: string): Promise<DecisionView> {
    const record = await this.dataSource.getRepository(RoutingDecisionRecord).findOneBy({ reportId });
    if (!record) throw ProblemException.notFound(`No routing decision for report ${reportId}`);
    return {
      reportId: record.reportId,
      caseId: record.caseId,
      policy: { id: record.policyId, version: record.policyVersion },
      ruleId: record.ruleId,
      outcome: record.outcome,
      explanation: record.explanationText,
      decidedAt: record.decidedAt.toISOString(),
    };
  }
}
