import type { MailLanguage } from '../language/likely-language';

/** The answer to a mail that names no place Loket could find: where was it? */
export interface LocationQuestion {
  subject: string;
  text: string;
}

export interface LocationQuestionFacts {
  /** The page that completes the report: `<public web url>/melding-aanvullen/<token>`. */
  link: string;
  /** The report as Loket read it from the mail, so the sender recognises it (the first lines). */
  description: string;
  /** How many days the link works; after that the report is forgotten. */
  days: number;
  /** The mail's subject, to answer under ("Re: …") so it lands in the same conversation. */
  originalSubject: string;
  /** The sender's likely language goes first; the other follows, as the sender may read either. */
  language: MailLanguage;
}

const EXCERPT_LENGTH = 300;

const PARTS: Record<MailLanguage, (facts: LocationQuestionFacts, excerpt: string) => string> = {
  nl: ({ link, days }, excerpt) =>
    [
      'Bedankt voor uw melding aan het loket:',
      '',
      quote(excerpt),
      '',
      'We konden in uw bericht geen adres vinden dat we kennen. Waar is het? Wijs de plek aan op de kaart:',
      '',
      link,
      '',
      `Uw melding wacht tot u de plek doorgeeft. Doet u dat niet binnen ${days} dagen, dan vervalt ze en bewaren we niets.`,
      'Dit is een automatisch antwoord; een antwoord op dit bericht wordt niet gelezen.',
    ].join('\n'),
  en: ({ link, days }, excerpt) =>
    [
      'Thank you for your report to the loket:',
      '',
      quote(excerpt),
      '',
      'We could not find an address we know in your message. Where is it? Point out the place on the map:',
      '',
      link,
      '',
      `Your report waits until you give the place. If you do not within ${days} days, it lapses and nothing is kept.`,
      'This is an automatic reply; a reply to this message is not read.',
    ].join('\n'),
};

const SUBJECTS: Record<MailLanguage, string> = { nl: 'Waar is het? Geef de plek van uw melding door', en: 'Where is it? Give the place of your report' };

/** The question in both languages, the sender's own first, with the link to complete the report. */
export function locationQuestionOf(facts: LocationQuestionFacts): LocationQuestion {
  const order: [MailLanguage, MailLanguage] = facts.language === 'en' ? ['en', 'nl'] : ['nl', 'en'];
  const excerpt = facts.description.length > EXCERPT_LENGTH ? `${facts.description.slice(0, EXCERPT_LENGTH).trimEnd()}…` : facts.description;
  const original = facts.originalSubject.trim();
  return {
    subject: original ? `Re: ${original.replace(/^(re\s*:\s*)+/i, '')}` : `${SUBJECTS[order[0]]} / ${SUBJECTS[order[1]]}`,
    text: order.map((language) => PARTS[language](facts, excerpt)).join('\n\n----------\n\n'),
  };
}

function quote(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}
