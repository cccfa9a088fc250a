import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

interface Props {
  version: number;
  active: boolean;
  /** It has an evaluation on the held-out half: then it may be activated, and evaluating again is not offered. */
  evaluated: boolean;
  /** Makes the id of the "why not" paragraph unique on the page, e.g. `linking-model`. */
  idPrefix: string;
  /** The version being evaluated now (its button waits), if any. */
  evaluating: number | null;
  /** The version whose activation form is open, if any. */
  activating: number | null;
  onEvaluate(version: number): void;
  onActivate(version: number): void;
}

/**
 * A model version's actions in its table: evaluate until it is evaluated, activate unless it is active — waiting,
 * said why, until it is evaluated — and a polite word while its evaluation runs.
 */
export function ModelVersionActions({ version, active, evaluated, idPrefix, evaluating, activating, onEvaluate, onActivate }: Props) {
  const { t } = useTranslation('beheer');
  const whyNot = `${idPrefix}-${version}-why-not`;
  const blocked = !active && !evaluated;
  return (
    <>
      <ButtonGroup>
        {!evaluated && (
          <Button appearance="secondary-action-button" disabled={evaluating !== null} onClick={() => onEvaluate(version)}>
            {t('linkingModels.evaluate', { version })}
          </Button>
        )}
        {!active && (
          <Button
            appearance="primary-action-button"
            disabled={!evaluated}
            aria-describedby={blocked ? whyNot : undefined}
            aria-expanded={activating === version}
            onClick={() => onActivate(version)}
          >
            {t('linkingModels.activate', { version })}
          </Button>
        )}
      </ButtonGroup>
      {blocked && <Paragraph id={whyNot}>{t('linkingModels.activationBlock.not-evaluated')}</Paragraph>}
      {evaluating === version && <Paragraph aria-live="polite">{t('linkingModels.evaluating', { version })}</Paragraph>}
    </>
  );
}
