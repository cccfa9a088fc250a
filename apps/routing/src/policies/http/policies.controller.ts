import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { CurrentPrincipal, Principal, Roles } from '@loket/auth';
import { PolicyIssue, RoutingPolicy, validatePolicy } from '@loket/routing-policy';
import { CreateDraft } from '../manage/create-draft.use-case';
import { EditDraft } from '../manage/edit-draft.use-case';
import { PublishDraft } from '../manage/publish-draft.use-case';
import { SimulateDraft, SimulationView } from '../manage/simulate-draft.use-case';
import { PolicyCatalogueSource } from '../policy-catalogue-source';
import { PolicyStore } from '../policy-store';
import { CreateDraftRequest, PolicyDocumentRequest, SimulateRequest } from './policy-document.request';
import { policyVersionView, PolicyVersionView } from './policy-version.view';

/** Routing policies: administrators edit and publish; coordinators may read, validate and simulate. */
@ApiTags('policies')
@ApiBearerAuth()
@Roles('admin', 'coordinator')
@Controller('api/v1/policies')
export class PoliciesController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: PolicyStore,
    private readonly catalogue: PolicyCatalogueSource,
    private readonly createDraft: CreateDraft,
    private readonly editDraft: EditDraft,
    private readonly publishDraft: PublishDraft,
    private readonly simulateDraft: SimulateDraft,
  ) {}

  @Get()
  async list(): Promise<PolicyVersionView[]> {
    return (await this.store.list(this.dataSource.manager)).map(policyVersionView);
  }

  @Get(':policyId/versions/:version')
  show(@Param('policyId') policyId: string, @Param('version', ParseIntPipe) version: number): Promise<RoutingPolicy> {
    return this.store.version(this.dataSource.manager, policyId, version);
  }

  @Post(':policyId/drafts')
  @Roles('admin')
  create(@CurrentPrincipal() actor: Principal, @Param('policyId') policyId: string, @Body() body: CreateDraftRequest): Promise<RoutingPolicy> {
    return this.createDraft.execute(actor, policyId, body.fromVersion);
  }

  @Put(':policyId/versions/:version')
  @Roles('admin')
  edit(
    @CurrentPrincipal() actor: Principal,
    @Param('policyId') policyId: string,
    @Param('version', ParseIntPipe) version: number,
    @Body() body: PolicyDocumentRequest,
  ): Promise<RoutingPolicy> {
    return this.editDraft.execute(actor, policyId, version, body);
  }

  @Post(':policyId/versions/:version/validate')
  @HttpCode(200)
  async validate(@Param('policyId') policyId: string, @Param('version', ParseIntPipe) version: number): Promise<{ publishable: boolean; issues: PolicyIssue[] }> {
    const tx = this.dataSource.manager;
    const issues = validatePolicy(await this.store.version(tx, policyId, version), await this.catalogue.catalogue(tx));
    return { publishable: !issues.some((i) => i.severity === 'error'), issues };
  }

  @Post(':policyId/versions/:version/simulate')
  @HttpCode(200)
  simulate(@Param('policyId') policyId: string, @Param('version', ParseIntPipe) version: number, @Body() body: SimulateRequest): Promise<SimulationView> {
    return this.simulateDraft.execute(policyId, version, body.lastReports);
  }

  @Post(':policyId/versions/:version/publish')
  @Roles('admin')
  @HttpCode(200)
  publish(@CurrentPrincipal() actor: Principal, @Param('policyId') policyId: string, @Param('version', ParseIntPipe) version: number) {
    return this.publishDraft.execute(actor, policyId, version);
  }
}
