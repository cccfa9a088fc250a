import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, FormField, FormFieldCheckbox, FormLabel, Heading2, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { Preferences } from '../api/feedback';
import { ProblemMessage } from '../app/ProblemMessage';

interface Props {
  preferences: Preferences;
  save(change: Partial<Pick<Preferences, 'language' | 'contactConsent' | 'professionalContactConsent'>>): Promise<Preferences>;
  withdraw(): Promise<Preferences>;
  onChanged(next: Preferences): void;
}

export function PreferencesForm({ preferences, save, withdraw, onChanged }: Props) {
  const { t } = useTranslation('track');
  const [language, setLanguage] = useState(preferences.language);
  const [contactConsent, setContactConsent] = useState(preferences.contactConsent);
  const [professional, setProfessional] = useState(preferences.professionalContactConsent);
  const saving = useMutation({ mutationFn: save, onSuccess: onChanged });
  const withdrawing = useMutation({ mutationFn: withdraw, onSuccess: (next) => {
    setContactConsent(next.contactConsent);
    onChanged(next);
  } });
  return (
    <>
      <form
        noValidate
        className="loket-stack"
        aria-labelledby="preferences-heading"
        onSubmit={(event) => {
          event.preventDefault();
          saving.mutate({ language, contactConsent, professionalContactConsent: professional });
        }}
      >
        <Heading2 id="preferences-heading">{t('link.preferencesHeading')}</Heading2>
        {!preferences.emailOnFile && <Paragraph>{t('link.noEmail')}</Paragraph>}
        <FormField type="select">
          <FormLabel htmlFor="link-language">{t('link.language')}</FormLabel>
          <Select id="link-language" value={language} onChange={(e) => setLanguage(e.target.value === 'en' ? 'en' : 'nl')}>
            <SelectOption value="nl" lang="nl">Nederlands</SelectOption>
            <SelectOption value="en" lang="en">English</SelectOption>
          </Select>
        </FormField>
        {preferences.emailOnFile && (
          <FormFieldCheckbox id="link-email-consent" label={t('link.emailConsent')} checked={contactConsent} onChange={(e) => setContactConsent(e.target.checked)} />
        )}
        <FormFieldCheckbox id="link-professional-consent" label={t('link.professionalConsent')} checked={professional} onChange={(e) => setProfessional(e.target.checked)} />
        {saving.isSuccess && (
          <Alert type="ok" role="status">
            <Paragraph>{t('link.saved')}</Paragraph>
          </Alert>
        )}
        {saving.isError && <ProblemMessage error={saving.error} />}
        <Button type="submit" appearance="primary-action-button" busy={saving.isPending}>
          {t('link.save')}
        </Button>
      </form>
      {preferences.emailOnFile && (
        <section aria-labelledby="withdraw-heading" className="loket-stack">
          <Heading2 id="withdraw-heading">{t('link.withdrawHeading')}</Heading2>
          <Paragraph>{t('link.withdrawText')}</Paragraph>
          {withdrawing.isSuccess ? (
            <Paragraph role="status">{t('link.withdrawn')}</Paragraph>
          ) : (
            <Button appearance="secondary-action-button" busy={withdrawing.isPending} onClick={() => withdrawing.mutate()}>
              {t('link.withdraw')}
            </Button>
          )}
          {withdrawing.isError && <ProblemMessage error={withdrawing.error} />}
        </section>
      )}
    </>
  );
}
