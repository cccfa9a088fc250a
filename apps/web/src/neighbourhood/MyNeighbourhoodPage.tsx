import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, FormField, FormLabel, Heading1, Heading2, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { neighbourhoodPriorities } from '../api/neighbourhood-priorities';
import { publicMap } from '../api/public-map';
import { Loading } from '../app/Loading';
import { ProblemMessage } from '../app/ProblemMessage';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { useAuth } from '../auth/auth';
import { currentLanguage } from '../i18n/i18n';
import { localised, useTaxonomy } from '../report/taxonomy';
import { DigestPanel } from './DigestPanel';
import { checkDraft, choiceOf, draftOf, DraftErrors, PriorityDraft } from './priority-form';

const PLACES = ['first', 'second', 'third'] as const;

/**
 * "My neighbourhood": a signed-in resident or volunteer says where they live and ranks up to three themes that
 * matter most there; they see and change (or withdraw) their own answer. Coordinators see only the sum per
 * neighbourhood, never who answered.
 */
export default function MyNeighbourhoodPage() {
  const { t } = useTranslation('neighbourhood');
  useDocumentTitle(t('title'));
  const auth = useAuth();
  if (auth.loading) return <Loading />;
  const mayAnswer = !!auth.person && ['resident', 'volunteer'].some((role) => auth.person?.roles.includes(role));
  return (
    <div className="loket-stack">
      <Heading1>{t('title')}</Heading1>
      <Paragraph>{t('intro')}</Paragraph>
      {!auth.person ? (
        <>
          <Paragraph>{t('signInFirst')}</Paragraph>
          <Button appearance="primary-action-button" onClick={() => void auth.signIn('/mijn-buurt')}>
            {t('signIn')}
          </Button>
        </>
      ) : mayAnswer ? (
        <>
          <PriorityForm />
          <DigestPanel suggestedEmail={auth.person?.email ?? ''} />
        </>
      ) : (
        <Alert type="info">
          <Paragraph>{t('notForYou')}</Paragraph>
        </Alert>
      )}
      <Heading2>{t('privacyHeading')}</Heading2>
      <Paragraph small data-testid="priorities-privacy">{t('privacy')}</Paragraph>
    </div>
  );
}

