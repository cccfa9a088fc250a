import { LinkPurpose } from '../crypto/link-token';

export interface LinkMail {
  subject: string;
  text: string;
}

/** The e-mail that brings a reporter the link they asked for: what it does, how long it works, who asked. */
export function requestedLinkMail(language: string, purpose: LinkPurpose, url: string, validMinutes: number): LinkMail {
  const english = language === 'en';
  const validity = english ? validUntilEn(validMinutes) : validUntilNl(validMinutes);
  const unasked = english
    ? 'Did you not ask for this? Then ignore this e-mail: nothing happens without this link.'
    : 'Heeft u hier niet om gevraagd? Dan kunt u deze e-mail negeren: zonder deze link gebeurt er niets.';
  const what: Record<LinkPurpose, [string, string]> = english
    ? {
        export: ['Your data at Loket', 'You asked to see the data Loket holds about you for your report. Open it with this link:'],
        erase: ['Erase your data at Loket', 'You asked to erase your contact details and texts for your report. Confirm it with this link:'],
        manage: ['Your new link to Loket', 'You revoked your earlier links to your report. From now on, use this link:'],
      }
    : {
        export: ['Uw gegevens bij Loket', 'U vroeg om de gegevens in te zien die Loket over u bewaart bij uw melding. Open ze met deze link:'],
        erase: ['Uw gegevens bij Loket wissen', 'U vroeg om uw contactgegevens en teksten bij uw melding te wissen. Bevestig dat met deze link:'],
        manage: ['Uw nieuwe link naar Loket', 'U heeft uw eerdere links naar uw melding ingetrokken. Gebruik voortaan deze link:'],
      };
  const [subject, intro] = what[purpose];
  return { subject, text: `${intro}\n${url}\n\n${validity}\n\n${unasked}\n` };
}

function validUntilEn(minutes: number): string {
  return minutes >= 1440 ? `The link works for ${Math.round(minutes / 1440)} days.` : `The link works for ${minutes} minutes and once.`;
}

function validUntilNl(minutes: number): string {
  return minutes >= 1440 ? `De link werkt ${Math.round(minutes / 1440)} dagen.` : `De link werkt ${minutes} minuten en één keer.`;
}
