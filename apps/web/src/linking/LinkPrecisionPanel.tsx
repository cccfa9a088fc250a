import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../werkbank/ProblemAlert';
import { hasRole, useApi, usePrincipal } from '../werkbank/session';
import { linkPrecisionPath, PRECISION_DAYS, type LinkPrecision } from './link-precision';
import { formatProportion } from './proportion';

/**
 * For coordinators and administrators (insights): how right the automatic links of the last 30 days were, as
 * coordinators' corrections measure it — confirmed, undone, still awaiting review, and the precision with its 95 %
 * interval. Not asked for anyone else; a failure is said in the panel, the rest of the page stays.
 */
export function LinkPrecisionPanel() {
  const mayRead = hasRole(usePrincipal(), 'coordinator', 'admin');
  return mayRead ? <MeasuredPrecision /> : null;
}

function MeasuredPrecision() {
  const { t, i18n } = useTranslation('werkbank');
  const api = useApi();
  const measured = useQuery({
    queryKey: ['linking', 'precision', PRECISION_DAYS],
    queryFn: () => api.get<LinkPrecision>(linkPrecisionPath(PRECISION_DAYS)),
    retry: false,
  });
  const data = measured.data;
  const precision = data?.precision ? formatProportion(data.precision, i18n.language) : null;
  return (
    <section aria-labelledby="link-precision-heading" data-testid="link-precision-panel">
      <Heading2 id="link-precision-heading">
        {t('linking.precision.heading', { days: data?.days ?? PRECISION_DAYS })}
      </Heading2>
      <Paragraph>{t('linking.precision.intro')}</Paragraph>
      <ProblemAlert
        error={measured.error}
        explain={(problem) => (problem.missing ? t('linking.precision.unavailable') : undefined)}
      />
      {measured.isPending && <Paragraph aria-live="polite">{t('loading')}</Paragraph>}
      {data && (
        <>
          <Paragraph>
            {t('linking.precision.since', {
              since: new Date(data.since).toLocaleDateString(i18n.language, { dateStyle: 'long' }),
            })}
          </Paragraph>
          <dl className="werkbank-facts">
            <dt>{t('linking.precision.linksMade')}</dt>
            <dd data-figure="linksMade">{data.linksMade}</dd>
            <dt>{t('linking.precision.confirmed')}</dt>
            <dd data-figure="confirmed">{data.confirmed}</dd>
            <dt>{t('linking.precision.undone')}</dt>
            <dd data-figure="undone">{data.undone}</dd>
            <dt>{t('linking.precision.awaitingReview')}</dt>
            <dd data-figure="awaitingReview">{data.awaitingReview}</dd>
            <dt>{t('linking.precision.precision')}</dt>
            <dd data-figure="precision">
              {precision ?? <span className="werkbank-suppressed">{t('linking.precision.notMeasured')}</span>}
            </dd>
          </dl>
          {precision && <Paragraph>{t('linking.precision.reading')}</Paragraph>}
        </>
      )}
    </section>
  );
}
