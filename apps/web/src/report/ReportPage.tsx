import { useMutation } from '@tanstack/react-query';
import { MouseEvent, useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { intake, NewReport } from '../api/intake';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { useAuth } from '../auth/auth';
import { currentLanguage } from '../i18n/i18n';
import { useCapabilities } from './capabilities';
import { Contact, ContactSection } from './ContactSection';
import { CategoryPicker } from './CategoryPicker';
import { ChatForwardField } from './chat-forward/ChatForwardField';
import { useChatForwardPreview } from './chat-forward/chat-forward-preview';
import { Way, WayOfReporting } from './chat-forward/WayOfReporting';
import { DescriptionField } from './DescriptionField';
import { Answer, ExtraQuestions } from './ExtraQuestions';
import { NearbyCases } from './nearby/NearbyCases';
import { PhotoPicker } from './PhotoPicker';
import { Receipt } from './Receipt';
import { ReportRefused } from './ReportRefused';
import { faultsOf, FormFault, followOf, ReportForm, reportOf } from './report-draft';
import { CategoryChoice, questionsFor, useTaxonomy } from './taxonomy';
import { LatLon } from './where/lat-lon';
import { WhereSection } from './where/WhereSection';

/** A link in the list of faults takes the keyboard to the field itself (the NLDS field's input has its own id). */
function focusField(event: MouseEvent<HTMLAnchorElement>, field: string): void {
  const target = document.getElementById(field);
  const input = target?.matches('input, textarea, select') ? target : target?.querySelector<HTMLElement>('input, textarea, select');
  if (!input && !target) return;
  event.preventDefault();
  (input ?? target)?.scrollIntoView({ block: 'center' });
  if (input) input.focus();
  else {
    target?.setAttribute('tabindex', '-1');
    target?.focus();
  }
}

/** The resident's report: what, which kind, where, photos, "is it one of these?", contact; then the tracking code. */
export default function ReportPage() {
  const { t, i18n } = useTranslation('report');
  useDocumentTitle(t('title'));
  const auth = useAuth();
  const capabilities = useCapabilities();
  const taxonomy = useTaxonomy();
  const [way, setWay] = useState<Way>('own-words');
  const [description, setDescription] = useState('');
  const [chatExport, setChatExport] = useState('');
  const [choice, setChoice] = useState<CategoryChoice | null>(null);
  const [chosenByPerson, setChosenByPerson] = useState(false);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [location, setLocation] = useState<LatLon | null>(null);
  const [outside, setOutside] = useState(false);
  const [photos, setPhotos] = useState<File[]>([]);
  const [contact, setContact] = useState<Contact>(() => ({
    email: '', phone: '', language: currentLanguage(i18n), emailUpdates: true, professionalContact: false,
  }));
  // Once a send was refused, the list of faults follows the form: what is fixed leaves it.
  const [tried, setTried] = useState(false);
  const [following, setFollowing] = useState<string | null>(null);
  const idempotencyKey = useRef(crypto.randomUUID());
  const summary = useRef<HTMLDivElement>(null);

  const questions = useMemo(() => questionsFor(choice, taxonomy.data), [choice, taxonomy.data]);
  const chatPreview = useChatForwardPreview(way === 'chat' ? chatExport : '');
  // What the resident says happened: their words, and when forwarding a chat what Loket keeps of it.
  const told = way === 'chat' ? `${description} ${chatPreview.preview?.description ?? ''}` : description;
  const form: ReportForm = { description, ...(way === 'chat' ? { chatExport } : {}), choice, answers, location, outside, contact };
  const faults: FormFault[] = tried ? faultsOf(form, questions, currentLanguage(i18n)) : [];
  const submit = useMutation({
    mutationFn: ({ report, files }: { report: NewReport; files: File[] }) => intake.submitReport(report, files, idempotencyKey.current),
  });
  const onChoice = useCallback((next: CategoryChoice | null, byPerson: boolean) => {
    setChoice(next);
    if (byPerson) setChosenByPerson(true);
  }, []);
  const onOutside = useCallback((value: boolean) => setOutside(value), []);

  const send = () => {
    const found = faultsOf(form, questions, currentLanguage(i18n));
    setTried(found.length > 0);
    if (found.length > 0) return void setTimeout(() => summary.current?.focus(), 0);
    submit.mutate({ report: reportOf(form, questions, { professionalContact: !!capabilities?.professionalContactConsent }), files: photos });
  };
  const follow = (caseId: string) => {
    setFollowing(caseId);
    submit.mutate({ report: followOf(caseId, form), files: [] });
  };
  const restart = () => {
    setDescription('');
    setChatExport('');
    setChoice(null);
    setChosenByPerson(false);
    setAnswers({});
    setLocation(null);
    setPhotos([]);
    setTried(false);
    setFollowing(null);
    idempotencyKey.current = crypto.randomUUID();
    submit.reset();
  };

  if (submit.data) {
    return <Receipt receipt={submit.data} followed={!!following} emailGiven={contact.email.trim() !== ''} onAnother={restart} />;
  }
  const faultOf = (field: string) => {
    const fault = faults.find((f) => f.field === field);
    return fault ? t(fault.key, fault.values) : undefined;
  };
  const questionErrors = Object.fromEntries(faults.filter((f) => f.field.startsWith('question-')).map((f) => [f.field.slice(9), t(f.key, f.values)]));

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
      {auth.person && (
        <Paragraph data-testid="reporting-as">{auth.person.tier === 'volunteer' ? t('signedIn.volunteer') : t('signedIn.resident')}</Paragraph>
      )}
      {faults.length > 0 && (
        <div ref={summary} tabIndex={-1} data-testid="form-faults">
          <Alert type="error" role="alert">
            <Heading2>{t('errorsHeading')}</Heading2>
            <ul>
              {faults.map((f) => (
                <li key={`${f.field}-${f.key}`}>
                  <a className="utrecht-link" href={`#${f.field}`} onClick={(event) => focusField(event, f.field)}>
                    {t(f.key, f.values)}
                  </a>
                </li>
              ))}
            </ul>
          </Alert>
        </div>
      )}
      <section aria-labelledby="what-heading" className="loket-stack">
        <Heading2 id="what-heading">{t('what.heading')}</Heading2>
        <WayOfReporting way={way} onWay={setWay} />
        {way === 'chat' && <ChatForwardField chatExport={chatExport} onChatExport={setChatExport} state={chatPreview} error={faultOf('chat-export')} />}
        <DescriptionField description={description} onDescription={setDescription} error={faultOf('description')} optional={way === 'chat'} />
        <CategoryPicker
          text={told}
          choice={choice}
          onChoice={onChoice}
          chosenByPerson={chosenByPerson}
        />
      </section>
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
      {location && (capabilities?.nearby || capabilities?.similar) && (
        <NearbyCases
          location={location}
          choice={choice}
          text={told}
          offers={capabilities}
          canFollow={!!capabilities.follow}
          onFollow={follow}
          following={following}
        />
      )}
      {capabilities?.photos && <PhotoPicker photos={photos} onPhotos={setPhotos} />}
      <ContactSection
        contact={contact}
        onContact={(change) => setContact((current) => ({ ...current, ...change }))}
        errors={{}}
        canConsentToProfessionalContact={!!capabilities?.professionalContactConsent}
      />
      {submit.isError && <ReportRefused error={submit.error} onField={focusField} />}
      <Button type="submit" appearance="primary-action-button" busy={submit.isPending} disabled={submit.isPending}>
        {submit.isPending ? t('submitting') : t('submit')}
      </Button>
    </form>
  );
}
