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
import { formatProportion, type Proportion } from '../linking/proportion';
import type { ModelVersionTableProps } from '../model-versions/ModelVersionsPage';
import { SUGGESTION_FIGURES, type CategoryModelView } from './category-model-types';

/**
 * The category suggester's versions, newest first: who made each and from what, and — once evaluated on the
 * held-out half of the corpus — its top-1 and top-3 beside the built-in model's on the same reports. Evaluate and
 * activate per version; activation waits, said why, until the version is evaluated. Which one is active comes from
 * the list's `activeVersion`, so a stale flag on a version cannot show two.
 */
export function CategoryModelsTable({ list, evaluating, activating, onEvaluate, onActivate }: ModelVersionTableProps<CategoryModelView>) {
  const { t, i18n } = useTranslation('beheer');
  const language = i18n.language;
  const date = (iso: string) => new Date(iso).toLocaleString(language, { dateStyle: 'medium', timeStyle: 'short' });
  const figure = (p: Proportion) => formatProportion(p, language) ?? t('linkingModels.noTrials');
  const rows = [...list.models].sort((a, b) => b.version - a.version);
  return (
    <div className="werkbank-scroll" role="region" aria-labelledby="category-models-versions" tabIndex={0}>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('linkingModels.column.version')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('linkingModels.column.state')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('linkingModels.column.created')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('linkingModels.column.trainedOn')}</TableHeaderCell>
            {SUGGESTION_FIGURES.map((f) => (
              <TableHeaderCell scope="col" key={f}>
                {t(`categoryModels.figure.${f}`)}
              </TableHeaderCell>
            ))}
            <TableHeaderCell scope="col">{t('linkingModels.column.actions')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((model) => {
            const { version, evaluation } = model;
            const active = version === list.activeVersion;
            return (
              <TableRow key={version} data-version={version}>
                <TableHeaderCell scope="row">{version}</TableHeaderCell>
                <TableCell>
                  <ModelVersionState model={model} active={active} date={date} />
                </TableCell>
                <TableCell>{t('linkingModels.byAt', { by: model.createdBy, at: date(model.createdAt) })}</TableCell>
                <TableCell>{t('categoryModels.trainedOnValue', { ...model.trainedOn })}</TableCell>
                {SUGGESTION_FIGURES.map((f) => (
                  <TableCell key={f} data-figure={f}>
                    {evaluation ? (
                      <>
                        <span className="linking-figure">{figure(evaluation[f])}</span>
                        <span className="linking-figure linking-figure--baseline">
                          {t('categoryModels.baseline', { figure: figure(evaluation.baseline[f]) })}
                        </span>
                      </>
                    ) : (
                      '—'
                    )}
                  </TableCell>
                ))}
                <TableCell>
                  <ModelVersionActions
                    version={version}
                    active={active}
                    evaluated={evaluation !== null}
                    idPrefix="category-model"
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
