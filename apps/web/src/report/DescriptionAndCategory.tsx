import { useTranslation } from 'react-i18next';
import { Heading2 } from '@utrecht/component-library-react';
import { CategoryPicker } from './CategoryPicker';
import { DescriptionField } from './DescriptionField';
import { CategoryChoice } from './taxonomy';

interface Props {
  description: string;
  onDescription(value: string): void;
  choice: CategoryChoice | null;
  /** `byPerson`: the resident chose it (a later suggestion does not overrule it). */
  onChoice(choice: CategoryChoice | null, byPerson: boolean): void;
  chosenByPerson: boolean;
  descriptionError?: string;
}

/** Describe it; Loket suggests the kind of report as you type; the two-level taxonomy corrects it. */
export function DescriptionAndCategory({ description, onDescription, choice, onChoice, chosenByPerson, descriptionError }: Props) {
  const { t } = useTranslation('report');
  return (
    <section aria-labelledby="what-heading" className="loket-stack">
      <Heading2 id="what-heading">{t('what.heading')}</Heading2>
      <DescriptionField description={description} onDescription={onDescription} error={descriptionError} />
      <CategoryPicker text={description} choice={choice} onChoice={onChoice} chosenByPerson={chosenByPerson} />
    </section>
  );
}
