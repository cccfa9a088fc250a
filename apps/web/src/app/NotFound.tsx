import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useDocumentTitle } from './useDocumentTitle';

export function NotFound() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <>
      <Heading1>{t('notFound.title')}</Heading1>
      <Paragraph>{t('notFound.body')}</Paragraph>
      <Link to="/" className="utrecht-link">
        {t('notFound.home')}
      </Link>
    </>
  );
}
