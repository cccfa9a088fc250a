import { Alert, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ApiProblem, problemKind } from './api-problem';

/**
 * Explains on the page why the API refused: never swallowed. The service's own sentence (`detail`) is shown
 * under ours, with each field fault. `explain` may give a sentence of the page's own for a problem it knows (by its
 * type, say), in place of the one for its kind.
 */
export function ProblemAlert({ error, onReload, explain }: { error: unknown; onReload?: () => void; explain?: (problem: ApiProblem) => string | undefined }) {
  const { t } = useTranslation('werkbank');
  if (!error) return null;
  const problem = error instanceof ApiProblem ? error : new ApiProblem(0, 'Error', error instanceof Error ? error.message : String(error));
  const kind = problemKind(problem);
  return (
    <Alert type={kind === 'stale' || kind === 'conflict' ? 'warning' : 'error'} role="alert">
      <Paragraph>
        <strong>{explain?.(problem) ?? t(`problem.${kind}`)}</strong>
      </Paragraph>
      {problem.detail && <Paragraph>{problem.detail}</Paragraph>}
      {problem.errors.length > 0 && (
        <UnorderedList>
          {problem.errors.map((e) => (
            <UnorderedListItem key={e.field}>
              {e.field}: {e.messages.join('; ')}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      {kind === 'stale' && onReload && (
        <Paragraph>
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onReload}>
            {t('problem.reload')}
          </button>
        </Paragraph>
      )}
    </Alert>
  );
}
