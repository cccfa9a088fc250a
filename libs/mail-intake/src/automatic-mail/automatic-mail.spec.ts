import { automaticMailReason, MailOrigin } from './automatic-mail';

const person: MailOrigin = {
  headers: { 'content-type': ['text/plain; charset=utf-8'], 'auto-submitted': ['no'] },
  returnPath: 'anna.devries@example.nl',
  from: 'anna.devries@example.nl',
  subject: 'Kapotte lantaarnpaal in de Dorpsstraat',
};

const withHeader = (name: string, value: string): MailOrigin => ({ ...person, headers: { ...person.headers, [name]: [value] } });

describe('automaticMailReason', () => {
  it('takes a mail from a person (Auto-Submitted: no, a normal subject) as written by a person', () => {
    expect(automaticMailReason(person)).toBeNull();
    expect(automaticMailReason({ ...person, headers: {} })).toBeNull();
  });

  it.each([
    ['auto-submitted', 'auto-replied', 'auto-submitted'],
    ['auto-submitted', 'auto-generated', 'auto-submitted'],
    ['auto-submitted', 'Auto-Notified; owner-email="x@example.nl"', 'auto-submitted'],
    ['x-autoreply', 'yes', 'auto-reply-header'],
    ['x-autorespond', 'Out of office', 'auto-reply-header'],
    ['x-auto-response-suppress', 'All', 'auto-reply-header'],
    ['precedence', 'bulk', 'precedence'],
    ['precedence', 'Junk', 'precedence'],
    ['precedence', 'list', 'precedence'],
    ['precedence', 'auto_reply', 'precedence'],
    ['list-id', 'Buurtvereniging <buurt.lists.example.nl>', 'mailing-list'],
    ['list-unsubscribe', '<mailto:leave@lists.example.nl>', 'mailing-list'],
    ['content-type', 'multipart/report; report-type=delivery-status; boundary="x"', 'delivery-report'],
  ])('recognises %s: %s as %s', (name, value, reason) => {
    expect(automaticMailReason(withHeader(name, value))).toBe(reason);
  });

  it('does not take Precedence: first-class or a plain content type as automatic', () => {
    expect(automaticMailReason(withHeader('precedence', 'first-class'))).toBeNull();
    expect(automaticMailReason(withHeader('content-type', 'multipart/mixed; boundary="b"'))).toBeNull();
  });

  it('recognises a bounce by its null envelope sender', () => {
    expect(automaticMailReason({ ...person, returnPath: '' })).toBe('null-sender');
    expect(automaticMailReason({ ...person, returnPath: '<>' })).toBe('null-sender');
  });

  it.each(['MAILER-DAEMON@mx.example.nl', 'postmaster@example.nl', 'no-reply@gemeente.example.nl', 'noreply@example.com', 'donotreply@example.com', 'do-not-reply@example.com', 'buurt-bounces@lists.example.nl', 'buurt-request@lists.example.nl'])(
    'recognises the system sender %s',
    (address) => {
      expect(automaticMailReason({ ...person, from: address, returnPath: address })).toBe('system-sender');
    },
  );

  it('does not take a person whose name merely contains such a word as a system sender', () => {
    expect(automaticMailReason({ ...person, from: 'noreen.reply@example.nl', returnPath: 'noreen.reply@example.nl' })).toBeNull();
    expect(automaticMailReason({ ...person, from: 'post.master@example.nl', returnPath: 'post.master@example.nl' })).toBeNull();
  });

  it.each([
    'Automatisch antwoord: Kapotte lantaarnpaal',
    'Automatic reply: Broken street light',
    'Out of Office: Broken street light',
    'Out of the office',
    'Afwezig: Kapotte lantaarnpaal',
    'Afwezigheidsmelding',
    'RE: Automatisch antwoord: melding',
    'Undeliverable: Kapotte lantaarnpaal',
    'Delivery Status Notification (Failure)',
    'Mail delivery failed: returning message to sender',
    'Onbestelbaar: melding',
  ])('recognises the subject "%s" of an auto-reply or delivery failure', (subject) => {
    expect(automaticMailReason({ ...person, subject })).toBe('auto-reply-subject');
  });

  it('keeps reports whose subject only starts with a similar word', () => {
    for (const subject of ['Afwezige straatverlichting Dorpsstraat', 'Outdoor office furniture dumped', 'Re: uw melding over afval']) {
      expect(automaticMailReason({ ...person, subject })).toBeNull();
    }
  });
});
