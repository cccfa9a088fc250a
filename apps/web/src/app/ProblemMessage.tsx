import { useTranslation } from 'react-i18next';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { ApiProblem } from '../api/http';

/** The translation key of what a failed request means for the person, by its status. */
function meaningOf(problem: ApiProblem | null): string {
  if (!problem || problem.status === 0) return 'error.network';
  if (problem.status >= 500) return 'error.server';
  switch (problem.status) {
    case 401:
      return 'error.signIn';
    case 403:
      return 'error.forbidden';
    case 404:
    case 410:
      return 'error.notFound';
    case 409:
    case 412:
      return 'error.conflict';
    case 413:
      return 'error.tooLarge';
    case 429:
      return 'error.tooMany';
    default:
      return 'error.invalid';
  }
}

/**
 * A failed request in the page's language, from the translation files by its status: a service's own wording
 * (English, and written for developers) never reaches a resident. Staff pages that need it for support (the desk)
 * pass `serviceDetail` to show the service's explanation and field errors below, marked as the service's.
 */
export function ProblemMessage({ error, title, serviceDetail = false }: { error: unknown; title?: string; serviceDetail?: boolean }) {
  const { t } = useTranslation();
  const problem = error instanceof ApiProblem ? error : null;
  const detailShown = serviceDetail && problem !== null && problem.status > 0 && problem.status < 500;
  return (
    <Alert type="error" role="alert">
      <Paragraph>
        <strong>{title ?? t('error.title')}</strong>
      </Paragraph>
      <Paragraph>{t(meaningOf(problem))}</Paragraph>
      {detailShown ? (
        <>
          <Paragraph>
            {t('error.serviceSays')} {problem.detail ?? problem.title}
          </Paragraph>
          {problem.errors.length ? (
            <ul>
              {problem.errors.map((e) => (
                <li key={e.field}>{e.messages.join(' ')}</li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
    </Alert>
  );
}
