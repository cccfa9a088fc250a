import { Alert, Button, ButtonGroup, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { ReasonForm } from '../linking/ReasonForm';
import { knownProblemType } from '../werkbank/api-problem';
import { ProblemAlert } from '../werkbank/ProblemAlert';

/** What every model version routing keeps has: its number and, once evaluated, the corpus it was evaluated on. */
export interface ModelVersion {
  version: number;
  evaluation: { corpus: string } | null;
}

export interface ModelVersionList<M extends ModelVersion> {
  activeVersion: number;
  models: M[];
}

export interface RolledBackVersion {
  activeVersion: number;
  previousVersion: number;
}

/** The administrators' four changes, as the page's hooks make them. */
export interface ModelVersionChanges<M extends ModelVersion> {
  train: UseMutationResult<M, Error, void>;
  evaluate: UseMutationResult<M, Error, number>;
  activate: UseMutationResult<M, Error, { version: number; reason: string }>;
  rollback: UseMutationResult<RolledBackVersion, Error, string>;
}

export interface ModelVersionTableProps<M extends ModelVersion> {
  list: ModelVersionList<M>;
  /** The version being evaluated now (its button waits), if any. */
  evaluating: number | null;
  /** The version whose activation form is open, if any. */
  activating: number | null;
  onEvaluate(version: number): void;
  onActivate(version: number): void;
}

interface Props<M extends ModelVersion> {
  /** `linking` or `category`: the page's element ids (`<id>-active-version`, `<id>-models-versions`, …). */
  id: string;
  title: string;
  intro: string;
  howToRead: string;
  /** Said instead of the table when no version was trained yet. */
  none: string;
  /** What version 0 is called ("the built-in rules"). */
  builtInName: string;
  list: UseQueryResult<ModelVersionList<M>>;
  changes: ModelVersionChanges<M>;
  /** The refusals the page explains in its own words (`linkingModels.problem.<type>`). */
  problems: readonly string[];
  trained(model: M): string;
  activated(version: number): string;
  table(props: ModelVersionTableProps<M>): ReactNode;
}

type Asking = { kind: 'activate'; version: number } | { kind: 'rollback' } | null;

/**
 * An administrators' page for a model routing learns (the linker's rules, the category suggester): train a new
 * version, evaluate it on the held-out half of the corpus beside the built-in one, activate it with a reason, or roll
 * back to the version before. Routing decides (administrators only, every change audited); this page asks.
 */
export function ModelVersionsPage<M extends ModelVersion>(props: Props<M>) {
  const { id, list, changes, problems } = props;
  const { t } = useTranslation('beheer');
  useDocumentTitle(props.title);
  const { train, evaluate, activate, rollback } = changes;
  const [asking, setAsking] = useState<Asking>(null);
  const versionName = (version: number) => (version === 0 ? props.builtInName : t('linkingModels.versionName', { version }));
  /** One change at a time on the page: the outcome (or refusal) shown is the last one's. */
  const startOver = () => [train, evaluate, activate, rollback].forEach((change) => change.reset());
  const refusal = train.error ?? evaluate.error ?? activate.error ?? rollback.error;

  if (list.error) {
    return (
      <>
        <Heading1>{props.title}</Heading1>
        <ProblemAlert error={list.error} />
      </>
    );
  }
  return (
    <>
      <Heading1>{props.title}</Heading1>
      <Paragraph>{props.intro}</Paragraph>
      {!list.data ? (
        <Paragraph aria-live="polite">{t('loading')}</Paragraph>
      ) : (
        <>
          <Paragraph data-testid={`${id}-active-version`}>
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
              id={`${id}-rollback`}
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
              id={`${id}-activate`}
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
              const type = knownProblemType(problem, problems);
              return type && t(`linkingModels.problem.${type}`);
            }}
          />
          {(train.data || evaluate.data || activate.data || rollback.data) && (
            <Alert type="ok" role="status">
              {train.data && <Paragraph>{props.trained(train.data)}</Paragraph>}
              {evaluate.data && (
                <Paragraph>
                  {t('linkingModels.evaluated', { version: evaluate.data.version, corpus: evaluate.data.evaluation?.corpus ?? '—' })}
                </Paragraph>
              )}
              {activate.data && <Paragraph>{props.activated(activate.data.version)}</Paragraph>}
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
          <Heading2 id={`${id}-models-versions`}>{t('linkingModels.versions')}</Heading2>
          <Paragraph>{props.howToRead}</Paragraph>
          {list.data.models.length === 0 ? (
            <Paragraph>{props.none}</Paragraph>
          ) : (
            props.table({
              list: list.data,
              evaluating: evaluate.isPending ? (evaluate.variables ?? null) : null,
              activating: asking?.kind === 'activate' ? asking.version : null,
              onEvaluate: (version) => {
                startOver();
                evaluate.mutate(version);
              },
              onActivate: (version) => setAsking({ kind: 'activate', version }),
            })
          )}
        </>
      )}
    </>
  );
}
