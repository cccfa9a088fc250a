import { useTranslation } from 'react-i18next';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { NearbyCase, SimilarCase } from '../../api/routing';
import { Capabilities } from '../capabilities';
import { CategoryChoice } from '../taxonomy';
import { LatLon } from '../where/lat-lon';
import { caseListsOf } from './case-lists';
import { NearbyCaseItem } from './NearbyCaseItem';
import { useNearbyCases } from './use-nearby-cases';
import { useSimilarCases } from './use-similar-cases';

interface Props {
  location: LatLon;
  choice: CategoryChoice | null;
  /** What the resident has typed so far: routing judges which nearby cases it probably describes. */
  text: string;
  offers: Pick<Capabilities, 'nearby' | 'similar'>;
  canFollow: boolean;
  onFollow(caseId: string): void;
  following: string | null;
}

/**
 * "Is it one of these?": the open public cases (redacted by routing) that routing judges the same as what the
 * resident is typing, with how sure it is, then the other ones nearby; follow one instead of reporting it again.
 * The judged list is announced politely as it changes, so its region stays in place even while it is empty.
 */
export function NearbyCases({ location, choice, text, offers, canFollow, onFollow, following }: Props) {
  const { t } = useTranslation('report');
  const judged = useSimilarCases(location, choice, text, offers.similar);
  const nearby = useNearbyCases(location, choice, offers.nearby);
  const lists = caseListsOf(judged, nearby);
  const any = lists.judged.length > 0 || lists.nearby.length > 0;
  const item = (c: NearbyCase, judgement?: SimilarCase) => (
    <NearbyCaseItem
      key={c.caseId}
      publicCase={c}
      judgement={judgement}
      canFollow={canFollow}
      followed={following === c.caseId}
      onFollow={onFollow}
    />
  );
  return (
    <section
      aria-labelledby={any ? 'nearby-heading' : undefined}
      className="loket-stack"
      data-testid="nearby-cases"
    >
      {any && (
        <>
          <Heading2 id="nearby-heading">{t('nearby.heading')}</Heading2>
          <Paragraph>{t('nearby.intro')}</Paragraph>
        </>
      )}
      <div aria-live="polite" data-testid="similar-cases">
        {lists.judged.length > 0 && (
          <>
            <Paragraph id="similar-cases-label">{t('nearby.judged')}</Paragraph>
            <ul className="loket-case-list" aria-labelledby="similar-cases-label">
              {lists.judged.map((c) => item(c, c))}
            </ul>
          </>
        )}
      </div>
      {lists.nearby.length > 0 && <ul className="loket-case-list">{lists.nearby.map((c) => item(c))}</ul>}
    </section>
  );
}
