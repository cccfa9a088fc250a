import {
  Button,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Heading2,
  Heading3,
  Paragraph,
  RadioButton,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textarea,
} from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { WORKBENCH } from '../werkbank/api';
import { ProblemAlert } from '../werkbank/ProblemAlert';
import { useApi } from '../werkbank/session';
import type { CaseNote, ReadyMadeReply, ReporterPreview } from './case-types';
import { useCaseMutation } from './use-case-file';
import { useDebounced } from './use-debounced';

/**
 * A note, internal or for the reporter. For the reporter, while typing, the workbench's preview shows per
 * reporter exactly what each will receive at their level (the note, a generic progress message, or
 * nothing): the system, not the professional, decides. A ready-made reply can start the text.
 */
export function NoteForm({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation('werkbank');
  const api = useApi();
  const [visibility, setVisibility] = useState<'internal' | 'reporter'>('reporter');
  const [text, setText] = useState('');
  const settled = useDebounced(text.trim(), 400);
  const save = useCaseMutation<{ visibility: string; text: string }, CaseNote>(caseId, '/notes');
  const replies = useQuery({
    queryKey: ['case', caseId, 'replies'],
    queryFn: () => api.get<{ version: number; items: ReadyMadeReply[] }>(`${WORKBENCH}/cases/${caseId}/ready-made-replies`),
  });
  const preview = useQuery({
    queryKey: ['case', caseId, 'preview', settled],
    queryFn: () => api.send<{ reporters: ReporterPreview[] }>('POST', `${WORKBENCH}/cases/${caseId}/notes/preview`, { text: settled }),
    enabled: visibility === 'reporter' && settled.length > 0,
    retry: false,
  });
  const language = i18n.language.startsWith('en') ? 'en' : 'nl';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ visibility, text }, { onSuccess: () => setText('') });
  };

  return (
    <section aria-labelledby="note-heading">
      <Heading2 id="note-heading">{t('note.title')}</Heading2>
      <form onSubmit={submit}>
        <Fieldset>
          <FieldsetLegend>{t('note.visibility')}</FieldsetLegend>
          {(['reporter', 'internal'] as const).map((value) => (
            <FormField type="radio" key={value}>
              <RadioButton id={`note-${value}`} name="visibility" value={value} checked={visibility === value} onChange={() => setVisibility(value)} />
              <FormLabel htmlFor={`note-${value}`} type="radio">
                {t(`note.${value}`)}
              </FormLabel>
            </FormField>
          ))}
        </Fieldset>
        {replies.data && replies.data.items.length > 0 && (
          <FormField>
            <FormLabel htmlFor="note-reply">{t('note.readyMade')}</FormLabel>
            <Select
              id="note-reply"
              value=""
              onChange={(event) => {
                const chosen = replies.data.items.find((r) => r.id === event.target.value);
                if (chosen) setText(chosen.text[language]);
              }}
            >
              <SelectOption value="">{t('note.pickReply')}</SelectOption>
              {replies.data.items.map((reply) => (
                <SelectOption key={reply.id} value={reply.id}>
                  {reply.title[language]}
                </SelectOption>
              ))}
            </Select>
          </FormField>
        )}
        <ProblemAlert error={replies.error} />
        <FormField>
          <FormLabel htmlFor="note-text">{t('note.text')}</FormLabel>
          <Textarea id="note-text" value={text} maxLength={4000} required onChange={(event) => setText(event.target.value)} rows={5} />
        </FormField>
        <ProblemAlert error={save.error} />
        {save.isSuccess && <Paragraph role="status">{t('note.saved')}</Paragraph>}
        <Button type="submit" appearance="primary-action-button" disabled={save.isPending || text.trim().length === 0}>
          {t('note.save')}
        </Button>
      </form>
      {visibility === 'reporter' && (
        <section aria-labelledby="preview-heading" aria-live="polite" aria-busy={preview.isFetching}>
          <Heading3 id="preview-heading">{t('note.preview')}</Heading3>
          {settled.length === 0 && <Paragraph>{t('note.previewEmpty')}</Paragraph>}
          <ProblemAlert error={preview.error} />
          {preview.data && preview.data.reporters.length === 0 && <Paragraph>{t('note.noReporters')}</Paragraph>}
          {preview.data && preview.data.reporters.length > 0 && (
            <Table className="werkbank-preview">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('note.reporter')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('note.level')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('note.channel')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('note.receives')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('note.message')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {preview.data.reporters.map((r) => (
                  <TableRow key={r.reporter} data-testid="preview-row">
                    <TableCell>
                      {r.reporter} ({t(`tier.${r.tier}`)}, {r.language})
                    </TableCell>
                    <TableCell>{r.level}</TableCell>
                    <TableCell>{t(`channel.${r.channel}`)}</TableCell>
                    <TableCell title={r.explanation}>{t(`receives.${r.receives}`)}</TableCell>
                    <TableCell>
                      {r.subject ? (
                        <>
                          <strong>{r.subject}</strong>
                          <pre className="werkbank-message" data-testid="preview-body">{r.body}</pre>
                        </>
                      ) : (
                        r.explanation
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </section>
      )}
    </section>
  );
}
