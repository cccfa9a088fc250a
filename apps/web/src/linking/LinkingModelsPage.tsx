import { useTranslation } from 'react-i18next';
import { ModelVersionsPage } from '../model-versions/ModelVersionsPage';
import { LINKING_MODEL_PROBLEMS } from './linking-model-requests';
import { linkingModelRows } from './linking-model-rows';
import { LinkingModelsTable } from './LinkingModelsTable';
import { useLinkingModelChanges, useLinkingModels } from './use-linking-models';

/**
 * The administrators' linking models: train a new version from coordinators' corrections and the corpus's
 * development half, evaluate it on the held-out half beside the built-in rules, activate it with a reason, or roll
 * back to the version before. Routing decides (administrators only, every change audited); this page asks.
 */
export function LinkingModelsPage() {
  const { t } = useTranslation('beheer');
  return (
    <ModelVersionsPage
      id="linking"
      title={t('linkingModels.title')}
      intro={t('linkingModels.intro')}
      howToRead={t('linkingModels.howToRead')}
      none={t('linkingModels.none')}
      builtInName={t('linkingModels.builtIn')}
      list={useLinkingModels()}
      changes={useLinkingModelChanges()}
      problems={LINKING_MODEL_PROBLEMS}
      trained={(model) => t('linkingModels.trained', { version: model.version, ...model.trainedOn })}
      activated={(version) => t('linkingModels.activated', { version })}
      table={({ list, ...rest }) => <LinkingModelsTable rows={linkingModelRows(list)} {...rest} />}
    />
  );
}
