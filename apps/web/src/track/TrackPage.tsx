import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { Alert, Button, FormFieldTextbox, Heading1, Paragraph } from '@utrecht/component-library-react';
import { feedback } from '../api/feedback';
import { ApiProblem } from '../api/http';
import { Loading } from '../app/Loading';
import { ProblemMessage } from '../app/ProblemMessage';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { QuestionsToAnswer } from './QuestionsToAnswer';
import { SatisfactionForm } from './SatisfactionForm';
import { TrackingView } from './TrackingView';

/** The tracking page: enter the code (or arrive with it in the address), see status, timeline and messages. */
export default function TrackPage() {
  const { t } = useTranslation('track');
  useDocumentTitle(t('title'));
  const { trackingCode } = useParams();
  const navigate = useNavigate();
  const [code, setCode] = useState(trackingCode ?? '');
  const [missing, setMissing] = useState(false);
  const tracking = useQuery({
    queryKey: ['tracking', trackingCode],
    queryFn: () => feedback.tracking(trackingCode ?? ''),
    enabled: !!trackingCode,
    // A code just handed out may not have reached the feedback service yet (it learns of reports through
    // Kafka): ask again for a little while before saying it is unknown.
    retry: (failures, error) => error instanceof ApiProblem && error.status === 404 && failures < 6,
    retryDelay: 2_000,
  });
  const notFound = tracking.error instanceof ApiProblem && tracking.error.status === 404;

  return (
    <div className="loket-stack">
      <Heading1>{t('title')}</Heading1>
      <form
        noValidate
        className="loket-stack"
        onSubmit={(event) => {
          event.preventDefault();
          const entered = code.trim().toUpperCase();
          setMissing(entered === '');
          if (entered) void navigate(`/volgen/${encodeURIComponent(entered)}`);
        }}
      >
        <Paragraph>{t('intro')}</Paragraph>
        <FormFieldTextbox
          id="tracking-code"
          label={t('codeLabel')}
          description={t('codeDescription')}
          value={code}
          autoComplete="off"
          spellCheck={false}
          invalid={missing}
          errorMessage={missing ? t('codeRequired') : undefined}
          onChange={(event) => setCode((event.target as HTMLInputElement).value)}
        />
        <Button type="submit" appearance="primary-action-button">
          {t('show')}
        </Button>
      </form>
      {tracking.isLoading && <Loading />}
      {notFound && (
        <Alert type="error" role="alert">
          <Paragraph>{t('notFound')}</Paragraph>
        </Alert>
      )}
      {tracking.isError && !notFound && <ProblemMessage error={tracking.error} />}
      {tracking.data && trackingCode && (
        <>
          <QuestionsToAnswer
            questions={tracking.data.questions ?? []}
            answer={(questionId, text) => feedback.answerByCode(trackingCode, questionId, text)}
            onAnswered={() => void tracking.refetch()}
          />
          <TrackingView tracking={tracking.data} code={trackingCode} onRefresh={() => void tracking.refetch()} refreshing={tracking.isFetching} />
          {(tracking.data.stage === 'closed' || tracking.data.stage === 'resolved') && (
            <SatisfactionForm send={(answer) => feedback.satisfactionByCode(trackingCode, answer)} />
          )}
        </>
      )}
    </div>
  );
}
