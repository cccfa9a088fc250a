import { Alert, Button, ButtonGroup, FormField, FormLabel, Heading1, Heading2, Paragraph, Select, SelectOption, Textarea, Textbox } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../app/useDocumentTitle';
import type { ReadyMadeReply } from '../cases/case-types';
import { ROUTING, WORKBENCH } from '../werkbank/api';
import { ProblemAlert } from '../werkbank/ProblemAlert';
import { useApi } from '../werkbank/session';

interface Category {
  code: string;
  name: { nl: string; en: string };
  subcategories: { code: string; name: { nl: string; en: string } }[];
}

type Draft = Omit<ReadyMadeReply, 'id'> & { id?: string };

const empty = (main: string): Draft => ({ category: { main, sub: null }, title: { nl: '', en: '' }, text: { nl: '', en: '' } });

/** The library of ready-made replies per category (nl and en): edit, add, remove, save as a new version. */
export function RepliesPage() {
  const { t, i18n } = useTranslation('beheer');
  useDocumentTitle(t('replies.title'));
  const api = useApi();
  const client = useQueryClient();
  const language = i18n.language.startsWith('en') ? 'en' : 'nl';
  const library = useQuery({ queryKey: ['replies'], queryFn: () => api.get<{ version: number; replies: ReadyMadeReply[] }>(`${WORKBENCH}/admin/ready-made-replies`) });
  const categories = useQuery({ queryKey: ['categories'], queryFn: () => api.get<Category[]>(`${ROUTING}/categories`) });
  const [draft, setDraft] = useState<Draft[] | null>(null);
  useEffect(() => setDraft(library.data?.replies ?? null), [library.data]);
  const save = useMutation({
    mutationFn: (replies: Draft[]) => api.send<{ version: number }>('PUT', `${WORKBENCH}/admin/ready-made-replies`, { replies, expectedVersion: library.data?.version }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['replies'] }),
  });
  if (library.error) return <ProblemAlert error={library.error} />;
  if (!draft) return <Paragraph>{t('loading')}</Paragraph>;
  const update = (index: number, change: (reply: Draft) => Draft) => setDraft(draft.map((reply, i) => (i === index ? change(reply) : reply)));
  const mains = categories.data ?? [];
  return (
    <>
      <Heading1>{t('replies.title')}</Heading1>
      <Paragraph>{t('replies.intro', { version: library.data?.version ?? 0 })}</Paragraph>
      <ProblemAlert error={categories.error} />
      {draft.map((reply, index) => {
        const main = mains.find((c) => c.code === reply.category.main);
        const n = index + 1;
        return (
          <fieldset key={reply.id ?? `new-${index}`} className="werkbank-report utrecht-form-fieldset">
            <Heading2>{t('replies.reply', { n, title: reply.title[language] || '…' })}</Heading2>
            <FormField>
              <FormLabel htmlFor={`reply-${n}-main`}>{t('replies.category')}</FormLabel>
              <Select id={`reply-${n}-main`} value={reply.category.main} onChange={(e) => update(index, (r) => ({ ...r, category: { main: e.target.value, sub: null } }))}>
                {!main && <SelectOption value={reply.category.main}>{reply.category.main}</SelectOption>}
                {mains.map((c) => (
                  <SelectOption key={c.code} value={c.code}>
                    {c.name[language]}
                  </SelectOption>
                ))}
              </Select>
            </FormField>
            <FormField>
              <FormLabel htmlFor={`reply-${n}-sub`}>{t('replies.subcategory')}</FormLabel>
              <Select id={`reply-${n}-sub`} value={reply.category.sub ?? ''} onChange={(e) => update(index, (r) => ({ ...r, category: { ...r.category, sub: e.target.value || null } }))}>
                <SelectOption value="">{t('replies.allSubcategories')}</SelectOption>
                {(main?.subcategories ?? []).map((s) => (
                  <SelectOption key={s.code} value={s.code}>
                    {s.name[language]}
                  </SelectOption>
                ))}
              </Select>
            </FormField>
            {(['nl', 'en'] as const).map((lang) => (
              <div key={lang}>
                <FormField>
                  <FormLabel htmlFor={`reply-${n}-title-${lang}`}>{t('replies.titleIn', { language: lang })}</FormLabel>
                  <Textbox id={`reply-${n}-title-${lang}`} value={reply.title[lang]} onChange={(e) => update(index, (r) => ({ ...r, title: { ...r.title, [lang]: e.target.value } }))} />
                </FormField>
                <FormField>
                  <FormLabel htmlFor={`reply-${n}-text-${lang}`}>{t('replies.textIn', { language: lang })}</FormLabel>
                  <Textarea id={`reply-${n}-text-${lang}`} rows={3} value={reply.text[lang]} onChange={(e) => update(index, (r) => ({ ...r, text: { ...r.text, [lang]: e.target.value } }))} />
                </FormField>
              </div>
            ))}
            <Button appearance="subtle-button" onClick={() => setDraft(draft.filter((_, i) => i !== index))}>
              {t('replies.remove', { n })}
            </Button>
          </fieldset>
        );
      })}
      <ProblemAlert error={save.error} onReload={() => { save.reset(); void library.refetch(); }} />
      {save.isSuccess && <Alert type="ok" role="status"><Paragraph>{t('saved', { version: save.data.version })}</Paragraph></Alert>}
      <ButtonGroup>
        <Button appearance="secondary-action-button" onClick={() => setDraft([...draft, empty(mains[0]?.code ?? 'overig')])}>
          {t('replies.add')}
        </Button>
        <Button appearance="primary-action-button" disabled={save.isPending} onClick={() => save.mutate(draft)}>
          {t('replies.save')}
        </Button>
      </ButtonGroup>
    </>
  );
}
