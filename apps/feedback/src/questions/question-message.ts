import { redact } from '@loket/disclosure-policy';
import { CaseFacts, contactLevel, PlannedMessage, ReporterFacts } from '../messages/plan-message';
import { DisclosurePolicy } from '../messages/disclosure-policy';

export interface AskedQuestion {
  eventId: string;
  text: string;
  askedAt: Date;
  answerBy: Date;
}

/**
 * The e-mail that asks one reporter a professional's question, or null when they are not to be e-mailed: only a
 * reporter who gave an address and consent to be contacted (level ≥ 1) gets it; everyone sees the question on
 * their tracking page anyway. The question is redacted like a note (it is never the reporter's own text); the
 * link to answer is the signed link every e-mail ends with. Pure.
 */
export function questionMessageFor(question: AskedQuestion, reporter: ReporterFacts, kase: CaseFacts, policy: DisclosurePolicy, options: { byReply?: boolean } = {}): PlannedMessage | null {
  const level = contactLevel(reporter, kase, policy);
  if (level < 1 || !reporter.hasEmail || !reporter.consentToContact) return null;
  const text = redact(question.text).text;
  const until = question.answerBy.toISOString().slice(0, 10).split('-').reverse().join('-');
  const english = reporter.language === 'en';
  return {
    reportId: reporter.reportId,
    reporterRef: reporter.reporterRef,
    caseId: kase.caseId,
    triggerEventId: question.eventId,
    stage: 'question-for-reporter',
    level,
    channel: 'email',
    language: reporter.language,
    subject: english ? `A question about your report ${reporter.trackingCodeHint}` : `Een vraag over uw melding ${reporter.trackingCodeHint}`,
    body: english
      ? `The person handling your report ${reporter.trackingCodeHint} has a question for you:\n\n${text}\n\n` +
        `You can answer until ${until} through the link below, or on the tracking page with your tracking code. ` +
        `Answering is up to you; the case goes on either way. ` +
        (options.byReply ? 'You can also simply reply to this e-mail.' : 'Please do not send the answer by replying to this e-mail.')
      : `Degene die uw melding ${reporter.trackingCodeHint} behandelt, heeft een vraag aan u:\n\n${text}\n\n` +
        `U kunt antwoorden tot ${until} via de link hieronder, of op de volgpagina met uw volgcode. ` +
        `Antwoorden is niet verplicht; de zaak gaat hoe dan ook verder. ` +
        (options.byReply ? 'U kunt ook gewoon op deze e-mail antwoorden.' : 'Antwoord alstublieft niet door deze e-mail te beantwoorden.'),
    occurredAt: question.askedAt,
  };
}
