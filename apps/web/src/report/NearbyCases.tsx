import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { routing } from '../api/routing';
import { currentLanguage } from '../i18n/i18n';
import { CategoryChoice, choiceName, useTaxonomy } from './taxonomy';
import { LatLon } from './where/lat-lon';

interface Props {
  location: LatLon;
  choice: CategoryChoice | null;
  canFollow: boolean;
  onFollow(caseId: string): void;
  following: string | null;
}

/** "Is it one of these?": open public cases nearby (redacted by routing); follow one instead of reporting again. */
export function NearbyCases({ location, choice, canFollow, onFollow, following }: Props) {
  const { t, i18n } = useTranslation('report');
  const language = currentLanguage(i18n);
  const taxonomy = useTaxonomy();
  const nearby = useQuery({
    queryKey: ['nearby', location.lat.toFixed(4), location.lon.toFixed(4), choice?.category],
    queryFn: () => routing.nearbyCases(location.lat, location.lon, choice?.category),
    retry: false,
  });
  const cases = nearby.data ?? [];
  if (cases.length === 0) return null;
  const date = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long' });
  return (
    <section aria-labelledby="nearby-heading" className="loket-stack" data-testid="nearby-cases">
      <Heading2 id="nearby-heading">{t('nearby.heading')}</Heading2>
      <Paragraph>{t('nearby.intro')}</Paragraph>
      <ul className="loket-case-list">
        {cases.slice(0, 5).map((c) => (
          <li key={c.caseId}>
            <Heading3>{choiceName({ category: c.category, subcategory: c.subcategory }, taxonomy.data, language)}</Heading3>
            <Paragraph>{c.description}</Paragraph>
            <Paragraph small>
              {t('nearby.since', { date: date.format(new Date(c.openedAt)) })} · {t('nearby.reports', { count: c.reportCount })}
            </Paragraph>
            {canFollow &&
              (following === c.caseId ? (
                <Paragraph role="status">{t('nearby.followed')}</Paragraph>
              ) : (
                <Button appearance="secondary-action-button" onClick={() => onFollow(c.caseId)}>
                  {t('nearby.follow')}
                </Button>
              ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
