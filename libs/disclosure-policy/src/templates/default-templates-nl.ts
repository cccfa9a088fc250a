import type { FeedbackStage } from '../feedback-stage';
import type { BandTemplates, MessageTemplate } from './message-templates.types';

const EMERGENCY =
  'Let op: dit is geen alarmnummer. Bel bij spoed altijd 112; voor de politie zonder spoed 0900-8844.';

function message(subject: string, main: string): MessageTemplate {
  return {
    subject,
    body: [
      'Hallo,',
      main,
      'Je volgnummer is {{trackingCode}}. Daarmee vind je je melding altijd terug op de volgpagina.',
      EMERGENCY,
      'Met vriendelijke groet,\nLoket',
    ].join('\n\n'),
  };
}

/** Stages whose generic and with-outcome variants are the same: level 3 adds only the note. */
function stage(generic: MessageTemplate, trusted: MessageTemplate): BandTemplates {
  return { generic, 'with-outcome': generic, trusted };
}

const received = message(
  'We hebben je melding ontvangen ({{trackingCode}})',
  'Bedankt voor je melding. We hebben hem goed ontvangen en zorgen dat hij bij de organisatie komt die er iets mee kan.',
);

export const NL_TEMPLATES: Readonly<Record<FeedbackStage, BandTemplates>> = {
  received: { generic: received, 'with-outcome': received, trusted: received },
  'picked-up': stage(
    message(
      'Je melding {{trackingCode}} wordt opgepakt',
      'Goed nieuws: een professional heeft je melding opgepakt. We kunnen niet altijd vertellen wat er precies gebeurt, maar je melding ligt op de juiste plek.',
    ),
    message(
      'Je melding {{trackingCode}} wordt opgepakt',
      'Goed nieuws: {{organisationKind}} heeft je melding opgepakt.',
    ),
  ),
  referred: stage(
    message(
      'Je melding {{trackingCode}} is doorgestuurd',
      'Je melding is doorgestuurd naar een organisatie die er beter mee verder kan. Je hoeft niets opnieuw te melden.',
    ),
    message(
      'Je melding {{trackingCode}} is doorgestuurd',
      'Je melding is doorgestuurd naar {{organisationKind}}, die er verder mee aan de slag gaat. Je hoeft niets opnieuw te melden.',
    ),
  ),
  waiting: stage(
    message(
      'Je melding {{trackingCode}} wacht even',
      'Voor je melding wachten we op informatie of actie van een andere partij. Zodra er weer beweging is, hoor je van ons.',
    ),
    message(
      'Je melding {{trackingCode}} wacht even',
      'Voor je melding wacht {{organisationKind}} op informatie of actie van een andere partij. Zodra er weer beweging is, hoor je van ons.',
    ),
  ),
  resolved: stage(
    message(
      'Je melding {{trackingCode}} is afgehandeld',
      'Je melding is afgehandeld. Bedankt dat je de moeite nam: signalen uit de buurt helpen echt om die veilig en leefbaar te houden.',
    ),
    message(
      'Je melding {{trackingCode}} is afgehandeld',
      'Je melding is afgehandeld door {{organisationKind}}. Bedankt dat je de moeite nam: signalen uit de buurt helpen echt om die veilig en leefbaar te houden.',
    ),
  ),
  closed: stage(
    message(
      'Je melding {{trackingCode}} is gesloten',
      'We hebben je melding gesloten. Zie je het probleem opnieuw? Meld het dan gerust weer.',
    ),
    message(
      'Je melding {{trackingCode}} is gesloten',
      'Je melding is gesloten bij {{organisationKind}}. Zie je het probleem opnieuw? Meld het dan gerust weer.',
    ),
  ),
  reopened: stage(
    message(
      'Je melding {{trackingCode}} is heropend',
      'Je melding is opnieuw in behandeling genomen. We houden je op de hoogte.',
    ),
    message(
      'Je melding {{trackingCode}} is heropend',
      'Je melding is opnieuw in behandeling genomen door {{organisationKind}}. We houden je op de hoogte.',
    ),
  ),
  'note-for-reporter': {
    // Below level 3 the note itself is not sent: the reporter hears only that there is progress.
    generic: message(
      'Er is voortgang met je melding {{trackingCode}}',
      'Er wordt aan je melding gewerkt. Om de privacy van anderen te beschermen kunnen we je niet vertellen wat er precies gebeurt, maar je melding is in goede handen.',
    ),
    'with-outcome': message(
      'Bericht over je melding {{trackingCode}}',
      'Er is een bericht voor je over je melding:\n\n{{noteText}}',
    ),
    trusted: message(
      'Bericht over je melding {{trackingCode}}',
      'Er is een bericht voor je van {{organisationKind}} over je melding:\n\n{{noteText}}',
    ),
  },
};
