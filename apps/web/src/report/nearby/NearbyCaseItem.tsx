import { useTranslation } from 'react-i18next';
import { Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import { NearbyCase, SimilarCase } from '../../api/routing';
import { currentLanguage } from '../../i18n/i18n';
import { choiceName, useTaxonomy } from '../taxonomy';
import { LikelihoodBadge } from './LikelihoodBadge';

interface Props {
  publicCase: NearbyCase;
  /** Routing's judgement against the resident's text, for a case in the judged list. */
  judgement?: Pick<SimilarCase, 'likelihood' | 'sharedWords'>;
  canFollow: boolean;
  followed: boolean;
  onFollow(caseId: string): void;
}

/** One known case: what and since when, how sure routing is that it is the same (when it judged), and "follow this report". */
export function NearbyCaseItem({ publicCase: c, judgement, canFollow, followed, onFollow }: Props) {
  const { t, i18n } = useTranslation('report');
  const language = currentLanguage(i18n);
  const taxonomy = useTaxonomy();
  const date = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long' });
  return (
    <li>
      {judgement && (
        <Paragraph>
          <LikelihoodBadge likelihood={judgement.likelihood} />
        </Paragraph>
      )}
      <Heading3>
        {choiceName({ category: c.category, subcategory: c.subcategory }, taxonomy.data, language)}
      </Heading3>
      <Paragraph>{c.description}</Paragraph>
      {judgement && judgement.sharedWords.length > 0 && (
        <Paragraph small>{t('nearby.sharedWords', { words: judgement.sharedWords.join(', ') })}</Paragraph>
      )}
      <Paragraph small>
        {t('nearby.since', { date: date.format(new Date(c.openedAt)) })} ·{' '}
        {t('nearby.reports', { count: c.reportCount })}
      </Paragraph>
      {canFollow &&
        (followed ? (
          <Paragraph role="status">{t('nearby.followed')}</Paragraph>
        ) : (
          <Button appearance="secondary-action-button" onClick={() => onFollow(c.caseId)}>
            {t('nearby.follow')}
          </Button>
        ))}
    </li>
  );
}
