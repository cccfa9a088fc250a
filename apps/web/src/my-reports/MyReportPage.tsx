import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert, Heading1, Paragraph } from '@utrecht/component-library-react';
import { ApiProblem } from '../api/http';
import { myReports } from '../api/my-reports';
import { Loading } from '../app/Loading';
import { ProblemMessage } from '../app/ProblemMessage';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { QuestionsToAnswer } from '../track/QuestionsToAnswer';
import { TrackingView } from '../track/TrackingView';
import { SignedInReporter } from './MyReportsPage';

/** One of my reports, as its tracking page shows it: the same status, timeline and messages, no code needed. */
export default function MyReportPage() {
  const { t } = useTranslation('my-reports');
  useDocumentTitle(t('title'));
  const { reportId = '' } = useParams();
  return (
    <div className="loket-stack">
      <Heading1>{t('title')}</Heading1>
      <SignedInReporter returnTo={`/mijn-meldingen/${encodeURIComponent(reportId)}`}>
        <MyReport reportId={reportId} />
      </SignedInReporter>
      <Paragraph>
        <Link className="utrecht-link" to="/mijn-meldingen">
          {t('back')}
        </Link>
      </Paragraph>
    </div>
  );
}

function MyReport({ reportId }: { reportId: string }) {
  const { t } = useTranslation('my-reports');
  const tracking = useQuery({ queryKey: ['my-report', reportId], queryFn: () => myReports.one(reportId), retry: false });
  if (tracking.isLoading) return <Loading />;
  if (tracking.error instanceof ApiProblem && (tracking.error.status === 404 || tracking.error.status === 400)) {
    return (
      <Alert type="error" role="alert">
        <Paragraph>{t('notFound')}</Paragraph>
      </Alert>
    );
  }
  if (tracking.isError) return <ProblemMessage error={tracking.error} />;
  if (!tracking.data) return null;
  return (
    <>
      <QuestionsToAnswer
        questions={tracking.data.questions ?? []}
        answer={(questionId, text) => myReports.answer(reportId, questionId, text)}
        onAnswered={() => void tracking.refetch()}
      />
      <TrackingView tracking={tracking.data} onRefresh={() => void tracking.refetch()} refreshing={tracking.isFetching} />
    </>
  );
}
