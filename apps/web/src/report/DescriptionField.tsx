import { useTranslation } from 'react-i18next';
import { FormFieldTextarea } from '@utrecht/component-library-react';

interface Props {
  description: string;
  onDescription(value: string): void;
  error?: string;
  /** Beside a forwarded chat message the reporter's own words are optional. */
  optional?: boolean;
}

/** What the reporter sees, in their own words (at most 5,000 characters, as intake takes). */
export function DescriptionField({ description, onDescription, error, optional = false }: Props) {
  const { t } = useTranslation('report');
  return (
    <FormFieldTextarea
      id="description"
      name="description"
      label={optional ? t('chat.ownWords') : t('what.label')}
      description={optional ? t('chat.ownWordsHint') : t('what.description')}
      value={description}
      rows={optional ? 3 : 5}
      maxLength={5000}
      required={!optional}
      invalid={!!error}
      errorMessage={error}
      onChange={(event) => onDescription(event.target.value)}
    />
  );
}
