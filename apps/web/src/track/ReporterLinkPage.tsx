import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Alert, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { feedback } from '../api/feedback';
import { ApiProblem } from '../api/http';
import { Loading } from '../app/Loading';
import { ProblemMessage } from '../app/ProblemMessage';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { EraseData, ExportData, RequestDataLinks } from './DataActions';
import { PreferencesForm } from './PreferencesForm';
import { QuestionsToAnswer } from './QuestionsToAnswer';
import { SatisfactionForm } from './SatisfactionForm';

/**
 * The signed links from e-mails, as pages. The manage link (every e-mail): preferences, no more e-mail,
 * satisfaction, ask for a data link, revoke all links. An export or erase link (e-mailed on request): just that.
 */
export default function ReporterLinkPage() {
  const { t } = useTranslation('track');
  useDocumentTitle(t('link.title'));
  const { token = '' } = useParams();
  const queryClient = useQueryClient();
  const preferences = useQuery({ queryKey: ['reporter-link', token], queryFn: () => feedback.preferences(token), retry: false });
  const erase = useMutation({ mutationFn: () => feedback.erase(token) });
  const manage = preferences.data?.purpose === 'manage';
  const questions = useQuery({ queryKey: ['reporter-link', token, 'questions'], queryFn: () => feedback.questionsByLink(token), enabled: manage, retry: false });
  const invalid = preferences.error instanceof ApiProblem && preferences.error.status === 404;

  if (erase.isSuccess) {
    return (
      <div className="loket-stack">
        <Heading1>{t('link.title')}</Heading1>
        <Alert type="ok" role="status">
          <Paragraph>{t('link.erased')}</Paragraph>
        </Alert>
      </div>
    );
  }
  return (
    <div className="loket-stack">
      <Heading1>{t('link.title')}</Heading1>
      <Paragraph>{t('link.intro')}</Paragraph>
      {preferences.isLoading && <Loading />}
      {invalid && (
        <Alert type="error" role="alert">
          <Paragraph>{t('link.invalid')}</Paragraph>
        </Alert>
      )}
      {preferences.isError && !invalid && <ProblemMessage error={preferences.error} />}
      {preferences.data?.purpose === 'export' && <ExportData exportData={() => feedback.exportData(token)} validUntil={preferences.data.validUntil} />}
      {preferences.data?.purpose === 'erase' && <EraseData erase={erase} validUntil={preferences.data.validUntil} />}
      {preferences.data?.purpose === 'manage' && (
        <>
          <QuestionsToAnswer
            questions={questions.data ?? []}
            answer={(questionId, text) => feedback.answerByLink(token, questionId, text)}
            onAnswered={() => void questions.refetch()}
          />
          <PreferencesForm
            preferences={preferences.data}
            save={(change) => feedback.changePreferences(token, change)}
            withdraw={() => feedback.withdraw(token)}
            onChanged={(next) => queryClient.setQueryData(['reporter-link', token], next)}
          />
          <section aria-labelledby="satisfaction-heading" className="loket-stack">
            <Heading2 id="satisfaction-heading">{t('satisfaction.heading')}</Heading2>
            <SatisfactionForm send={(answer) => feedback.satisfactionByLink(token, answer)} />
          </section>
          <RequestDataLinks
            emailOnFile={preferences.data.emailOnFile}
            request={(purpose) => feedback.requestDataLink(token, purpose)}
            revoke={() => feedback.revokeAllLinks(token)}
          />
        </>
      )}
    </div>
  );
}
