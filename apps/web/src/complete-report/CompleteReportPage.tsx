import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Alert, Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { ApiProblem } from '../api/http';
import { mailReports } from '../api/mail-reports';
import { Loading } from '../app/Loading';
import { ProblemMessage } from '../app/ProblemMessage';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { useCapabilities } from '../report/capabilities';
import { LatLon } from '../report/where/lat-lon';
import { WhereSection } from '../report/where/WhereSection';

/**
 * Where the link in Loket's answer to a mail without a place lands: the report as read from the mail, and the
 * loket's own "where" (map, own location, address search) to give its place. Sending submits the report; the
 * receipt with the tracking code comes by e-mail, as the reporter gave no other way to reach them.
 */
export default function CompleteReportPage() {
  const { t, i18n } = useTranslation('complete-report');
  useDocumentTitle(t('title'));
  const { token = '' } = useParams();
  const capabilities = useCapabilities();
  const [location, setLocation] = useState<LatLon | null>(null);
  const [outside, setOutside] = useState(false);
  const [missing, setMissing] = useState(false);
  const report = useQuery({ queryKey: ['mail-report', token], queryFn: () => mailReports.awaiting(token), retry: false });
  const complete = useMutation({ mutationFn: (place: LatLon) => mailReports.complete(token, place) });
  const unknown = (error: unknown) => error instanceof ApiProblem && error.status === 404;

  const send = () => {
    if (!location) return setMissing(true);
    if (!outside) complete.mutate(location);
  };

  if (complete.isSuccess) {
    return (
      <div className="loket-stack">
        <Heading1>{t('title')}</Heading1>
        <Alert type="ok" role="status">
          <Paragraph>{t('done')}</Paragraph>
        </Alert>
      </div>
    );
  }
  return (
    <div className="loket-stack">
      <Heading1>{t('title')}</Heading1>
      {report.isPending && <Loading />}
      {report.isError &&
        (unknown(report.error) ? (
          <Alert type="info" role="status">
            <Paragraph>{t('unknown')}</Paragraph>
          </Alert>
        ) : (
          <ProblemMessage error={report.error} />
        ))}
      {report.data && (
        <>
          <Paragraph>{t('intro', { date: new Date(report.data.expiresAt).toLocaleDateString(i18n.language, { day: 'numeric', month: 'long' }) })}</Paragraph>
          <section aria-labelledby="mail-report-heading" className="loket-stack">
            <Heading2 id="mail-report-heading">{t('yourReport')}</Heading2>
            <Paragraph className="loket-message" data-testid="mail-report-description">
              {report.data.description}
            </Paragraph>
            {report.data.photos > 0 && <Paragraph>{t('photos', { count: report.data.photos })}</Paragraph>}
          </section>
          <WhereSection
            location={location}
            onLocation={(place) => {
              setMissing(false);
              setLocation(place);
            }}
            capabilities={capabilities}
            {...(missing ? { error: t('whereMissing') } : {})}
            onOutside={setOutside}
          />
          {complete.isError &&
            (unknown(complete.error) ? (
              <Alert type="info" role="status">
                <Paragraph>{t('unknown')}</Paragraph>
              </Alert>
            ) : (
              <ProblemMessage error={complete.error} />
            ))}
          <div className="loket-actions">
            <Button appearance="primary-action-button" onClick={send} busy={complete.isPending} disabled={outside}>
              {t('send')}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
