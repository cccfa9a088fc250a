import { useTranslation } from 'react-i18next';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useDocumentTitle } from '../app/useDocumentTitle';

export default function ReportPage() {
  const { t } = useTranslation('report');
  useDocumentTitle(t('title'));
  return (
    <>
      <Heading1>{t('title')}</Heading1>
      <Paragraph lead>{t('intro')}</Paragraph>
    </>
  );
}