function PriorityForm() {
  const { t, i18n } = useTranslation('neighbourhood');
  const language = currentLanguage(i18n);
  const client = useQueryClient();
  const taxonomy = useTaxonomy();
  const areas = useQuery({ queryKey: ['public-areas'], queryFn: publicMap.areas, staleTime: 10 * 60_000, retry: false });
  const mine = useQuery({ queryKey: ['my-priorities'], queryFn: neighbourhoodPriorities.mine, retry: false });
  const [draft, setDraft] = useState<PriorityDraft>(draftOf(null));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [done, setDone] = useState<'saved' | 'withdrawn' | null>(null);
  useEffect(() => {
    if (mine.data) setDraft(draftOf(mine.data.choice));
  }, [mine.data]);
  const save = useMutation({
    mutationFn: neighbourhoodPriorities.choose,
    onSuccess: (answer) => {
      client.setQueryData(['my-priorities'], answer);
      setDone('saved');
    },
  });
  const withdraw = useMutation({
    mutationFn: neighbourhoodPriorities.withdraw,
    onSuccess: () => {
      client.setQueryData(['my-priorities'], { choice: null });
      setDone('withdrawn');
    },
  });
  if (mine.isPending || areas.isPending || taxonomy.isPending) return <Loading />;
  if (mine.error || areas.error || taxonomy.error) return <ProblemMessage error={mine.error ?? areas.error ?? taxonomy.error} />;

  const homeAreas = (areas.data ?? []).filter((a) => a.kind === 'buurt' || a.kind === 'custom');
  const themes = (taxonomy.data ?? []).filter((c) => c.code !== 'overig');
  const themeName = (code: string) => localised(themes.find((c) => c.code === code)?.name, language) || code;
  const current = mine.data?.choice ?? null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const found = checkDraft(draft);
    setErrors(found);
    if (Object.keys(found).length === 0) save.mutate(choiceOf(draft));
  };
  const setPlace = (index: number, value: string) => {
    const places = [...draft.places] as PriorityDraft['places'];
    places[index] = value;
    setDraft({ ...draft, places });
  };
  const placeError = errors.places ? t(`error.${errors.places}`) : null;

  return (
    <>
      <section aria-labelledby="current-heading" data-testid="my-priorities">
        <Heading2 id="current-heading">{t('current.heading')}</Heading2>
        {current ? (
          <>
            <Paragraph>{t('current.area', { area: homeAreas.find((a) => a.code === current.areaId)?.name ?? current.areaId })}</Paragraph>
            <ol>
              {current.themes.map((theme) => (
                <li key={theme}>{themeName(theme)}</li>
              ))}
            </ol>
          </>
        ) : (
          <Paragraph>{t('current.none')}</Paragraph>
        )}
      </section>
      <form onSubmit={submit} noValidate className="loket-stack" aria-labelledby="choose-heading">
        <Heading2 id="choose-heading">{current ? t('form.change') : t('form.heading')}</Heading2>
        <FormField type="select" invalid={!!errors.areaId}>
          <FormLabel htmlFor="priority-area">{t('form.area')}</FormLabel>
          {errors.areaId && (
            <Paragraph id="priority-area-error" className="utrecht-form-field-error-message">
              {t('error.area')}
            </Paragraph>
          )}
          <Select id="priority-area" value={draft.areaId} invalid={!!errors.areaId} aria-describedby={errors.areaId ? 'priority-area-error' : undefined} onChange={(e) => setDraft({ ...draft, areaId: e.target.value })}>
            <SelectOption value="">{t('form.chooseArea')}</SelectOption>
            {homeAreas.map((a) => (
              <SelectOption key={a.code} value={a.code}>
                {a.name}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        {placeError && (
          <Paragraph id="priority-places-error" className="utrecht-form-field-error-message" role="alert">
            {placeError}
          </Paragraph>
        )}
        {PLACES.map((place, index) => {
          const invalid = (index === 0 && !!errors.first) || !!errors.places;
          const describedBy = [index === 0 && errors.first ? 'priority-first-error' : '', errors.places ? 'priority-places-error' : ''].filter(Boolean).join(' ');
          return (
            <FormField type="select" key={place} invalid={invalid}>
              <FormLabel htmlFor={`priority-${place}`}>{t(`form.${place}`)}</FormLabel>
              {index === 0 && errors.first && (
                <Paragraph id="priority-first-error" className="utrecht-form-field-error-message">
                  {t('error.first')}
                </Paragraph>
              )}
              <Select id={`priority-${place}`} value={draft.places[index]} invalid={invalid} aria-describedby={describedBy || undefined} onChange={(e) => setPlace(index, e.target.value)}>
                <SelectOption value="">{index === 0 ? t('form.chooseTheme') : t('form.noTheme')}</SelectOption>
                {themes.map((c) => (
                  <SelectOption key={c.code} value={c.code}>
                    {localised(c.name, language)}
                  </SelectOption>
                ))}
              </Select>
            </FormField>
          );
        })}
        {save.error ? <ProblemMessage error={save.error} /> : null}
        {withdraw.error ? <ProblemMessage error={withdraw.error} /> : null}
        <div className="loket-actions">
          <Button type="submit" appearance="primary-action-button" busy={save.isPending}>
            {t('form.save')}
          </Button>
          {current && (
            <Button type="button" appearance="secondary-action-button" busy={withdraw.isPending} onClick={() => { setDone(null); withdraw.mutate(); }}>
              {t('form.withdraw')}
            </Button>
          )}
        </div>
        <Paragraph role="status" aria-live="polite" data-testid="priorities-status">
          {done ? t(`done.${done}`) : ''}
        </Paragraph>
      </form>
    </>
  );
}
