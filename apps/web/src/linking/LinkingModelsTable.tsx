import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ModelVersionActions } from '../model-versions/ModelVersionActions';
import { ModelVersionState } from '../model-versions/ModelVersionState';
import type { LinkingModelRow } from './linking-model-rows';
import { EVALUATION_FIGURES, type EvaluationFigure, type LinkingModelView } from './linking-model-types';
import { formatDecimal, formatProportion, type Proportion } from './proportion';

interface Props {
  rows: LinkingModelRow[];
  /** The version being evaluated now (its button waits), if any. */
  evaluating: number | null;
  /** The version whose activation form is open, if any. */
  activating: number | null;
  onEvaluate(version: number): void;
  onActivate(version: number): void;
}

/**
 * The linking model's versions side by side: who made each and from what, the rules it sets, and — once evaluated
 * on the held-out half of the corpus — its figures beside the built-in rules' on the same corpus. Evaluate and
 * activate per version; activation waits, said why, until the version is evaluated.
 */
export function LinkingModelsTable({ rows, evaluating, activating, onEvaluate, onActivate }: Props) {
  const { t, i18n } = useTranslation('beheer');
  const language = i18n.language;
  const decimal = (value: number) => formatDecimal(value, language);
  const date = (iso: string) =>
    new Date(iso).toLocaleString(language, { dateStyle: 'medium', timeStyle: 'short' });
  const figure = (p: Proportion) => formatProportion(p, language) ?? t('linkingModels.noTrials');
  return (
    <div className="werkbank-scroll" role="region" aria-labelledby="linking-models-versions" tabIndex={0}>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('linkingModels.column.version')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('linkingModels.column.state')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('linkingModels.column.created')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('linkingModels.column.trainedOn')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('linkingModels.column.weights')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('linkingModels.column.thresholds')}</TableHeaderCell>
            {EVALUATION_FIGURES.map((f) => (
              <TableHeaderCell scope="col" key={f}>
                {t(`linkingModels.figure.${f}`)}
              </TableHeaderCell>
            ))}
            <TableHeaderCell scope="col">{t('linkingModels.column.actions')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map(({ model, active, evaluable }) => {
            const { version, rules, trainedOn } = model;
            return (
              <TableRow key={version} data-version={version}>
                <TableHeaderCell scope="row">{version}</TableHeaderCell>
                <TableCell>
                  <ModelVersionState model={model} active={active} date={date} />
                </TableCell>
                <TableCell>
                  {t('linkingModels.byAt', { by: model.createdBy, at: date(model.createdAt) })}
                </TableCell>
                <TableCell>{t('linkingModels.trainedOnValue', { ...trainedOn })}</TableCell>
                <TableCell>
                  {t('linkingModels.weightsValue', {
                    distance: decimal(rules.weights.distance),
                    time: decimal(rules.weights.time),
                    category: decimal(rules.weights.category),
                    text: decimal(rules.weights.text),
                  })}
                </TableCell>
                <TableCell>
                  {t('linkingModels.thresholdsValue', {
                    link: decimal(rules.linkThreshold),
                    grey: decimal(rules.greyZoneThreshold),
                  })}
                </TableCell>
                {EVALUATION_FIGURES.map((f) => (
                  <TableCell key={f} data-figure={f}>
                    <EvaluationCell model={model} figure={f} show={figure} />
                  </TableCell>
                ))}
                <TableCell>
                  <ModelVersionActions
                    version={version}
                    active={active}
                    evaluated={!evaluable}
                    idPrefix="linking-model"
                    evaluating={evaluating}
                    activating={activating}
                    onEvaluate={onEvaluate}
                    onActivate={onActivate}
                  />
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}

/** The version's figure and, beneath it, the built-in rules' on the same corpus. */
function EvaluationCell({
  model,
  figure,
  show,
}: {
  model: LinkingModelView;
  figure: EvaluationFigure;
  show: (p: Proportion) => string;
}) {
  const { t } = useTranslation('beheer');
  if (!model.evaluation) return <>—</>;
  const baseline = model.evaluation.baseline?.[figure];
  return (
    <>
      <span className="linking-figure">{show(model.evaluation[figure])}</span>
      {baseline && (
        <span className="linking-figure linking-figure--baseline">
          {t('linkingModels.baseline', { figure: show(baseline) })}
        </span>
      )}
    </>
  );
}
