import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, FormField, FormFieldTextbox, FormLabel, Heading2, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { ApiProblem } from '../api/http';
import { neighbourhoodDigest } from '../api/neighbourhood-digest';
import { publicMap } from '../api/public-map';
import { ProblemMessage } from '../app/ProblemMessage';
import { currentLanguage } from '../i18n/i18n';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * A daily e-mail of new public reports and outcomes in one neighbourhood, for a signed-in resident: choose the area
 * and the address (Keycloak's suggested), change it, or stop it. Nothing happened that day: no e-mail.
 */
export function DigestPanel({ suggestedEmail }: { suggestedEmail: string }) {
  const { t, i18n } = useTranslation('neighbourhood');
  const client = useQueryClient();
  const areas = useQuery({ queryKey: ['public-areas'], queryFn: publicMap.areas, staleTime: 10 * 60_000, retry: false });
  const mine = useQuery({
    queryKey: ['my-digest'],
    queryFn: async () => {
      try {
        return await neighbourhoodDigest.mine();
      } catch (error) {
        if (error instanceof ApiProblem && error.status === 404) return null;
        throw error;
      }
    },
    retry: false,
  });
  const [areaId, setAreaId] = useState('');
  const [email, setEmail] = useState(suggestedEmail);
  const [tried, setTried] = useState(false);
  const [done, setDone] = useState<'subscribed' | 'stopped' | null>(null);
  useEffect(() => {
    if (mine.data) {
      setAreaId(mine.data.areaId);
      setEmail(mine.data.email);
    }
  }, [mine.data]);
  const subscribe = useMutation({
    mutationFn: neighbourhoodDigest.subscribe,
    onSuccess: (subscription) => {
      client.setQueryData(['my-digest'], subscription);
      setDone('subscribed');
    },
  });
  const stop = useMutation({
    mutationFn: neighbourhoodDigest.unsubscribe,
    onSuccess: () => {
      client.setQueryData(['my-digest'], null);
      setDone('stopped');
    },
  });
  const homeAreas = (areas.data ?? []).filter((a) => a.kind === 'buurt' || a.kind === 'wijk' || a.kind === 'custom');
  const areaMissing = tried && areaId === '';
  const emailWrong = tried && !EMAIL.test(email.trim());
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    setDone(null);
    if (areaId && EMAIL.test(email.trim())) subscribe.mutate({ areaId, email: email.trim(), language: currentLanguage(i18n) });
  };

  return (
    <section aria-labelledby="digest-heading" className="loket-stack" data-testid="digest">
      <Heading2 id="digest-heading">{t('digest.heading')}</Heading2>
      <Paragraph>{t('digest.intro')}</Paragraph>
      {mine.data && (
        <Paragraph data-testid="digest-current">
          {t('digest.current', { area: homeAreas.find((a) => a.code === mine.data?.areaId)?.name ?? mine.data.areaId, email: mine.data.email })}
        </Paragraph>
      )}
      {mine.error ? <ProblemMessage error={mine.error} /> : null}
      <form onSubmit={submit} noValidate className="loket-stack">
        <FormField type="select" invalid={areaMissing}>
          <FormLabel htmlFor="digest-area">{t('digest.area')}</FormLabel>
          {areaMissing && (
            <Paragraph id="digest-area-error" className="utrecht-form-field-error-message">
              {t('digest.areaRequired')}
            </Paragraph>
          )}
          <Select id="digest-area" value={areaId} invalid={areaMissing} aria-describedby={areaMissing ? 'digest-area-error' : undefined} onChange={(e) => setAreaId(e.target.value)}>
            <SelectOption value="">{t('form.chooseArea')}</SelectOption>
            {homeAreas.map((a) => (
              <SelectOption key={a.code} value={a.code}>
                {a.name}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <FormFieldTextbox
          id="digest-email"
          type="email"
          autoComplete="email"
          label={t('digest.email')}
          description={t('digest.emailHint')}
          value={email}
          invalid={emailWrong}
          errorMessage={emailWrong ? t('digest.emailRequired') : undefined}
          onChange={(event) => setEmail((event.target as HTMLInputElement).value)}
        />
        {subscribe.error ? <ProblemMessage error={subscribe.error} /> : null}
        {stop.error ? <ProblemMessage error={stop.error} /> : null}
        <div className="loket-actions">
          <Button type="submit" appearance="primary-action-button" busy={subscribe.isPending}>
            {mine.data ? t('digest.change') : t('digest.subscribe')}
          </Button>
          {mine.data && (
            <Button type="button" appearance="secondary-action-button" busy={stop.isPending} onClick={() => { setDone(null); stop.mutate(); }}>
              {t('digest.stop')}
            </Button>
          )}
        </div>
        <Paragraph role="status" aria-live="polite" data-testid="digest-status">
          {done ? t(`digest.done.${done}`) : ''}
        </Paragraph>
      </form>
    </section>
  );
}
