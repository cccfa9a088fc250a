import { useTranslation } from 'react-i18next';

interface Props {
  model: { activatedAt: string | null; evaluation: { corpus: string; evaluatedAt: string } | null };
  active: boolean;
  date: (iso: string) => string;
}

/** A model version's state in its table: active since when, and evaluated on which corpus and when, or not yet. */
export function ModelVersionState({ model, active, date }: Props) {
  const { t } = useTranslation('beheer');
  const evaluated =
    model.evaluation && t('linkingModels.evaluatedOn', { corpus: model.evaluation.corpus, at: date(model.evaluation.evaluatedAt) });
  return (
    <>
      {active && (
        <strong>{model.activatedAt ? t('linkingModels.activeSince', { at: date(model.activatedAt) }) : t('linkingModels.activeNow')}</strong>
      )}
      {active && ' '}
      {evaluated ?? t('linkingModels.notEvaluated')}
    </>
  );
}
