import { useTranslation } from 'react-i18next';
import { ModelVersionsPage } from '../model-versions/ModelVersionsPage';
import { CATEGORY_MODEL_PROBLEMS } from './category-model-requests';
import { CategoryModelsTable } from './CategoryModelsTable';
import { useCategoryModelChanges, useCategoryModels } from './use-category-models';

/**
 * The administrators' category suggester: train a new version from the coordinators' category corrections and the
 * corpus's development half, evaluate it on the held-out half beside the built-in model, activate it with a reason,
 * or roll back. Routing chooses categories by the active version, and intake suggests by it while a resident types.
 */
export function CategoryModelsPage() {
  const { t } = useTranslation('beheer');
  return (
    <ModelVersionsPage
      id="category"
      title={t('categoryModels.title')}
      intro={t('categoryModels.intro')}
      howToRead={t('categoryModels.howToRead')}
      none={t('categoryModels.none')}
      builtInName={t('categoryModels.builtIn')}
      list={useCategoryModels()}
      changes={useCategoryModelChanges()}
      problems={CATEGORY_MODEL_PROBLEMS}
      trained={(model) => t('categoryModels.trained', { version: model.version, ...model.trainedOn })}
      activated={(version) => t('categoryModels.activated', { version })}
      table={(props) => <CategoryModelsTable {...props} />}
    />
  );
}
