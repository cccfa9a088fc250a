import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, FormFieldTextarea, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import type { QuestionForReporter } from '../api/feedback';
import { ApiProblem } from '../api/http';
import { currentLanguage } from '../i18n/i18n';

interface Props {
  questions: readonly QuestionForReporter[];
  answer(questionId: string, text: string): Promise<unknown>;
  /** After an answer was taken: fetch the page again. */
  onAnswered(): void;
}

/**
 * Questions from the professional handling the report, each with a box to answer it (optional; the case goes on
 * either way), and those already answered. Contact details typed into an answer are removed before it reaches
 * the case, and the page says so.
 */
export function QuestionsToAnswer({ questions, answer, onAnswered }: Props) {
  const { t } = useTranslation('track');
  if (questions.length === 0) return null;
  return (
    <section aria-labelledby="questions-heading" className="loket-stack" data-testid="questions">
      <Heading2 id="questions-heading">{t('questions.heading')}</Heading2>
      {questions.map((q, n) => (
        <QuestionToAnswer key={q.questionId} question={q} n={n + 1} answer={answer} onAnswered={onAnswered} />
      ))}
    </section>
  );
}

function QuestionToAnswer({ question, n, answer, onAnswered }: { question: QuestionForReporter; n: number } & Omit<Props, 'questions'>) {
  const { t, i18n } = useTranslation('track');
  const format = new Intl.DateTimeFormat(currentLanguage(i18n) === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeStyle: 'short' });
  const [text, setText] = useState('');
  const [empty, setEmpty] = useState(false);
  const send = useMutation({ mutationFn: (words: string) => answer(question.questionId, words), onSuccess: onAnswered });
  const id = `answer-${question.questionId}`;
  const refusal = send.error instanceof ApiProblem && send.error.status === 409 ? t('questions.closed') : send.error ? t('questions.failed') : undefined;
  return (
    <article className="loket-stack" aria-labelledby={`${id}-heading`}>
      <Heading3 id={`${id}-heading`}>{t('questions.question', { n })}</Heading3>
      <div className="loket-message">{question.text}</div>
      {question.answeredAt || send.isSuccess ? (
        <Paragraph role="status">{t('questions.answered', { at: format.format(new Date(question.answeredAt ?? Date.now())) })}</Paragraph>
      ) : (
        <form
          noValidate
          className="loket-stack"
          onSubmit={(event) => {
            event.preventDefault();
            const words = text.trim();
            setEmpty(words === '');
            if (words) send.mutate(words);
          }}
        >
          <FormFieldTextarea
            id={id}
            label={t('questions.label')}
            description={t('questions.hint', { until: format.format(new Date(question.answerBy)) })}
            value={text}
            rows={4}
            maxLength={2000}
            invalid={empty}
            errorMessage={empty ? t('questions.required') : undefined}
            onChange={(event) => setText(event.target.value)}
          />
          {refusal && (
            <Alert type="error" role="alert">
              <Paragraph>{refusal}</Paragraph>
            </Alert>
          )}
          <Button type="submit" appearance="primary-action-button" busy={send.isPending} disabled={send.isPending}>
            {t('questions.send')}
          </Button>
        </form>
      )}
    </article>
  );
}
