import { Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { CurrentPrincipal, Principal, Roles } from '@loket/auth';
import { ProblemException } from '@loket/http';
import { diffPolicies, PolicyDiff, RoutingPolicy } from '@loket/routing-policy';
import { RetireVersion } from '../manage/retire-version.use-case';
import { PolicyStore } from '../policy-store';
import { PolicyDiffQuery } from './policy-diff.query';
import { policyVersionView, PolicyVersionView } from './policy-version.view';

/** A policy's versions over time: who made and published each and when, the differences between two, retiring. */
@ApiTags('policies')
@ApiBearerAuth()
@Roles('admin', 'coordinator')
@Controller('api/v1/policies/:policyId')
export class PolicyHistoryController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: PolicyStore,
    private readonly retireVersion: RetireVersion,
  ) {}

  /** Every version of the policy, newest first. */
  @Get('versions')
  async versions(@Param('policyId') policyId: string): Promise<PolicyVersionView[]> {
    const records = (await this.store.list(this.dataSource.manager)).filter((r) => r.policyId === policyId);
    if (records.length === 0) throw ProblemException.notFound(`No policy ${policyId}`);
    return records.map(policyVersionView);
  }

  /** What changed from one version to another, rule by rule. */
  @Get('diff')
  async diff(@Param('policyId') policyId: string, @Query() query: PolicyDiffQuery): Promise<PolicyDiff> {
    const tx = this.dataSource.manager;
    return diffPolicies(await this.store.version(tx, policyId, query.from), await this.store.version(tx, policyId, query.to));
  }

  @Post('versions/:version/retire')
  @Roles('admin')
  @HttpCode(200)
  retire(@CurrentPrincipal() actor: Principal, @Param('policyId') policyId: string, @Param('version', ParseIntPipe) version: number): Promise<RoutingPolicy> {
    return this.retireVersion.execute(actor, policyId, version);
  }
}
