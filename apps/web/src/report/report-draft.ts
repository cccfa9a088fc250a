import { NewReport } from '../api/intake';
import { CategoryQuestion } from '../api/routing';
import { Language } from '../i18n/i18n';
import { Contact } from './ContactSection';
import { Answer } from './ExtraQuestions';
import { CategoryChoice } from './taxonomy';
import { LatLon } from './where/lat-lon';

export interface ReportForm {
  description: string;
  /** Messages pasted from a neighbourhood chat group, when the reporter forwards those (then own words are optional). */
  chatExport?: string;
  choice: CategoryChoice | null;
  answers: Record<string, Answer>;
  location: LatLon | null;
  outside: boolean;
  contact: Contact;
}

/** A fault the resident must fix, named by the field it is about (its element id on the page). */
export interface FormFault {
  field: string;
  key: string;
  values?: Record<string, string>;
}

/** What is wrong with the form before it is sent, in the order of the page. */
export function faultsOf(form: ReportForm, questions: readonly CategoryQuestion[], language: Language): FormFault[] {
  const faults: FormFault[] = [];
  if (form.chatExport !== undefined) {
    if (form.chatExport.trim() === '') faults.push({ field: 'chat-export', key: 'chat.required' });
  } else if (form.description.trim() === '') faults.push({ field: 'description', key: 'what.required' });
  for (const q of questions) {
    if (q.required && form.answers[q.id] === undefined) {
      faults.push({ field: `question-${q.id}`, key: 'questions.required', values: { label: q.label[language] || q.label.nl } });
    }
  }
  if (!form.location) faults.push({ field: 'where-heading', key: 'where.required' });
  else if (form.outside) faults.push({ field: 'where-heading', key: 'where.outside' });
  return faults;
}

/** The request intake receives: only what was filled in; contact only when given. */
export function reportOf(form: ReportForm, questions: readonly CategoryQuestion[], options: { professionalContact: boolean }): NewReport {
  const email = form.contact.email.trim();
  const phone = form.contact.phone.trim();
  const asked = new Set(questions.map((q) => q.id));
  const answers = Object.fromEntries(Object.entries(form.answers).filter(([id]) => asked.has(id)));
  const description = form.description.trim();
  return {
    ...(form.chatExport !== undefined ? { chatExport: form.chatExport.trim(), ...(description ? { description } : {}) } : { description }),
    ...(form.choice ? { category: form.choice.category, ...(form.choice.subcategory ? { subcategory: form.choice.subcategory } : {}) } : {}),
    ...(form.location ? { location: { lat: round(form.location.lat), lon: round(form.location.lon) } } : {}),
    ...(Object.keys(answers).length > 0 ? { answers } : {}),
    ...(email || phone ? { contact: { ...(email ? { email } : {}), ...(phone ? { phone } : {}) } } : {}),
    consentToContact: form.contact.emailUpdates,
    // Consent to be contacted by a professional only when the box was ticked: absent means no, to intake too.
    ...(options.professionalContact && form.contact.professionalContact ? { consentToProfessionalContact: true } : {}),
    language: form.contact.language,
  };
}

/** Following an open case instead of reporting it again: the case and how to reach the person, nothing else. */
export function followOf(caseId: string, form: ReportForm): NewReport {
  const { contact } = reportOf(form, [], { professionalContact: false });
  return { follows: caseId, ...(contact ? { contact } : {}), consentToContact: form.contact.emailUpdates, language: form.contact.language };
}

const round = (degrees: number) => Math.round(degrees * 1e6) / 1e6;
