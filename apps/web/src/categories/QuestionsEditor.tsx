import { Button, ButtonGroup, Fieldset, FieldsetLegend, FormField, FormFieldCheckbox, FormFieldDescription, FormFieldTextbox, FormLabel, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../api/http';
import { emptyOption, errorsAt, fieldId, QUESTION_KINDS, withKind, type Localised, type Question, type QuestionKind } from './taxonomy-draft';

interface Props {
  /** The owner's path (`categories.0` or `categories.0.sub.1`); the questions are at `<path>.questions`. */
  path: string;
  /** Whose questions, for the labels: the category's name in the page's language. */
  ownerName: string;
  questions: Question[];
  errors: readonly FieldError[];
  editable: boolean;
  onChange(questions: Question[]): void;
  onAdd(): void;
}

/** One category's extra questions: id, kind, label in Dutch and English, required, and a choice's options. */
export function QuestionsEditor({ path, ownerName, questions, errors, editable, onChange, onAdd }: Props) {
  const { t } = useTranslation('beheer');
  const set = (index: number, question: Question) => onChange(questions.map((q, i) => (i === index ? question : q)));
  const text = (field: string, label: string, value: string, change: (value: string) => void) => {
    const messages = errorsAt(errors, field);
    return (
      <FormFieldTextbox
        id={fieldId(field)}
        label={label}
        value={value}
        readOnly={!editable}
        invalid={messages.length > 0}
        errorMessage={messages.length ? messages.join('; ') : undefined}
        onChange={(event) => change((event.target as HTMLInputElement).value)}
      />
    );
  };
  const localisedFields = (field: string, what: string, value: Localised, change: (value: Localised) => void) => (
    <>
      {text(`${field}.nl`, t('categories.inDutch', { what }), value.nl, (nl) => change({ ...value, nl }))}
      {text(`${field}.en`, t('categories.inEnglish', { what }), value.en, (en) => change({ ...value, en }))}
    </>
  );

  return (
    <div className="loket-stack" data-testid={`questions-${path}`}>
      {questions.length === 0 && <Paragraph>{t('categories.noQuestions')}</Paragraph>}
      {questions.map((question, index) => {
        const at = `${path}.questions.${index}`;
        const name = question.label.nl || question.id;
        const optionErrors = errorsAt(errors, `${at}.options`);
        return (
          <Fieldset key={index} data-question={question.id} className="beheer-question">
            <FieldsetLegend>{t('categories.questionOf', { number: index + 1, owner: ownerName })}</FieldsetLegend>
            {text(`${at}.id`, t('categories.questionId'), question.id, (id) => set(index, { ...question, id }))}
            <FormField type="select" invalid={errorsAt(errors, `${at}.kind`).length > 0}>
              <FormLabel htmlFor={fieldId(`${at}.kind`)}>{t('categories.kind')}</FormLabel>
              <Select id={fieldId(`${at}.kind`)} value={question.kind} disabled={!editable} onChange={(e) => set(index, withKind(question, e.target.value as QuestionKind))}>
                {QUESTION_KINDS.map((kind) => (
                  <SelectOption key={kind} value={kind}>
                    {t(`categories.kinds.${kind}`)}
                  </SelectOption>
                ))}
              </Select>
            </FormField>
            {localisedFields(`${at}.label`, t('categories.label'), question.label, (label) => set(index, { ...question, label }))}
            <FormFieldCheckbox
              id={fieldId(`${at}.required`)}
              label={t('categories.required')}
              checked={question.required}
              disabled={!editable}
              onChange={(event) => set(index, { ...question, required: (event.target as HTMLInputElement).checked })}
            />
            {question.kind === 'choice' && (
              <Fieldset invalid={optionErrors.length > 0} aria-describedby={optionErrors.length ? `${fieldId(`${at}.options`)}-error` : undefined}>
                <FieldsetLegend>{t('categories.options')}</FieldsetLegend>
                {optionErrors.length > 0 && (
                  <FormFieldDescription id={`${fieldId(`${at}.options`)}-error`} invalid>
                    {optionErrors.join('; ')}
                  </FormFieldDescription>
                )}
                <span id={fieldId(`${at}.options`)} tabIndex={-1} />
                {(question.options ?? []).map((option, k) => {
                  const setOption = (next: typeof option) => set(index, { ...question, options: (question.options ?? []).map((o, j) => (j === k ? next : o)) });
                  return (
                    <div key={k} className="beheer-option">
                      {text(`${at}.options.${k}.value`, t('categories.optionValue', { number: k + 1 }), option.value, (value) => setOption({ ...option, value }))}
                      {localisedFields(`${at}.options.${k}.label`, t('categories.optionLabel', { number: k + 1 }), option.label, (label) => setOption({ ...option, label }))}
                      {editable && (
                        <Button appearance="subtle-button" onClick={() => set(index, { ...question, options: (question.options ?? []).filter((_, j) => j !== k) })}>
                          {t('categories.removeOption', { number: k + 1, question: name })}
                        </Button>
                      )}
                    </div>
                  );
                })}
                {editable && (
                  <Button appearance="secondary-action-button" onClick={() => set(index, { ...question, options: [...(question.options ?? []), emptyOption()] })}>
                    {t('categories.addOption', { question: name })}
                  </Button>
                )}
              </Fieldset>
            )}
            {editable && (
              <ButtonGroup>
                <Button appearance="subtle-button" onClick={() => onChange(questions.filter((_, i) => i !== index))}>
                  {t('categories.removeQuestion', { question: name })}
                </Button>
              </ButtonGroup>
            )}
          </Fieldset>
        );
      })}
      {editable && (
        <Button appearance="secondary-action-button" onClick={onAdd}>
          {t('categories.addQuestion', { owner: ownerName })}
        </Button>
      )}
    </div>
  );
}
