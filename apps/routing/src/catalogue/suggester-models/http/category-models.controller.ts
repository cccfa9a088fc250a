import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@loket/auth';
import { ModelChangeRequest } from '../../../linking/http/linking-learning.request';
import { ActivateCategoryModel, CategoryModelRolledBackView } from '../activate-category-model.use-case';
import type { CategoryModelView } from '../category-model-view';
import { CategoryModelsQuery, CategoryModelsView } from '../category-models.query';
import { EvaluateCategoryModel } from '../evaluate-category-model.use-case';
import { TrainCategoryModel } from '../train-category-model.use-case';

/** Administrators retrain the category suggester from the coordinators' corrections, evaluate, activate and roll back. */
@ApiTags('category models')
@ApiBearerAuth()
@Roles('admin')
@Controller('api/v1/admin/category-models')
export class CategoryModelsController {
  constructor(
    private readonly models: CategoryModelsQuery,
    private readonly train: TrainCategoryModel,
    private readonly evaluate: EvaluateCategoryModel,
    private readonly activation: ActivateCategoryModel,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The trained suggester versions, newest first, with their evaluations, and which one is active (0: the built-in model)' })
  list(): Promise<CategoryModelsView> {
    return this.models.list();
  }

  @Post()
  @ApiOperation({ summary: "Trains a new suggester version from the coordinators' category corrections and the corpus's development half; not used until evaluated and activated" })
  create(@CurrentPrincipal() actor: Principal): Promise<CategoryModelView> {
    return this.train.execute(actor);
  }

  @Post('rollback')
  @HttpCode(200)
  @ApiOperation({ summary: 'Makes the suggester version that was active before the current one active again (audited)' })
  @ApiConflictResponse({ description: 'nothing-to-roll-back' })
  rollBack(@CurrentPrincipal() actor: Principal, @Body() body: ModelChangeRequest): Promise<CategoryModelRolledBackView> {
    return this.activation.rollBack(actor, body.reason);
  }

  @Post(':version/evaluate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Scores a suggester version on the held-out half of the corpus, beside the built-in model' })
  @ApiNotFoundResponse({ description: 'No such version' })
  evaluateVersion(@CurrentPrincipal() actor: Principal, @Param('version', ParseIntPipe) version: number): Promise<CategoryModelView> {
    return this.evaluate.execute(actor, version);
  }

  @Post(':version/activate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Makes an evaluated suggester version the one routing chooses categories by (audited)' })
  @ApiNotFoundResponse({ description: 'No such version' })
  @ApiConflictResponse({ description: 'not-evaluated or already-active' })
  activate(
    @CurrentPrincipal() actor: Principal,
    @Param('version', ParseIntPipe) version: number,
    @Body() body: ModelChangeRequest,
  ): Promise<CategoryModelView> {
    return this.activation.activate(actor, version, body.reason);
  }
}
