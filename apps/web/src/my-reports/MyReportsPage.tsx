import { useQuery } from '@tanstack/react-query';
import { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert, Button, Heading1, Paragraph } from '@utrecht/component-library-react';
import { myReports } from '../api/my-reports';
import { Loading } from '../app/Loading';
import { ProblemMessage } from '../app/ProblemMessage';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { useAuth } from '../auth/auth';
import { currentLanguage } from '../i18n/i18n';

/** Residents and volunteers have reports of their own; anyone else is told so (the API refuses them anyway). */
export function SignedInReporter({ returnTo, children }: { returnTo: string; children: ReactNode }) {
  const { t } = useTranslation('my-reports');
  const auth = useAuth();
  if (auth.loading) return <Loading />;
  if (!auth.person) {
    return (
      <>
        <Paragraph>{t('signInFirst')}</Paragraph>
        <Button appearance="primary-action-button" onClick={() => void auth.signIn(returnTo)}>
          {t('signIn')}
        </Button>
      </>
    );
  }
  if (!['resident', 'volunteer'].some((role) => auth.person?.roles.includes(role))) {
    return (
      <Alert type="info">
        <Paragraph>{t('notForYou')}</Paragraph>
      </Alert>
    );
  }
  return <>{children}</>;
}

/** "My reports": a signed-in resident's or volunteer's own reports, each with its status in plain words. */
export default function MyReportsPage() {
  const { t } = useTranslation('my-reports');
  useDocumentTitle(t('title'));
  return (
    <div className="loket-stack">
      <Heading1>{t('title')}</Heading1>
      <Paragraph>{t('intro')}</Paragraph>
      <SignedInReporter returnTo="/mijn-meldingen">
        <MyReportsList />
      </SignedInReporter>
      <Paragraph>
        <Link className="utrecht-link" to="/volgen">
          {t('track')}
        </Link>
      </Paragraph>
    </div>
  );
}

function MyReportsList() {
  const { t, i18n } = useTranslation(['my-reports', 'track']);
  const mine = useQuery({ queryKey: ['my-reports'], queryFn: myReports.list, retry: false });
  const date = new Intl.DateTimeFormat(currentLanguage(i18n) === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long' });
  if (mine.isLoading) return <Loading />;
  if (mine.isError) return <ProblemMessage error={mine.error} />;
  const reports = mine.data?.reports ?? [];
  if (reports.length === 0) {
    return (
      <>
        <Paragraph data-testid="my-reports-none">{t('none')}</Paragraph>
        <Paragraph>
          <Link className="utrecht-link" to="/">
            {t('newReport')}
          </Link>
        </Paragraph>
      </>
    );
  }
  return (
    <ul className="loket-case-list" aria-label={t('listLabel')} data-testid="my-reports">
      {reports.map((report) => {
        const received = date.format(new Date(report.receivedAt));
        return (
          <li key={report.reportId} data-testid="my-report">
            <Paragraph>
              <strong>{t('item', { date: received, hint: report.trackingCodeHint })}</strong>
            </Paragraph>
            <Paragraph data-testid="my-report-status">
              {t('status', { stage: t(`track:stage.${report.stage}`), date: date.format(new Date(report.stageAt)) })}. {t(`track:plain.${report.stage}`)}
              {report.messageCount > 0 ? ` ${t('messages', { count: report.messageCount })}.` : ''}
            </Paragraph>
            <Paragraph>
              <Link className="utrecht-link" to={`/mijn-meldingen/${report.reportId}`}>
                {t('open', { date: received })}
              </Link>
            </Paragraph>
          </li>
        );
      })}
    </ul>
  );
}
