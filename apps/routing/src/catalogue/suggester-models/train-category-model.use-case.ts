import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Principal } from '@loket/auth';
import { AdminAudit } from '../../audit/admin-audit';
import type { CategoryModelView, TrainingExample } from './category-model-view';
import { CategoryModelRecord } from './category-model.entity';
import { CategoryModelsQuery } from './category-models.query';
import { SuggestionCorpus } from './suggestion-corpus';
import { SuggesterTraining } from './suggester-training';

/** How many of the newest corrections one training reads at most (a version travels whole, to every instance). */
const MAX_CORRECTIONS = 2_000;

/**
 * An administrator trains a new version of the category suggester from the coordinators' category corrections
 * (each to a subcategory, its text reduced to known words) plus the development half of the corpus, on top of the
 * repository's examples. The version is stored, not used: it has to be evaluated and then activated.
 */
@Injectable()
export class TrainCategoryModel {
  constructor(
    private readonly dataSource: DataSource,
    private readonly corpus: SuggestionCorpus,
    private readonly training: SuggesterTraining,
    private readonly models: CategoryModelsQuery,
    private readonly audit: AdminAudit,
  ) {}

  execute(actor: Principal): Promise<CategoryModelView> {
    return this.dataSource.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('category_models'))`);
      const corrections: TrainingExample[] = await tx.query(
        `SELECT known_words AS text, to_main AS category, to_sub AS subcategory FROM category_corrections
          WHERE known_words <> '' AND to_sub IS NOT NULL ORDER BY id DESC LIMIT $1`,
        [MAX_CORRECTIONS],
      );
      const corpusExamples = this.corpus.developmentExamples();
      const examples = [...corpusExamples, ...corrections];
      const [{ next }]: { next: number }[] = await tx.query(`SELECT COALESCE(MAX(version), 0) + 1 AS next FROM category_models`);
      const trainedOn = { repositoryExamples: this.training.repositoryExamples, corpusExamples: corpusExamples.length, corrections: corrections.length };
      await tx.insert(CategoryModelRecord, { version: next, createdBy: actor.username, examples, trainedOn, evaluation: null });
      await this.audit.record(tx, actor, {
        action: 'category-model.trained',
        subjectType: 'category-model',
        subjectId: String(next),
        before: null,
        after: { version: next, trainedOn },
      });
      return this.models.one(tx, next);
    });
  }
}
