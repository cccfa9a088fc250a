import { Alert, Button, ButtonGroup, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { knownProblemType } from '../werkbank/api-problem';
import { ProblemAlert } from '../werkbank/ProblemAlert';
import { LINKING_MODEL_PROBLEMS } from './linking-model-requests';
import { linkingModelRows } from './linking-model-rows';
import { BUILT_IN_VERSION } from './linking-model-types';
import { LinkingModelsTable } from './LinkingModelsTable';
import { ReasonForm } from './ReasonForm';
import { useLinkingModelChanges, useLinkingModels } from './use-linking-models';

type Asking = { kind: 'activate'; version: number } | { kind: 'rollback' } | null;

/**
 * The administrators' linking models: train a new version from coordinators' corrections and the corpus's
 * development half, evaluate it on the held-out half beside the built-in rules, activate it with a reason, or roll
 * back to the version before. Routing decides (administrators only, every change audited); this page asks.
 */
export function LinkingModelsPage() {
  const { t } = useTranslation('beheer');
  useDocumentTitle(t('linkingModels.title'));
  const list = useLinkingModels();
  const { train, evaluate, activate, rollback } = useLinkingModelChanges();
  const [asking, setAsking] = useState<Asking>(null);
  const versionName = (version: number) =>
    version === BUILT_IN_VERSION ? t('linkingModels.builtIn') : t('linkingModels.versionName', { version });
  /** One change at a time on the page: the outcome (or refusal) shown is the last one's. */
  const startOver = () => [train, evaluate, activate, rollback].forEach((change) => change.reset());
  const refusal = train.error ?? evaluate.error ?? activate.error ?? rollback.error;

  if (list.error) {
    return (
      <>
        <Heading1>{t('linkingModels.title')}</Heading1>
        <ProblemAlert error={list.error} />
      </>
    );
  }
  return (
    <>
      <Heading1>{t('linkingModels.title')}</Heading1>
      <Paragraph>{t('linkingModels.intro')}</Paragraph>
      {!list.data ? (
        <Paragraph aria-live="polite">{t('loading')}</Paragraph>
      ) : (
        <>
          <Paragraph data-testid="linking-active-version">
            {t('linkingModels.activeVersion', { name: versionName(list.data.activeVersion) })}
          </Paragraph>
          <ButtonGroup>
            <Button
              appearance="primary-action-button"
              disabled={train.isPending}
              onClick={() => {
                startOver();
                train.mutate();
              }}
            >
              {t('linkingModels.train')}
            </Button>
            <Button
              appearance="secondary-action-button"
              aria-expanded={asking?.kind === 'rollback'}
              onClick={() => setAsking({ kind: 'rollback' })}
            >
              {t('linkingModels.rollback')}
            </Button>
          </ButtonGroup>
          {train.isPending && <Paragraph aria-live="polite">{t('linkingModels.training')}</Paragraph>}
          {asking?.kind === 'rollback' && (
            <ReasonForm
              id="linking-rollback"
              title={t('linkingModels.rollbackTitle', { name: versionName(list.data.activeVersion) })}
              submitLabel={t('linkingModels.rollbackNow')}
              pending={rollback.isPending}
              onCancel={() => setAsking(null)}
              onSubmit={(reason) => {
                startOver();
                rollback.mutate(reason, { onSuccess: () => setAsking(null) });
              }}
            />
          )}
          {asking?.kind === 'activate' && (
            <ReasonForm
              key={asking.version}
              id="linking-activate"
              title={t('linkingModels.activateTitle', { version: asking.version })}
              submitLabel={t('linkingModels.activateNow', { version: asking.version })}
              pending={activate.isPending}
              onCancel={() => setAsking(null)}
              onSubmit={(reason) => {
                startOver();
                activate.mutate({ version: asking.version, reason }, { onSuccess: () => setAsking(null) });
              }}
            />
          )}
          <ProblemAlert
            error={refusal}
            explain={(problem) => {
              const type = knownProblemType(problem, LINKING_MODEL_PROBLEMS);
              return type && t(`linkingModels.problem.${type}`);
            }}
          />
          {(train.data || evaluate.data || activate.data || rollback.data) && (
            <Alert type="ok" role="status">
              {train.data && (
                <Paragraph>
                  {t('linkingModels.trained', { version: train.data.version, ...train.data.trainedOn })}
                </Paragraph>
              )}
              {evaluate.data && (
                <Paragraph>
                  {t('linkingModels.evaluated', {
                    version: evaluate.data.version,
                    corpus: evaluate.data.evaluation?.corpus ?? '—',
                  })}
                </Paragraph>
              )}
              {activate.data && (
                <Paragraph>{t('linkingModels.activated', { version: activate.data.version })}</Paragraph>
              )}
              {rollback.data && (
                <Paragraph>
                  {t('linkingModels.rolledBack', {
                    name: versionName(rollback.data.activeVersion),
                    previous: versionName(rollback.data.previousVersion),
                  })}
                </Paragraph>
              )}
            </Alert>
          )}
          <Heading2 id="linking-models-versions">{t('linkingModels.versions')}</Heading2>
          <Paragraph>{t('linkingModels.howToRead')}</Paragraph>
          {list.data.models.length === 0 ? (
            <Paragraph>{t('linkingModels.none')}</Paragraph>
          ) : (
            <LinkingModelsTable
              rows={linkingModelRows(list.data)}
              evaluating={evaluate.isPending ? (evaluate.variables ?? null) : null}
              activating={asking?.kind === 'activate' ? asking.version : null}
              onEvaluate={(version) => {
                startOver();
                evaluate.mutate(version);
              }}
              onActivate={(version) => setAsking({ kind: 'activate', version })}
            />
          )}
        </>
      )}
    </>
  );
}
