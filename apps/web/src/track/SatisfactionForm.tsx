import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert, Button, Fieldset, FieldsetLegend, FormField, FormFieldCheckbox, FormFieldTextarea, FormLabel, Paragraph, RadioButton,
} from '@utrecht/component-library-react';
import { Satisfaction, SatisfactionRecorded } from '../api/feedback';
import { ApiProblem } from '../api/http';
import { ProblemMessage } from '../app/ProblemMessage';

/** After closure: satisfied or not, a remark, and (when not satisfied) the request to look at it again. */
export function SatisfactionForm({ send }: { send(answer: Satisfaction): Promise<SatisfactionRecorded> }) {
  const { t } = useTranslation('track');
  const [satisfied, setSatisfied] = useState<boolean | null>(null);
  const [remark, setRemark] = useState('');
  const [reopen, setReopen] = useState(false);
  const [missing, setMissing] = useState(false);
  const answer = useMutation({ mutationFn: send });
  if (answer.data) {
    return (
      <Alert type="ok" role="status">
        <Paragraph>{answer.data.reopenRequested ? t('satisfaction.reopenSent') : t('satisfaction.thanks')}</Paragraph>
      </Alert>
    );
  }
  const conflict = answer.error instanceof ApiProblem && answer.error.status === 409;
  return (
    <form
      noValidate
      className="loket-stack"
      data-testid="satisfaction"
      onSubmit={(event) => {
        event.preventDefault();
        setMissing(satisfied === null);
        if (satisfied === null) return;
        answer.mutate({ satisfied, ...(remark.trim() ? { remark: remark.trim() } : {}), ...(!satisfied && reopen ? { reopen: true } : {}) });
      }}
    >
      <Fieldset invalid={missing}>
        <FieldsetLegend>{t('satisfaction.heading')}</FieldsetLegend>
        {missing && <Paragraph className="utrecht-form-field-error-message" role="alert">{t('satisfaction.choose')}</Paragraph>}
        {[true, false].map((option) => (
          <FormField key={String(option)} type="radio">
            <RadioButton id={`satisfied-${option}`} name="satisfied" checked={satisfied === option} onChange={() => setSatisfied(option)} />
            <FormLabel htmlFor={`satisfied-${option}`} type="radio">
              {option ? t('satisfaction.yes') : t('satisfaction.no')}
            </FormLabel>
          </FormField>
        ))}
      </Fieldset>
      <FormFieldTextarea id="satisfaction-remark" label={t('satisfaction.remark')} value={remark} maxLength={2000} rows={3} onChange={(e) => setRemark(e.target.value)} />
      {satisfied === false && (
        <FormFieldCheckbox id="satisfaction-reopen" label={t('satisfaction.reopen')} checked={reopen} onChange={(e) => setReopen(e.target.checked)} />
      )}
      {conflict && (
        <Alert type="warning" role="alert">
          <Paragraph>{t('satisfaction.notYet')}</Paragraph>
        </Alert>
      )}
      {answer.isError && !conflict && <ProblemMessage error={answer.error} />}
      <Button type="submit" appearance="primary-action-button" busy={answer.isPending}>
        {t('satisfaction.send')}
      </Button>
    </form>
  );
}
