import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormField, FormFieldCheckbox, FormFieldTextbox, FormLabel, Heading2, Heading3, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { Language } from '../i18n/i18n';

export interface Contact {
  email: string;
  phone: string;
  language: Language;
  emailUpdates: boolean;
  professionalContact: boolean;
}

interface Props {
  contact: Contact;
  onContact(change: Partial<Contact>): void;
  errors: Partial<Record<'email' | 'phone', string>>;
  canConsentToProfessionalContact: boolean;
}

/** Optional contact details, the language of messages, consents (professional contact unchecked by default), privacy. */
export function ContactSection({ contact, onContact, errors, canConsentToProfessionalContact }: Props) {
  const { t } = useTranslation('report');
  const value = (event: { target: EventTarget }) => (event.target as HTMLInputElement).value;
  return (
    <section aria-labelledby="contact-heading" className="loket-stack">
      <Heading2 id="contact-heading">{t('contact.heading')}</Heading2>
      <Paragraph>{t('contact.intro')}</Paragraph>
      <FormFieldCheckbox
        id="hear-back"
        label={t('contact.emailUpdates')}
        checked={contact.emailUpdates}
        onChange={(event) => onContact({ emailUpdates: event.target.checked })}
      />
      <FormFieldTextbox
        id="email"
        label={t('contact.email')}
        type="email"
        autoComplete="email"
        value={contact.email}
        invalid={!!errors.email}
        errorMessage={errors.email}
        onChange={(event) => onContact({ email: value(event) })}
      />
      <FormFieldTextbox
        id="phone"
        label={t('contact.phone')}
        type="tel"
        autoComplete="tel"
        value={contact.phone}
        invalid={!!errors.phone}
        errorMessage={errors.phone}
        onChange={(event) => onContact({ phone: value(event) })}
      />
      <FormField type="select">
        <FormLabel htmlFor="message-language">{t('contact.language')}</FormLabel>
        <Select id="message-language" value={contact.language} onChange={(event) => onContact({ language: event.target.value === 'en' ? 'en' : 'nl' })}>
          <SelectOption value="nl" lang="nl">Nederlands</SelectOption>
          <SelectOption value="en" lang="en">English</SelectOption>
        </Select>
      </FormField>
      {canConsentToProfessionalContact && (
        <FormFieldCheckbox
          id="professional-contact"
          label={t('contact.professionalContact')}
          checked={contact.professionalContact}
          onChange={(event) => onContact({ professionalContact: event.target.checked })}
        />
      )}
      <Heading3>{t('contact.privacyHeading')}</Heading3>
      <Paragraph small data-testid="privacy-statement">{t('contact.privacy')}</Paragraph>
      <Paragraph small>
        <Link className="utrecht-link" to="/privacy" target="_blank" rel="noopener">
          {t('contact.privacyLink')}
        </Link>
      </Paragraph>
    </section>
  );
}
