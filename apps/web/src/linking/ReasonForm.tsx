import { Button, ButtonGroup, FormFieldTextarea, Heading3 } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { REASON_MAX_LENGTH, reasonIssue, type ReasonIssue } from './linking-model-requests';

interface Props {
  id: string;
  title: string;
  submitLabel: string;
  pending: boolean;
  onSubmit(reason: string): void;
  onCancel(): void;
}

/**
 * Asks why, before an activation or a roll-back is sent (routing keeps the reason in its audit log); an empty
 * reason is refused here, in words, not sent. Opens with the cursor in the reason.
 */
export function ReasonForm({ id, title, submitLabel, pending, onSubmit, onCancel }: Props) {
  const { t } = useTranslation('beheer');
  const [reason, setReason] = useState('');
  const [issue, setIssue] = useState<ReasonIssue | null>(null);
  const input = useRef<HTMLTextAreaElement>(null);
  useEffect(() => input.current?.focus(), []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = reasonIssue(reason);
    setIssue(found);
    if (found === null) onSubmit(reason);
  };
  return (
    <form className="werkbank-action-form" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <Heading3 id={`${id}-title`}>{title}</Heading3>
      <FormFieldTextarea
        id={`${id}-reason`}
        label={t('linkingModels.reason.label')}
        description={t('linkingModels.reason.help', { max: REASON_MAX_LENGTH })}
        value={reason}
        rows={3}
        maxLength={REASON_MAX_LENGTH}
        required
        invalid={issue !== null}
        errorMessage={issue ? t(`linkingModels.reason.${issue}`, { max: REASON_MAX_LENGTH }) : undefined}
        inputRef={input}
        onChange={(event) => setReason(event.target.value)}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" disabled={pending}>
          {submitLabel}
        </Button>
        <Button type="button" appearance="subtle-button" onClick={onCancel}>
          {t('linkingModels.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
