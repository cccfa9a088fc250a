import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { CurrentPrincipal, Principal, Roles } from '@loket/auth';
import { CreateTaxonomyDraft } from '../manage/create-taxonomy-draft.use-case';
import { EditTaxonomyDraft } from '../manage/edit-taxonomy-draft.use-case';
import { PublishTaxonomyDraft } from '../manage/publish-taxonomy-draft.use-case';
import { fieldOf, TaxonomyIssues } from '../taxonomy-issues';
import { TaxonomyStore } from '../taxonomy-store';
import { TAXONOMY_DRAFT_SCHEMA, TaxonomyDraftRequest } from './taxonomy-draft.request';
import { taxonomyVersionDocumentView, TaxonomyVersionDocumentView, taxonomyVersionView, TaxonomyVersionView } from './taxonomy-version.view';

/** What keeps a version from being published, each issue at the field it concerns (empty: it may be). */
export interface TaxonomyValidationView {
  publishable: boolean;
  errors: { field: string; messages: string[] }[];
}

/**
 * The category taxonomy's versions, for administrators: the history, a draft from the version in force, editing
 * it whole, validating and publishing it (then `taxonomy.published` tells intake).
 */
@ApiTags('taxonomy')
@ApiBearerAuth()
@Roles('admin')
@Controller('api/v1/taxonomy')
export class TaxonomyController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: TaxonomyStore,
    private readonly issues: TaxonomyIssues,
    private readonly createDraft: CreateTaxonomyDraft,
    private readonly editDraft: EditTaxonomyDraft,
    private readonly publishDraft: PublishTaxonomyDraft,
  ) {}

  /** Every version, newest first. */
  @Get('versions')
  async versions(): Promise<TaxonomyVersionView[]> {
    return (await this.store.list(this.dataSource.manager)).map(taxonomyVersionView);
  }

  @Get('versions/:version')
  async show(@Param('version', ParseIntPipe) version: number): Promise<TaxonomyVersionDocumentView> {
    return taxonomyVersionDocumentView(await this.store.version(this.dataSource.manager, version));
  }

  @Post('drafts')
  async create(@CurrentPrincipal() actor: Principal): Promise<TaxonomyVersionDocumentView> {
    return taxonomyVersionDocumentView(await this.createDraft.execute(actor));
  }

  @Put('versions/:version')
  @ApiBody({ schema: TAXONOMY_DRAFT_SCHEMA })
  async edit(@CurrentPrincipal() actor: Principal, @Param('version', ParseIntPipe) version: number, @Body() body: TaxonomyDraftRequest): Promise<TaxonomyVersionDocumentView> {
    const { revision, categories, organisations } = body;
    return taxonomyVersionDocumentView(await this.editDraft.execute(actor, version, revision, { categories, organisations }));
  }

  @Post('versions/:version/validate')
  @HttpCode(200)
  async validate(@Param('version', ParseIntPipe) version: number): Promise<TaxonomyValidationView> {
    const tx = this.dataSource.manager;
    const issues = await this.issues.of(tx, (await this.store.version(tx, version)).document);
    return { publishable: issues.length === 0, errors: issues.map((i) => ({ field: fieldOf(i.path), messages: [i.message] })) };
  }

  @Post('versions/:version/publish')
  @HttpCode(200)
  async publish(@CurrentPrincipal() actor: Principal, @Param('version', ParseIntPipe) version: number): Promise<TaxonomyVersionDocumentView> {
    return taxonomyVersionDocumentView(await this.publishDraft.execute(actor, version));
  }
}
