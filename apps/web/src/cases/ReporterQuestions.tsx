import { Button, FormField, FormLabel, Heading2, Heading3, Paragraph, Select, SelectOption, Textarea } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../werkbank/ProblemAlert';
import type { CaseFile, ReporterQuestion } from './case-types';
import { useCaseMutation } from './use-case-file';

const WAIT_DAYS = [0, 1, 3, 5, 10] as const;

/**
 * Ask the case's reporters something, and read their answers. Each reporter is asked as their consent allows (by
 * e-mail with their link, on their tracking page always); the case can wait for the answer with its SLA paused, and
 * goes on by itself at the deadline. Answers arrive without contact details.
 */
export function ReporterQuestions({ file }: { file: CaseFile }) {
  const { t, i18n } = useTranslation('werkbank');
  const [text, setText] = useState('');
  const [waitDays, setWaitDays] = useState<number>(5);
  const ask = useCaseMutation<{ text: string; waitDays: number; expectedVersion: number }, ReporterQuestion>(file.id, '/questions');
  const date = (iso: string) => new Date(iso).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const open = ['new', 'assigned', 'in_progress', 'waiting'].includes(file.status);
  const questions = file.questions ?? [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    ask.mutate({ text: text.trim(), waitDays, expectedVersion: file.version }, { onSuccess: () => setText('') });
  };

  return (
    <section aria-labelledby="questions-heading" className="loket-stack">
      <Heading2 id="questions-heading">{t('questions.title')}</Heading2>
      {questions.length === 0 && <Paragraph>{t('questions.none')}</Paragraph>}
      {questions.map((q) => (
        <article key={q.id} className="werkbank-report" aria-labelledby={`question-${q.id}`} data-testid="reporter-question">
          <Heading3 id={`question-${q.id}`}>{t('questions.asked', { at: date(q.askedAt), by: q.askedBy ?? '—' })}</Heading3>
          <Paragraph className="loket-message">{q.text}</Paragraph>
          <Paragraph small>
            {t(`questions.status.${q.status}`, { until: date(q.answerBy) })}
            {q.caseWaits && ` · ${t('questions.caseWaits')}`}
          </Paragraph>
          {q.answers.map((a, n) => (
            <div key={a.reportId} data-testid="reporter-answer">
              <Paragraph>
                <strong>{t('questions.answer', { n: n + 1, at: date(a.answeredAt) })}</strong>
              </Paragraph>
              <Paragraph className="loket-message">{a.text}</Paragraph>
            </div>
          ))}
        </article>
      ))}
      {open && (
        <form onSubmit={submit} className="loket-stack">
          <FormField>
            <FormLabel htmlFor="question-text">{t('questions.text')}</FormLabel>
            <Textarea id="question-text" value={text} maxLength={2000} required rows={3} onChange={(event) => setText(event.target.value)} />
          </FormField>
          <FormField type="select">
            <FormLabel htmlFor="question-wait">{t('questions.wait')}</FormLabel>
            <Select id="question-wait" value={String(waitDays)} onChange={(event) => setWaitDays(Number(event.target.value))}>
              {WAIT_DAYS.map((days) => (
                <SelectOption key={days} value={String(days)}>
                  {t('questions.waitDays', { count: days })}
                </SelectOption>
              ))}
            </Select>
          </FormField>
          <Paragraph small>{t('questions.how')}</Paragraph>
          <ProblemAlert error={ask.error} />
          {ask.isSuccess && <Paragraph role="status">{t('questions.sent')}</Paragraph>}
          <Button type="submit" appearance="primary-action-button" disabled={ask.isPending || text.trim().length === 0}>
            {t('questions.ask')}
          </Button>
        </form>
      )}
    </section>
  );
}
