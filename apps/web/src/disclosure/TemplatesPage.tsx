import { Alert, Button, FormField, FormLabel, Heading1, Heading2, Paragraph, Select, SelectOption, Textarea, Textbox } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { useDebounced } from '../cases/use-debounced';
import { FEEDBACK } from '../werkbank/api';
import { ProblemAlert } from '../werkbank/ProblemAlert';
import { useApi } from '../werkbank/session';

type Templates = Record<string, Record<string, Record<string, { subject: string; body: string }>>>;
const BAND_LEVEL: Record<string, number> = { generic: 2, 'with-outcome': 3, trusted: 4 };

/** The message templates per stage × language × band, edited with a live preview of what a reporter receives. */
export function TemplatesPage() {
  const { t } = useTranslation('beheer');
  useDocumentTitle(t('templates.title'));
  const api = useApi();
  const client = useQueryClient();
  const current = useQuery({ queryKey: ['disclosure', 'templates'], queryFn: () => api.get<{ version: number; content: Templates }>(`${FEEDBACK}/admin/message-templates`) });
  const [draft, setDraft] = useState<Templates | null>(null);
  useEffect(() => setDraft(current.data?.content ?? null), [current.data]);
  const stages = Object.keys(draft ?? {});
  const [stage, setStage] = useState('closed');
  const [language, setLanguage] = useState('nl');
  const [band, setBand] = useState('generic');
  const settled = useDebounced(draft, 400);
  const preview = useQuery({
    queryKey: ['disclosure', 'preview', stage, language, band, settled],
    queryFn: () =>
      api.send<{ deliver: boolean; subject?: string; body?: string; reason?: string }>('POST', `${FEEDBACK}/admin/message-templates/preview`, {
        stage,
        language,
        level: BAND_LEVEL[band] ?? 2,
        sample: { noteText: t('templates.sampleNote') },
        templates: settled,
      }),
    enabled: settled !== null,
    retry: false,
  });
  const save = useMutation({
    mutationFn: (templates: Templates) => api.send<{ version: number }>('PUT', `${FEEDBACK}/admin/message-templates`, { templates, expectedVersion: current.data?.version }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['disclosure'] }),
  });
  if (current.error) return <ProblemAlert error={current.error} />;
  if (!draft) return <Paragraph>{t('loading')}</Paragraph>;
  const template = draft[stage]?.[language]?.[band];
  const edit = (field: 'subject' | 'body', value: string) =>
    setDraft({ ...draft, [stage]: { ...draft[stage], [language]: { ...draft[stage]?.[language], [band]: { ...(template ?? { subject: '', body: '' }), [field]: value } } } });
  return (
    <>
      <Heading1>{t('templates.title')}</Heading1>
      <Paragraph>{t('templates.intro', { version: current.data?.version })}</Paragraph>
      <div className="werkbank-filters">
        <Pick id="tpl-stage" label={t('templates.stage')} value={stage} onChange={setStage} options={stages} />
        <Pick id="tpl-language" label={t('templates.language')} value={language} onChange={setLanguage} options={['nl', 'en']} />
        <Pick id="tpl-band" label={t('templates.band')} value={band} onChange={setBand} options={Object.keys(draft[stage]?.[language] ?? BAND_LEVEL)} />
      </div>
      {template ? (
        <>
          <FormField>
            <FormLabel htmlFor="tpl-subject">{t('templates.subject')}</FormLabel>
            <Textbox id="tpl-subject" value={template.subject} onChange={(event) => edit('subject', event.target.value)} />
          </FormField>
          <FormField>
            <FormLabel htmlFor="tpl-body">{t('templates.body')}</FormLabel>
            <Textarea id="tpl-body" rows={8} value={template.body} onChange={(event) => edit('body', event.target.value)} />
          </FormField>
        </>
      ) : (
        <Paragraph>{t('templates.none')}</Paragraph>
      )}
      <section aria-labelledby="tpl-preview" aria-live="polite">
        <Heading2 id="tpl-preview">{t('templates.preview', { level: BAND_LEVEL[band] })}</Heading2>
        <ProblemAlert error={preview.error} />
        {preview.data?.deliver === false && <Paragraph>{preview.data.reason}</Paragraph>}
        {preview.data?.deliver && (
          <>
            <Paragraph>
              <strong>{preview.data.subject}</strong>
            </Paragraph>
            <pre className="werkbank-message">{preview.data.body}</pre>
          </>
        )}
      </section>
      <ProblemAlert error={save.error} onReload={() => { save.reset(); void current.refetch(); }} />
      {save.isSuccess && <Alert type="ok" role="status"><Paragraph>{t('saved', { version: save.data.version })}</Paragraph></Alert>}
      <Button appearance="primary-action-button" disabled={save.isPending} onClick={() => save.mutate(draft)}>
        {t('templates.save')}
      </Button>
    </>
  );
}

function Pick({ id, label, value, onChange, options }: { id: string; label: string; value: string; onChange: (v: string) => void; options: string[] }) {
  return (
    <FormField>
      <FormLabel htmlFor={id}>{label}</FormLabel>
      <Select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((o) => (
          <SelectOption key={o} value={o}>
            {o}
          </SelectOption>
        ))}
      </Select>
    </FormField>
  );
}
