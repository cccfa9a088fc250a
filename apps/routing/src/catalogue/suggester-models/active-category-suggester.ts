import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CategorySuggester } from '@loket/category-suggestion';
import type { TrainingExample } from './category-model-view';
import { SuggesterTraining } from './suggester-training';

/** How long an instance trusts the active version it read last; another instance's activation reaches it within this. */
const REFRESH_MS = 2_000;

/**
 * The category suggester routing chooses by: the built-in one (version 0) or the version an administrator
 * activated. The active version's number is read at most every two seconds (not once per report), and at once after
 * this instance activated or rolled back; a version is trained from its examples only when it becomes active here.
 */
@Injectable()
export class ActiveCategorySuggester {
  private cached: { version: number; suggester: CategorySuggester; readAt: number } | null = null;

  constructor(private readonly training: SuggesterTraining) {}

  async current(tx: EntityManager): Promise<CategorySuggester> {
    if (this.cached && Date.now() - this.cached.readAt < REFRESH_MS) return this.cached.suggester;
    const [row]: { version: number }[] = await tx.query(`SELECT version FROM category_model_activations ORDER BY id DESC LIMIT 1`);
    const version = row?.version ?? 0;
    if (this.cached?.version === version) {
      this.cached.readAt = Date.now();
      return this.cached.suggester;
    }
    const suggester = version === 0 ? this.training.builtIn : this.training.train(await examplesOf(tx, version));
    this.cached = { version, suggester, readAt: Date.now() };
    return suggester;
  }

  /** Forget what was read: the next report reads the active version again. */
  invalidate(): void {
    this.cached = null;
  }
}

async function examplesOf(tx: EntityManager, version: number): Promise<TrainingExample[]> {
  const [row]: { examples: TrainingExample[] }[] = await tx.query(`SELECT examples FROM category_models WHERE version = $1`, [version]);
  return row?.examples ?? [];
}
