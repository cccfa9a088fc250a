import { Alert, Button, ButtonGroup, Heading1, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../api/http';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { currentLanguage } from '../i18n/i18n';
import { ROUTING } from '../werkbank/api';
import { ApiProblem } from '../werkbank/api-problem';
import { ProblemAlert } from '../werkbank/ProblemAlert';
import { hasRole, useApi, usePrincipal } from '../werkbank/session';
import { CategoryEditor } from './CategoryEditor';
import { TaxonomyHistory } from './TaxonomyHistory';
import { draftBody, fieldId, mainOf, type TaxonomyDocument, type TaxonomyVersion, type TaxonomyVersionDocument } from './taxonomy-draft';

const BASE = `${ROUTING}/taxonomy`;

/**
 * The categories and their extra questions (issue #12 §3): a draft copied from the version in force, edited one main
 * category at a time (names, sensitivity, usual organisation, questions, subcategories), saved whole, checked,
 * published. Every problem the service names is shown at its field and listed above the form, linked to it.
 */
export function CategoriesPage() {
  const { t, i18n } = useTranslation('beheer');
  useDocumentTitle(t('categories.title'));
  const language = currentLanguage(i18n);
  const api = useApi();
  const client = useQueryClient();
  const isAdmin = hasRole(usePrincipal(), 'admin');
  const versions = useQuery({ queryKey: ['taxonomy'], queryFn: () => api.get<TaxonomyVersion[]>(`${BASE}/versions`), enabled: isAdmin });
  const chosen = (versions.data ?? []).find((v) => v.status === 'draft') ?? (versions.data ?? []).find((v) => v.status === 'published');
  const loaded = useQuery({
    queryKey: ['taxonomy', chosen?.version, chosen?.revision],
    queryFn: () => api.get<TaxonomyVersionDocument>(`${BASE}/versions/${chosen?.version}`),
    enabled: chosen !== undefined,
  });
  const [doc, setDoc] = useState<TaxonomyDocument | null>(null);
  const [main, setMain] = useState(0);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [focus, setFocus] = useState<string | null>(null);
  useEffect(() => setDoc(loaded.data?.taxonomy ?? null), [loaded.data]);
  useEffect(() => {
    if (!focus) return;
    // A text field's id is on its form field; the control is inside it.
    const place = document.getElementById(fieldId(focus));
    const control = place?.matches('input, select, textarea, [tabindex]') ? place : place?.querySelector<HTMLElement>('input, select, textarea, [tabindex]');
    (control ?? place)?.focus();
    setFocus(null);
  }, [focus, main]);

  const refresh = () => void client.invalidateQueries({ queryKey: ['taxonomy'] });
  const version = loaded.data?.version;
  const placed = (error: unknown) => {
    if (error instanceof ApiProblem && error.errors.length) setErrors(error.errors);
  };
  const createDraft = useMutation({ mutationFn: () => api.send<TaxonomyVersionDocument>('POST', `${BASE}/drafts`, {}), onSuccess: refresh });
  const save = useMutation({
    mutationFn: () => api.send<TaxonomyVersionDocument>('PUT', `${BASE}/versions/${version}`, draftBody(doc ?? { categories: [], organisations: [] }, loaded.data?.revision ?? 0)),
    onSuccess: () => {
      setErrors([]);
      refresh();
    },
    onError: placed,
  });
  const validate = useMutation({
    mutationFn: () => api.send<{ publishable: boolean; errors: FieldError[] }>('POST', `${BASE}/versions/${version}/validate`),
    onSuccess: (result) => setErrors(result.errors),
  });
  const publish = useMutation({ mutationFn: () => api.send<TaxonomyVersionDocument>('POST', `${BASE}/versions/${version}/publish`), onSuccess: () => { setErrors([]); refresh(); }, onError: placed });

  if (!isAdmin) return <><Heading1>{t('categories.title')}</Heading1><Paragraph>{t('categories.adminsOnly')}</Paragraph></>;

  const isDraft = loaded.data?.status === 'draft';
  const dirty = doc !== null && loaded.data !== undefined && JSON.stringify(doc) !== JSON.stringify(loaded.data.taxonomy);
  const categoryName = (index: number | null) => {
    const c = index === null ? undefined : doc?.categories[index];
    return c ? c.name[language] || c.code || t('categories.newCategory') : t('categories.whole');
  };
  const actionError = createDraft.error ?? save.error ?? validate.error ?? publish.error;
  // Problems with fields are shown at the fields and in the list below; the alert then says only what kind it is.
  const shownError = actionError instanceof ApiProblem && actionError.errors.length ? new ApiProblem(actionError.status, actionError.title, undefined, [], actionError.type) : actionError;

  return (
    <>
      <Heading1>{t('categories.title')}</Heading1>
      <ProblemAlert error={versions.error ?? loaded.error} />
      <Paragraph>{loaded.data ? t('categories.showing', { version: loaded.data.version, status: t(`categories.status.${loaded.data.status}`) }) : t('loading')}</Paragraph>
      {loaded.data && !isDraft && (
        <>
          <Paragraph>{t('categories.readOnly')}</Paragraph>
          <Button appearance="primary-action-button" onClick={() => createDraft.mutate()} disabled={createDraft.isPending}>
            {t('categories.newDraft')}
          </Button>
        </>
      )}
      {errors.length > 0 && (
        <Alert type="error" role="alert">
          <Heading2 id="taxonomy-errors-heading">{t('categories.problems', { count: errors.length })}</Heading2>
          <UnorderedList aria-labelledby="taxonomy-errors-heading" data-testid="taxonomy-problems">
            {errors.map((e, i) => {
              const at = mainOf(e.field);
              return (
                <UnorderedListItem key={`${e.field}-${i}`}>
                  {categoryName(at)}: {e.messages.join('; ')}{' '}
                  {at !== null && (
                    <Button appearance="subtle-button" onClick={() => { setMain(at); setFocus(e.field); }}>
                      {t('categories.goTo', { name: categoryName(at) })}
                    </Button>
                  )}
                </UnorderedListItem>
              );
            })}
          </UnorderedList>
        </Alert>
      )}
      {doc && (
        <nav aria-labelledby="category-list-heading" data-testid="category-list">
          <Heading2 id="category-list-heading">{t('categories.list')}</Heading2>
          <UnorderedList>
            {doc.categories.map((c, i) => {
              const count = errors.filter((e) => mainOf(e.field) === i).length;
              return (
                <UnorderedListItem key={i}>
                  <Button appearance="subtle-button" aria-current={i === main ? 'true' : undefined} onClick={() => setMain(i)}>
                    {categoryName(i)}
                  </Button>{' '}
                  {t('categories.subCount', { count: c.sub.length })}
                  {count > 0 && <strong> {t('categories.problemCount', { count })}</strong>}
                </UnorderedListItem>
              );
            })}
          </UnorderedList>
        </nav>
      )}
      {doc && <CategoryEditor doc={doc} main={Math.min(main, doc.categories.length - 1)} errors={errors} editable={isDraft} onChange={setDoc} />}
      {isDraft && (
        <ButtonGroup>
          <Button appearance="secondary-action-button" disabled={!dirty || save.isPending} onClick={() => save.mutate()}>
            {t('categories.save')}
          </Button>
          <Button appearance="secondary-action-button" disabled={dirty || validate.isPending} onClick={() => validate.mutate()}>
            {t('categories.validate')}
          </Button>
          <Button appearance="primary-action-button" disabled={dirty || publish.isPending} onClick={() => publish.mutate()}>
            {t('categories.publish')}
          </Button>
        </ButtonGroup>
      )}
      {isDraft && dirty && <Paragraph>{t('categories.unsaved')}</Paragraph>}
      <ProblemAlert error={shownError} onReload={refresh} />
      {save.isSuccess && !dirty && isDraft && <Paragraph role="status">{t('categories.saved')}</Paragraph>}
      {validate.data && <Paragraph role="status">{validate.data.publishable ? t('categories.publishable') : t('categories.notPublishable')}</Paragraph>}
      {publish.isSuccess && (
        <Alert type="ok" role="status">
          <Paragraph>{t('categories.published', { version: publish.data.version })}</Paragraph>
        </Alert>
      )}
      <TaxonomyHistory versions={versions.data ?? []} />
    </>
  );
}
