import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Roles } from '@loket/auth';
import { ProblemException } from '@loket/http';
import { ReportLinkRecord } from '../linking/report-link.entity';
import { RoutingDecisionRecord } from './routing-decision.entity';

export type DecisionView =
  | {
      kind: 'routed';
      reportId: string;
      caseId: string;
      policy: { id: string; version: number };
      ruleId: string | null;
      outcome: RoutingDecisionRecord['outcome'];
      explanation: string;
      decidedAt: string;
    }
  | { kind: 'linked'; reportId: string; caseId: string; score: number; explanation: string; decidedAt: string };

/** Coordinators and administrators read why a report went where it went: routed by policy, or linked to a case. */
@ApiTags('decisions')
@ApiBearerAuth()
@Roles('coordinator', 'admin')
@Controller('api/v1/decisions')
export class DecisionsController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get(':reportId')
  async show(@Param('reportId', new ParseUUIDPipe()) reportId: string): Promise<DecisionView> {
    const routed = await this.dataSource.getRepository(RoutingDecisionRecord).findOneBy({ reportId });
    if (routed) {
      return {
        kind: 'routed',
        reportId: routed.reportId,
        caseId: routed.caseId,
        policy: { id: routed.policyId, version: routed.policyVersion },
        ruleId: routed.ruleId,
        outcome: routed.outcome,
        explanation: routed.explanationText,
        decidedAt: routed.decidedAt.toISOString(),
      };
    }
    const linked = await this.dataSource.getRepository(ReportLinkRecord).findOneBy({ reportId });
    if (linked) {
      return { kind: 'linked', reportId, caseId: linked.caseId, score: linked.score, explanation: linked.explanation, decidedAt: linked.linkedAt.toISOString() };
    }
    throw ProblemException.notFound(`No routing decision for report ${reportId}`);
  }
}
