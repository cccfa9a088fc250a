import { useMutation } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert, Button, Fieldset, FieldsetLegend, FormField, FormFieldTextbox, FormLabel, Heading1, Heading2, Paragraph, Select, SelectOption,
} from '@utrecht/component-library-react';
import { ProblemMessage } from '../app/ProblemMessage';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { currentLanguage } from '../i18n/i18n';
import { useCapabilities } from '../report/capabilities';
import { Contact, ContactSection } from '../report/ContactSection';
import { DescriptionAndCategory } from '../report/DescriptionAndCategory';
import { Answer, ExtraQuestions } from '../report/ExtraQuestions';
import { faultsOf, ReportForm } from '../report/report-draft';
import { CategoryChoice, questionsFor, useTaxonomy } from '../report/taxonomy';
import { LatLon } from '../report/where/lat-lon';
import { WhereSection } from '../report/where/WhereSection';
import { hasRole, useApi, usePrincipal } from '../werkbank/session';
import { assistedReportOf, DESK_CHANNELS, DESK_TIERS, DeskChannel, DeskTier, SubmittedReport } from './desk-report';

const INTAKE_ASSISTED_REPORTS = '/api/intake/v1/assisted-reports';

/**
 * /werkbank/balie: a desk or phone agent takes a report for a resident with the loket's own form parts (what,
 * which kind, the category's questions, where, the resident's contact details), plus how it came in and the
 * resident's tier. Intake decides (role `desk`); the resident's tracking code is shown to read out or hand over.
 */
