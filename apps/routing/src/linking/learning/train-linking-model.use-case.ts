import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Principal } from '@loket/auth';
import { ProblemException } from '@loket/http';
import { DEFAULT_LINKING_RULES, fitLinkingRules, IncidentLinkingError } from '@loket/incident-linking';
import type { FittedLinkingRules, LinkingExample } from '@loket/incident-linking';
import { AdminAudit } from '../../audit/admin-audit';
import { LinkingCorpus } from './linking-corpus';
import { LinkingExampleRecord } from './linking-example.entity';
import type { LinkingModelView } from './linking-model-view';
import { LinkingModelRecord } from './linking-model.entity';
import { LinkingModelsQuery } from './linking-models.query';

/** How many of the newest corrections one training reads at most. */
const MAX_CORRECTIONS = 100_000;

/**
 * An administrator trains a new version of the linker's weights, category scores and thresholds from the
 * coordinators' corrections plus the development half of the corpus (reach and related categories stay the
 * built-in ones). The version is stored, not used: it has to be evaluated and then activated.
 */
@Injectable()
export class TrainLinkingModel {
  constructor(
    private readonly dataSource: DataSource,
    private readonly corpus: LinkingCorpus,
    private readonly models: LinkingModelsQuery,
    private readonly audit: AdminAudit,
  ) {}

  execute(actor: Principal): Promise<LinkingModelView> {
    return this.dataSource.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('linking_models'))`);
      const corrections = await tx.find(LinkingExampleRecord, { where: { withinReach: true }, order: { id: 'DESC' }, take: MAX_CORRECTIONS });
      const corpusExamples = this.corpus.developmentExamples(DEFAULT_LINKING_RULES);
      const fitted = fit([...corrections.map(exampleOf), ...corpusExamples]);
      const [{ next }]: { next: number }[] = await tx.query(`SELECT COALESCE(MAX(version), 0) + 1 AS next FROM linking_models`);
      const trainedOn = {
        corrections: corrections.length,
        corpusExamples: corpusExamples.length,
        sameIncident: fitted.trainedOn.sameIncident,
        differentIncident: fitted.trainedOn.differentIncident,
      };
      await tx.insert(LinkingModelRecord, { version: next, createdBy: actor.username, rules: fitted.rules, trainedOn, evaluation: null });
      await this.audit.record(tx, actor, {
        action: 'linking-model.trained',
        subjectType: 'linking-model',
        subjectId: String(next),
        before: null,
        after: { version: next, trainedOn, coefficients: fitted.coefficients, onTrainingExamples: fitted.onTrainingExamples },
      });
      return this.models.one(tx, next);
    });
  }
}

function exampleOf(record: LinkingExampleRecord): LinkingExample {
  return {
    sameIncident: record.sameIncident,
    distance: record.distance,
    time: record.time,
    text: record.text,
    categoryLevel: record.categoryLevel,
    ruledOutByText: record.ruledOutByText ?? undefined,
  };
}

function fit(examples: LinkingExample[]): FittedLinkingRules {
  try {
    return fitLinkingRules(examples, DEFAULT_LINKING_RULES);
  } catch (error) {
    if (error instanceof IncidentLinkingError && error.code === 'too-few-examples') {
      throw new ProblemException(422, 'too-few-examples', 'Too few examples to learn from', error.message);
    }
    throw error;
  }
}
