import { useTranslation } from 'react-i18next';
import {
  Alert, Fieldset, FieldsetLegend, FormField, FormFieldTextbox, FormLabel, Heading2, Paragraph, RadioButton, Select, SelectOption,
} from '@utrecht/component-library-react';
import { CategoryQuestion } from '../api/routing';
import { currentLanguage } from '../i18n/i18n';
import { localised } from './taxonomy';

export type Answer = string | number | boolean;

interface Props {
  questions: CategoryQuestion[];
  answers: Record<string, Answer>;
  onAnswer(id: string, value: Answer | undefined): void;
  errors: Record<string, string>;
}

/** The category's own questions (defined by administrators in the taxonomy); an urgent answer says what to do now. */
export function ExtraQuestions({ questions, answers, onAnswer, errors }: Props) {
  const { t, i18n } = useTranslation('report');
  const language = currentLanguage(i18n);
  if (questions.length === 0) return null;
  const urgent = questions.filter((q) => q.urgentIf && answers[q.id] !== undefined && answers[q.id] === q.urgentIf.equals);
  return (
    <section aria-labelledby="questions-heading" className="loket-stack" data-testid="extra-questions">
      <Heading2 id="questions-heading">{t('questions.heading')}</Heading2>
      {urgent.map((q) => (
        <Alert key={q.id} type="warning" role="alert">
          <Paragraph>
            <strong>{localised(q.urgentIf?.message, language)}</strong>
          </Paragraph>
        </Alert>
      ))}
      {questions.map((q) => {
        const label = localised(q.label, language);
        const help = q.help ? localised(q.help, language) : undefined;
        const id = `question-${q.id}`;
        const error = errors[q.id];
        const value = answers[q.id];
        switch (q.kind) {
          case 'yes-no':
            return (
              <Fieldset key={q.id} invalid={!!error} aria-describedby={error ? `${id}-error` : undefined}>
                <FieldsetLegend>{label}</FieldsetLegend>
                {help && <Paragraph small>{help}</Paragraph>}
                {error && <Paragraph id={`${id}-error`} className="utrecht-form-field-error-message">{error}</Paragraph>}
                {[true, false].map((option) => (
                  <FormField key={String(option)} type="radio">
                    <RadioButton id={`${id}-${option}`} name={id} checked={value === option} onChange={() => onAnswer(q.id, option)} />
                    <FormLabel htmlFor={`${id}-${option}`} type="radio">
                      {option ? t('questions.yes') : t('questions.no')}
                    </FormLabel>
                  </FormField>
                ))}
              </Fieldset>
            );
          case 'choice':
            return (
              <FormField key={q.id} type="select" invalid={!!error}>
                <FormLabel htmlFor={id}>{label}</FormLabel>
                {help && <Paragraph small>{help}</Paragraph>}
                {error && <Paragraph className="utrecht-form-field-error-message">{error}</Paragraph>}
                <Select id={id} value={typeof value === 'string' ? value : ''} invalid={!!error} onChange={(e) => onAnswer(q.id, e.target.value || undefined)}>
                  <SelectOption value="">{t('category.pick')}</SelectOption>
                  {(q.options ?? []).map((o) => (
                    <SelectOption key={o.value} value={o.value}>
                      {localised(o.label, language)}
                    </SelectOption>
                  ))}
                </Select>
              </FormField>
            );
          case 'number':
          case 'text':
            return (
              <FormFieldTextbox
                key={q.id}
                id={id}
                label={label}
                description={help}
                type={q.kind === 'number' ? 'number' : 'text'}
                value={value === undefined ? '' : String(value)}
                invalid={!!error}
                errorMessage={error}
                onChange={(event) => {
                  const raw = (event.target as HTMLInputElement).value;
                  onAnswer(q.id, raw === '' ? undefined : q.kind === 'number' ? Number(raw) : raw);
                }}
              />
            );
          default:
            return null;
        }
      })}
    </section>
  );
}