export default function DeskReportPage() {
  const { t, i18n } = useTranslation(['desk', 'report']);
  useDocumentTitle(t('title'));
  const principal = usePrincipal();
  const api = useApi();
  const capabilities = useCapabilities();
  const taxonomy = useTaxonomy();
  const [channel, setChannel] = useState<DeskChannel>('phone');
  const [tier, setTier] = useState<DeskTier>('resident');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [choice, setChoice] = useState<CategoryChoice | null>(null);
  const [chosenByPerson, setChosenByPerson] = useState(false);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [location, setLocation] = useState<LatLon | null>(null);
  const [outside, setOutside] = useState(false);
  const [contact, setContact] = useState<Contact>(() => ({ email: '', phone: '', language: currentLanguage(i18n), emailUpdates: true, professionalContact: false }));
  const [tried, setTried] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const questions = useMemo(() => questionsFor(choice, taxonomy.data), [choice, taxonomy.data]);
  const form: ReportForm = { description, choice, answers, location, outside, contact };
  const faults = tried ? faultsOf(form, questions, currentLanguage(i18n)) : [];
  const submit = useMutation({ mutationFn: (body: unknown) => api.send<SubmittedReport>('POST', INTAKE_ASSISTED_REPORTS, body) });
  const onChoice = useCallback((next: CategoryChoice | null, byPerson: boolean) => {
    setChoice(next);
    if (byPerson) setChosenByPerson(true);
  }, []);
  const onOutside = useCallback((value: boolean) => setOutside(value), []);

  const send = () => {
    const found = faultsOf(form, questions, currentLanguage(i18n));
    setTried(found.length > 0);
    if (found.length > 0) return void setTimeout(() => summary.current?.focus(), 0);
    submit.mutate(assistedReportOf(form, questions, { channel, tier, name }));
  };
  const restart = () => {
    setName('');
    setDescription('');
    setChoice(null);
    setChosenByPerson(false);
    setAnswers({});
    setLocation(null);
    setContact((current) => ({ ...current, email: '', phone: '' }));
    setTried(false);
    submit.reset();
  };

  if (!hasRole(principal, 'desk')) {
    return (
      <Alert type="info">
        <Paragraph>{t('notAllowed')}</Paragraph>
      </Alert>
    );
  }
  if (submit.data) return <DeskReceipt receipt={submit.data} emailGiven={contact.email.trim() !== ''} onAnother={restart} />;
  const faultOf = (field: string) => {
    const fault = faults.find((f) => f.field === field);
    return fault ? t(fault.key, { ns: 'report', ...fault.values }) : undefined;
  };
  const questionErrors = Object.fromEntries(faults.filter((f) => f.field.startsWith('question-')).map((f) => [f.field.slice(9), t(f.key, { ns: 'report', ...f.values })]));

  return (
    <form
      noValidate
      className="loket-stack"
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      <Heading1>{t('title')}</Heading1>
      <Paragraph lead>{t('intro')}</Paragraph>
      {faults.length > 0 && (
        <div ref={summary} tabIndex={-1} data-testid="form-faults">
          <Alert type="error" role="alert">
            <Heading2>{t('errorsHeading')}</Heading2>
            <ul>
              {faults.map((f) => (
                <li key={`${f.field}-${f.key}`}>
                  <a className="utrecht-link" href={`#${f.field}`}>
                    {t(f.key, { ns: 'report', ...f.values })}
                  </a>
                </li>
              ))}
            </ul>
          </Alert>
        </div>
      )}
      <Fieldset>
        <FieldsetLegend>{t('intake.heading')}</FieldsetLegend>
        <FormField type="select">
          <FormLabel htmlFor="desk-channel">{t('intake.channel')}</FormLabel>
          <Select id="desk-channel" value={channel} onChange={(event) => setChannel(event.target.value as DeskChannel)}>
            {DESK_CHANNELS.map((c) => (
              <SelectOption key={c} value={c}>
                {t(`channels.${c}`)}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <FormField type="select">
          <FormLabel htmlFor="desk-tier">{t('intake.tier')}</FormLabel>
          <Select id="desk-tier" value={tier} onChange={(event) => setTier(event.target.value as DeskTier)}>
            {DESK_TIERS.map((c) => (
              <SelectOption key={c} value={c}>
                {t(`tiers.${c}`)}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <FormFieldTextbox id="desk-name" label={t('intake.name')} autoComplete="off" value={name} onChange={(event) => setName((event.target as HTMLInputElement).value)} />
      </Fieldset>
      <DescriptionAndCategory
        description={description}
        onDescription={setDescription}
        choice={choice}
        onChoice={onChoice}
        chosenByPerson={chosenByPerson}
        descriptionError={faultOf('description')}
      />
      <ExtraQuestions
        questions={questions}
        answers={answers}
        errors={questionErrors}
        onAnswer={(id, value) =>
          setAnswers((current) => {
            const next = { ...current };
            if (value === undefined) delete next[id];
            else next[id] = value;
            return next;
          })
        }
      />
      <WhereSection location={location} onLocation={setLocation} capabilities={capabilities} error={faultOf('where-heading')} onOutside={onOutside} />
      <ContactSection contact={contact} onContact={(change) => setContact((current) => ({ ...current, ...change }))} errors={{}} canConsentToProfessionalContact={false} />
      {submit.isError && <ProblemMessage error={submit.error} title={t('failed')} serviceDetail />}
      <Button type="submit" appearance="primary-action-button" busy={submit.isPending} disabled={submit.isPending}>
        {submit.isPending ? t('submitting') : t('submit')}
      </Button>
    </form>
  );
}

/** The resident's tracking code, to read out on the phone or hand over at the desk. */
function DeskReceipt({ receipt, emailGiven, onAnother }: { receipt: SubmittedReport; emailGiven: boolean; onAnother(): void }) {
  const { t } = useTranslation('desk');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="loket-stack" data-testid="desk-receipt">
      <Heading1 ref={heading} tabIndex={-1}>
        {t('receipt.title')}
      </Heading1>
      <Paragraph id="desk-code-label">{t('receipt.codeLabel')}</Paragraph>
      <p className="loket-code" aria-labelledby="desk-code-label" data-testid="tracking-code">
        {receipt.trackingCode}
      </p>
      <Paragraph>{emailGiven ? t('receipt.email') : t('receipt.noEmail')}</Paragraph>
      <Button appearance="primary-action-button" onClick={onAnother}>
        {t('receipt.another')}
      </Button>
    </div>
  );
}
