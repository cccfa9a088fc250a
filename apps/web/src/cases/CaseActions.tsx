import { Button, ButtonGroup, FormField, FormLabel, Heading2, Paragraph, Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../werkbank/ProblemAlert';
import type { CaseFile } from './case-types';
import { useCaseFile, useCaseMutation, useTeamMembers } from './use-case-file';

export const RESOLUTION_CODES = ['solved', 'referred-elsewhere', 'no-action-possible', 'duplicate', 'not-reproducible'] as const;
/** Transitions that need more than a click: the form asks for it first. */
const NEEDS_FORM = new Set(['resolve', 'refer', 'wait', 'reopen']);

interface TransitionBody {
  transition: string;
  expectedVersion: number;
  assignee?: string;
  resolutionCode?: string;
  reason?: string;
  organisation?: string;
}

/**
 * Only the transitions the workbench says are allowed now are offered; claim is `assign` to oneself. A 409
 * from a concurrent edit says so, with a reload.
 */
export function CaseActions({ file }: { file: CaseFile }) {
  const { t } = useTranslation('werkbank');
  const transition = useCaseMutation<TransitionBody>(file.id, '/transitions');
  const handover = useCaseMutation<{ team: string; expectedVersion: number; reason: string }>(file.id, '/handover');
  const reload = useCaseFile(file.id).refetch;
  const [open, setOpen] = useState<string | null>(null);
  const act = (body: Omit<TransitionBody, 'expectedVersion'>) =>
    transition.mutate({ ...body, expectedVersion: file.version }, { onSuccess: () => setOpen(null) });

  const submit = (name: string) => (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (key: string) => String(form.get(key) ?? '').trim() || undefined;
    if (name === 'handover') {
      handover.mutate({ team: value('team') ?? '', reason: value('reason') ?? '', expectedVersion: file.version }, { onSuccess: () => setOpen(null) });
      return;
    }
    if (name === 'assign-to') return act({ transition: 'assign', assignee: value('assignee') });
    act({ transition: name, resolutionCode: value('resolutionCode'), reason: value('reason'), organisation: value('organisation') });
  };

  const offered = file.allowedTransitions;
  const error = transition.error ?? handover.error;
  return (
    <section aria-labelledby="actions-heading">
      <Heading2 id="actions-heading">{t('case.actions')}</Heading2>
      <ProblemAlert error={error} onReload={() => { transition.reset(); handover.reset(); void reload(); }} />
      <ButtonGroup>
        {offered.includes('assign') && (
          <>
            <Button appearance="primary-action-button" onClick={() => act({ transition: 'assign' })} disabled={transition.isPending}>
              {t('transition.claim')}
            </Button>
            <Button appearance="secondary-action-button" onClick={() => setOpen('assign-to')} aria-expanded={open === 'assign-to'}>
              {t('transition.assign-to')}
            </Button>
          </>
        )}
        {offered
          .filter((name) => name !== 'assign')
          .map((name) =>
            NEEDS_FORM.has(name) ? (
              <Button key={name} appearance="secondary-action-button" onClick={() => setOpen(name)} aria-expanded={open === name}>
                {t(`transition.${name}`)}
              </Button>
            ) : (
              <Button key={name} appearance="primary-action-button" onClick={() => act({ transition: name })} disabled={transition.isPending}>
                {t(`transition.${name}`)}
              </Button>
            ),
          )}
        {['new', 'assigned', 'in_progress'].includes(file.status) && (
          <Button appearance="secondary-action-button" onClick={() => setOpen('handover')} aria-expanded={open === 'handover'}>
            {t('transition.handover')}
          </Button>
        )}
      </ButtonGroup>
      {open && (
        <form onSubmit={submit(open)} aria-label={t(`transition.${open}`)} className="werkbank-action-form">
          {open === 'assign-to' && <TeamMemberChoice caseId={file.id} current={file.assignee} />}
          {open === 'resolve' && (
            <FormField>
              <FormLabel htmlFor="action-resolutionCode">{t('case.resolutionCode')}</FormLabel>
              <Select id="action-resolutionCode" name="resolutionCode" required>
                {RESOLUTION_CODES.map((code) => (
                  <SelectOption key={code} value={code}>
                    {t(`resolution.${code}`)}
                  </SelectOption>
                ))}
              </Select>
            </FormField>
          )}
          {open === 'refer' && <Field name="organisation" label={t('case.referTo')} />}
          {open === 'handover' && <Field name="team" label={t('case.team')} required />}
          {['refer', 'wait', 'reopen', 'handover'].includes(open) && <Field name="reason" label={t('case.reason')} required={open !== 'wait'} />}
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" disabled={transition.isPending || handover.isPending}>
              {t(`transition.${open}`)}
            </Button>
            <Button type="button" appearance="subtle-button" onClick={() => setOpen(null)}>
              {t('cancel')}
            </Button>
          </ButtonGroup>
        </form>
      )}
    </section>
  );
}

/** The team's members the workbench knows, by name; the workbench still refuses anyone outside the team. */
function TeamMemberChoice({ caseId, current }: { caseId: string; current: string | null }) {
  const { t } = useTranslation('werkbank');
  const members = useTeamMembers(caseId);
  if (members.error) return <ProblemAlert error={members.error} />;
  if (!members.data) return <Paragraph aria-live="polite">{t('loading')}</Paragraph>;
  const others = members.data.members.filter((m) => m.subject !== current);
  if (others.length === 0) return <Paragraph>{t('case.noTeamMembers', { team: members.data.team })}</Paragraph>;
  return (
    <FormField>
      <FormLabel htmlFor="action-assignee">{t('case.assignTo', { team: members.data.team })}</FormLabel>
      <Select id="action-assignee" name="assignee" required>
        {others.map((member) => (
          <SelectOption key={member.subject} value={member.subject}>
            {member.username}
          </SelectOption>
        ))}
      </Select>
    </FormField>
  );
}

function Field({ name, label, required }: { name: string; label: string; required?: boolean }) {
  return (
    <FormField>
      <FormLabel htmlFor={`action-${name}`}>{label}</FormLabel>
      <Textbox id={`action-${name}`} name={name} required={required} />
    </FormField>
  );
}
