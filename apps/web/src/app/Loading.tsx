import { useTranslation } from 'react-i18next';
import { Paragraph } from '@utrecht/component-library-react';

export function Loading() {
  const { t } = useTranslation();
  return (
    <Paragraph role="status" aria-live="polite">
      {t('loading')}
    </Paragraph>
  );
}
