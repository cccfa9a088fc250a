import type { LinkingFigures } from '@loket/evaluation';
import type { LinkingFiguresView, LinkingModelView, ProportionView } from './linking-model-view';
import type { LinkingModelRecord } from './linking-model.entity';
import { versionHeader } from '../../model-versions/model-activations';

export function proportionView(p: { rate: number; low: number; high: number; successes: number; trials: number }): ProportionView {
  const round = (x: number) => Math.round(x * 10_000) / 10_000;
  return { rate: round(p.rate), low: round(p.low), high: round(p.high), successes: p.successes, trials: p.trials };
}

export function figuresView(figures: LinkingFigures): LinkingFiguresView {
  return {
    recall: proportionView(figures.recall),
    falseLinkRate: proportionView(figures.falseLinkRate),
    greyRate: proportionView(figures.greyRate),
  };
}

export function modelView(record: LinkingModelRecord, active: { version: number; activatedAt: Date | null }): LinkingModelView {
  const { weights, categoryScores, linkThreshold, greyZoneThreshold } = record.rules;
  return {
    ...versionHeader(record, active),
    trainedOn: record.trainedOn,
    rules: { weights, categoryScores, linkThreshold, greyZoneThreshold },
    evaluation: record.evaluation,
  };
}
