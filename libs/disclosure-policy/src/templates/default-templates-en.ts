import type { FeedbackStage } from '../feedback-stage';
import type { BandTemplates, MessageTemplate } from './message-templates.types';

const EMERGENCY =
  'Please note: this is not an emergency line. In an emergency always call 112; for the police when it is not urgent, call 0900-8844.';

function message(subject: string, main: string): MessageTemplate {
  return {
    subject,
    body: [
      'Hello,',
      main,
      'Your tracking code is {{trackingCode}}. With it you can always find your report on the tracking page.',
      EMERGENCY,
      'Kind regards,\nLoket',
    ].join('\n\n'),
  };
}

/** Stages whose generic and with-outcome variants are the same: level 3 adds only the note. */
function stage(generic: MessageTemplate, trusted: MessageTemplate): BandTemplates {
  return { generic, 'with-outcome': generic, trusted };
}

const received = message(
  'We received your report ({{trackingCode}})',
  'Thank you for your report. We received it and will make sure it reaches the organisation that can act on it.',
);

export const EN_TEMPLATES: Readonly<Record<FeedbackStage, BandTemplates>> = {
  received: { generic: received, 'with-outcome': received, trusted: received },
  'picked-up': stage(
    message(
      'Your report {{trackingCode}} is being handled',
      "Good news: a professional has picked up your report. We can't always tell you exactly what happens, but your report is in the right place.",
    ),
    message(
      'Your report {{trackingCode}} is being handled',
      'Good news: {{organisationKind}} has picked up your report.',
    ),
  ),
  referred: stage(
    message(
      'Your report {{trackingCode}} has been passed on',
      'Your report has been passed on to an organisation better placed to follow it up. You do not need to report it again.',
    ),
    message(
      'Your report {{trackingCode}} has been passed on',
      'Your report has been passed on to {{organisationKind}}, who will follow it up. You do not need to report it again.',
    ),
  ),
  waiting: stage(
    message(
      'Your report {{trackingCode}} is on hold for a moment',
      "For your report we are waiting for information or action from someone else. We'll be in touch as soon as things move again.",
    ),
    message(
      'Your report {{trackingCode}} is on hold for a moment',
      "For your report {{organisationKind}} is waiting for information or action from someone else. We'll be in touch as soon as things move again.",
    ),
  ),
  resolved: stage(
    message(
      'Your report {{trackingCode}} has been dealt with',
      'Your report has been dealt with. Thank you for taking the trouble: signals from the neighbourhood really help keep it safe and pleasant.',
    ),
    message(
      'Your report {{trackingCode}} has been dealt with',
      'Your report has been dealt with by {{organisationKind}}. Thank you for taking the trouble: signals from the neighbourhood really help keep it safe and pleasant.',
    ),
  ),
  closed: stage(
    message(
      'Your report {{trackingCode}} has been closed',
      'We have closed your report. If you see the problem again, please report it again.',
    ),
    message(
      'Your report {{trackingCode}} has been closed',
      'Your report has been closed by {{organisationKind}}. If you see the problem again, please report it again.',
    ),
  ),
  reopened: stage(
    message(
      'Your report {{trackingCode}} has been reopened',
      "Your report is being looked at again. We'll keep you posted.",
    ),
    message(
      'Your report {{trackingCode}} has been reopened',
      "Your report is being looked at again by {{organisationKind}}. We'll keep you posted.",
    ),
  ),
  'note-for-reporter': {
    // Below level 3 the note itself is not sent: the reporter hears only that there is progress.
    generic: message(
      'There is progress on your report {{trackingCode}}',
      "Your report is being worked on. To protect other people's privacy we can't tell you exactly what is happening, but your report is in good hands.",
    ),
    'with-outcome': message(
      'A message about your report {{trackingCode}}',
      'There is a message for you about your report:\n\n{{noteText}}',
    ),
    trusted: message(
      'A message about your report {{trackingCode}}',
      'There is a message for you from {{organisationKind}} about your report:\n\n{{noteText}}',
    ),
  },
};
