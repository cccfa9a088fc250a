import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Principal } from '@loket/auth';
import { ProblemException } from '@loket/http';
import { AdminAudit } from '../../audit/admin-audit';
import type { CategoryModelEvaluation, CategoryModelView } from './category-model-view';
import { CategoryModelRecord } from './category-model.entity';
import { CategoryModelsQuery } from './category-models.query';
import { SuggestionCorpus } from './suggestion-corpus';
import { SuggesterTraining } from './suggester-training';

/**
 * Scores a trained version on the held-out half of the corpus — the half nothing is learned from — beside the
 * built-in model on the same reports, as `npm run eval` does. Only an evaluated version can be activated.
 */
@Injectable()
export class EvaluateCategoryModel {
  constructor(
    private readonly dataSource: DataSource,
    private readonly corpus: SuggestionCorpus,
    private readonly training: SuggesterTraining,
    private readonly models: CategoryModelsQuery,
    private readonly audit: AdminAudit,
  ) {}

  execute(actor: Principal, version: number): Promise<CategoryModelView> {
    return this.dataSource.transaction(async (tx) => {
      const record = await tx.findOne(CategoryModelRecord, { where: { version }, lock: { mode: 'pessimistic_write' } });
      if (!record) throw ProblemException.notFound(`No category model version ${version}`);
      const evaluation: CategoryModelEvaluation = {
        evaluatedAt: new Date().toISOString(),
        corpus: this.corpus.name('held-out'),
        ...this.corpus.heldOutFigures(this.training.train(record.examples)),
        baseline: this.corpus.heldOutFigures(this.training.builtIn),
      };
      await tx.update(CategoryModelRecord, { version }, { evaluation });
      await this.audit.record(tx, actor, {
        action: 'category-model.evaluated',
        subjectType: 'category-model',
        subjectId: String(version),
        before: record.evaluation,
        after: evaluation,
      });
      return this.models.one(tx, version);
    });
  }
}
