import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiNotFoundResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@loket/auth';
import { ActivateLinkingModel, RolledBackView } from '../learning/activate-linking-model.use-case';
import { EvaluateLinkingModel } from '../learning/evaluate-linking-model.use-case';
import type { LinkingModelView } from '../learning/linking-model-view';
import { LinkingModelsQuery, LinkingModelsView } from '../learning/linking-models.query';
import { TrainLinkingModel } from '../learning/train-linking-model.use-case';
import { ModelChangeRequest } from './linking-learning.request';

/** Administrators retrain the linker from the coordinators' corrections, evaluate, activate and roll back versions. */
@ApiTags('linking models')
@ApiBearerAuth()
@Roles('admin')
@Controller('api/v1/admin/linking-models')
export class LinkingModelsController {
  constructor(
    private readonly models: LinkingModelsQuery,
    private readonly train: TrainLinkingModel,
    private readonly evaluate: EvaluateLinkingModel,
    private readonly activation: ActivateLinkingModel,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The trained versions, newest first, with their evaluations, and which one is active (0: the built-in rules)' })
  list(): Promise<LinkingModelsView> {
    return this.models.list();
  }

  @Post()
  @ApiOperation({ summary: "Trains a new version from the coordinators' corrections and the corpus's development half; not used until evaluated and activated" })
  @ApiUnprocessableEntityResponse({ description: 'too-few-examples' })
  create(@CurrentPrincipal() actor: Principal): Promise<LinkingModelView> {
    return this.train.execute(actor);
  }

  @Post('rollback')
  @HttpCode(200)
  @ApiOperation({ summary: 'Makes the version that was active before the current one active again (audited)' })
  @ApiConflictResponse({ description: 'nothing-to-roll-back' })
  rollBack(@CurrentPrincipal() actor: Principal, @Body() body: ModelChangeRequest): Promise<RolledBackView> {
    return this.activation.rollBack(actor, body.reason);
  }

  @Post(':version/evaluate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Scores a version on the held-out half of the corpus, beside the built-in rules' })
  @ApiNotFoundResponse({ description: 'No such version' })
  evaluateVersion(@CurrentPrincipal() actor: Principal, @Param('version', ParseIntPipe) version: number): Promise<LinkingModelView> {
    return this.evaluate.execute(actor, version);
  }

  @Post(':version/activate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Makes an evaluated version the one the linker decides with (audited)' })
  @ApiNotFoundResponse({ description: 'No such version' })
  @ApiConflictResponse({ description: 'not-evaluated or already-active' })
  activate(
    @CurrentPrincipal() actor: Principal,
    @Param('version', ParseIntPipe) version: number,
    @Body() body: ModelChangeRequest,
  ): Promise<LinkingModelView> {
    return this.activation.activate(actor, version, body.reason);
  }
}
