import { useTranslation } from 'react-i18next';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useDocumentTitle } from '../app/useDocumentTitle';

export default function ReporterLinkPage() {
  const { t } = useTranslation('track');
  useDocumentTitle(t('title'));
  return (
    <>
      <Heading1>{t('title')}</Heading1>
      <Paragraph>{t('intro')}</Paragraph>
    </>
  );
}
