import { useTranslation } from 'react-i18next';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { ApiProblem } from '../api/http';

/** A failed request in words: the service's own explanation (RFC 9457 `detail` and field errors) when it gave one. */
export function ProblemMessage({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  const problem = error instanceof ApiProblem ? error : null;
  let text: string;
  if (!problem || problem.status === 0) text = t('error.network');
  else if (problem.status === 429) text = t('error.tooMany');
  else if (problem.status >= 500) text = t('error.server');
  else text = problem.detail ?? problem.title;
  return (
    <Alert type="error" role="alert">
      <Paragraph>
        <strong>{title ?? t('error.title')}</strong>
      </Paragraph>
      <Paragraph>{text}</Paragraph>
      {problem?.errors.length ? (
        <ul>
          {problem.errors.map((e) => (
            <li key={e.field}>{e.messages.join(' ')}</li>
          ))}
        </ul>
      ) : null}
    </Alert>
  );
}
