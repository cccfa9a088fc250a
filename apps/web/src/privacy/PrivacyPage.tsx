import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { myReports } from '../api/my-reports';
import { useDocumentTitle } from '../app/useDocumentTitle';

const KEPT = ['report', 'contact', 'consents', 'account', 'technical'] as const;
const WHO = ['professionals', 'contact', 'coordinators', 'public', 'nobody'] as const;
const RIGHTS = ['anonymous', 'link', 'myReports'] as const;

/**
 * The privacy statement: what Loket keeps of a report, for how long (the periods this installation is configured
 * with, as the feedback service tells them), who sees it, and what a person can do. Linked from the form and footer.
 */
export default function PrivacyPage() {
  const { t } = useTranslation('privacy');
  useDocumentTitle(t('title'));
  const facts = useQuery({ queryKey: ['privacy-facts'], queryFn: myReports.privacyFacts, staleTime: 60 * 60_000, retry: false });
  return (
    <article className="loket-stack" data-testid="privacy-page">
      <Heading1>{t('title')}</Heading1>
      <Paragraph lead>{t('intro')}</Paragraph>
      <section aria-labelledby="privacy-kept" className="loket-stack">
        <Heading2 id="privacy-kept">{t('keptHeading')}</Heading2>
        <ul className="utrecht-unordered-list">
          {KEPT.map((key) => (
            <li key={key} className="utrecht-unordered-list__item">{t(`kept.${key}`)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="privacy-how-long" className="loket-stack" data-testid="privacy-how-long">
        <Heading2 id="privacy-how-long">{t('howLongHeading')}</Heading2>
        <Paragraph>{facts.data ? t('howLong.contact', { count: facts.data.contactRetentionDays }) : t('howLong.contactUnknown')}</Paragraph>
        <Paragraph>{t('howLong.report')}</Paragraph>
        {facts.data && <Paragraph>{t('howLong.links', { count: facts.data.manageLinkDays, minutes: facts.data.dataLinkMinutes })}</Paragraph>}
      </section>
      <section aria-labelledby="privacy-who" className="loket-stack">
        <Heading2 id="privacy-who">{t('whoHeading')}</Heading2>
        <ul className="utrecht-unordered-list">
          {WHO.map((key) => (
            <li key={key} className="utrecht-unordered-list__item">{t(`who.${key}`)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="privacy-rights" className="loket-stack">
        <Heading2 id="privacy-rights">{t('rightsHeading')}</Heading2>
        <ul className="utrecht-unordered-list">
          {RIGHTS.map((key) => (
            <li key={key} className="utrecht-unordered-list__item">{t(`rights.${key}`)}</li>
          ))}
        </ul>
      </section>
      <Paragraph>
        <Link className="utrecht-link" to="/">
          {t('back')}
        </Link>
      </Paragraph>
    </article>
  );
}
