import { MAX_REPORT_TEXT_LENGTH, reportTextOf } from './report-text';

const lines = (...text: string[]) => text.join('\n');

describe('reportTextOf', () => {
  it('puts the subject above the body', () => {
    expect(reportTextOf({ subject: 'Kapotte lantaarnpaal', text: 'Hij brandt al een week niet.' })).toBe('Kapotte lantaarnpaal\n\nHij brandt al een week niet.');
  });

  it('drops Re:, Fw: and Antw: from the subject and does not repeat a subject the body starts with', () => {
    expect(reportTextOf({ subject: 'RE: Fw: Antw: Afval', text: 'Zakken naast de container.' })).toBe('Afval\n\nZakken naast de container.');
    expect(reportTextOf({ subject: 'Afval bij de glasbak', text: 'Afval bij de glasbak aan de Dorpsstraat 12.' })).toBe('Afval bij de glasbak aan de Dorpsstraat 12.');
  });

  it('strips a Dutch Gmail reply ("Op … schreef …:") and the quoted lines below it', () => {
    const text = lines(
      'De lantaarnpaal staat op de hoek van de Dorpsstraat 12.',
      '',
      'Op do 3 dec. 2026 om 21:03 schreef Loket <meldingen@loket.localhost>:',
      '> Waar is het? Geef de plek door via de link.',
      '> https://loket.example/melding-aanvullen/abc',
    );
    expect(reportTextOf({ subject: 'Re: Waar is het?', text })).toBe('Waar is het?\n\nDe lantaarnpaal staat op de hoek van de Dorpsstraat 12.');
  });

  it('strips an English reply whose "On … wrote:" line the client wrapped over two lines', () => {
    const text = lines(
      'The street light is still broken.',
      '',
      'On Thu, Dec 3, 2026 at 9:03 PM Loket Team <',
      'meldingen@loket.localhost> wrote:',
      '> Where is it?',
    );
    expect(reportTextOf({ subject: '', text })).toBe('The street light is still broken.');
  });

  it('strips Outlook\'s "-----Oorspronkelijk bericht-----" and "-----Original Message-----" blocks', () => {
    const nl = lines('Er ligt glas op het fietspad.', '', '-----Oorspronkelijk bericht-----', 'Van: Loket', 'Onderwerp: melding');
    const en = lines('Glass on the cycle path.', '-----Original Message-----', 'From: Loket', 'Sent: Monday');
    expect(reportTextOf({ subject: '', text: nl })).toBe('Er ligt glas op het fietspad.');
    expect(reportTextOf({ subject: '', text: en })).toBe('Glass on the cycle path.');
  });

  it('strips Outlook\'s "Van:/Verzonden:/Aan:" and "From:/Sent:/To:" header blocks without a separator line', () => {
    const nl = lines('Nog steeds niet opgelost.', '', 'Van: Gemeente <info@gemeente.example.nl>', 'Verzonden: maandag 1 december 2026 10:00', 'Aan: Jan', 'Onderwerp: Uw melding');
    const en = lines('Still not fixed.', '________________________________', 'From: City <info@city.example>', 'Sent: Monday', 'To: Jan');
    expect(reportTextOf({ subject: '', text: nl })).toBe('Nog steeds niet opgelost.');
    expect(reportTextOf({ subject: '', text: en })).toBe('Still not fixed.');
  });

  it('keeps a sentence that merely starts with "Van" or "On"', () => {
    const text = lines('Van de bank bij het Marktplein is de leuning los.', 'On the corner there is a hole.');
    expect(reportTextOf({ subject: '', text })).toBe(text);
  });

  it.each([
    ['the "-- " separator', lines('Losse tegels voor de school.', '-- ', 'Jan de Vries', 'Dorpsstraat 3')],
    ['"Verzonden vanaf mijn iPhone"', lines('Losse tegels voor de school.', '', 'Verzonden vanaf mijn iPhone')],
    ['"Sent from my Android"', lines('Losse tegels voor de school.', 'Sent from my Android device')],
    ['"Get Outlook for iOS"', lines('Losse tegels voor de school.', 'Get Outlook for iOS')],
    ['"Met vriendelijke groet," and a name block', lines('Losse tegels voor de school.', '', 'Met vriendelijke groet,', '', 'Jan de Vries', 'Dorpsstraat 3', '06-12345678')],
    ['"Groet," and a name', lines('Losse tegels voor de school.', 'Groet,', 'Jan')],
    ['"Kind regards," and a name', lines('Losse tegels voor de school.', '', 'Kind regards,', 'John Smith')],
    ['"Mvg" and initials', lines('Losse tegels voor de school.', 'Mvg', 'J.')],
  ])('strips a signature after %s', (_, text) => {
    expect(reportTextOf({ subject: '', text })).toBe('Losse tegels voor de school.');
  });

  it('keeps text after a closing word when a long message follows (it was not the closing)', () => {
    const rest = Array.from({ length: 10 }, (_, i) => `Regel ${i + 1} van een lang verhaal over de stoep die al maanden kapot is.`);
    const text = lines('Groeten,', ...rest);
    expect(reportTextOf({ subject: '', text })).toBe(text);
  });

  it('reads an HTML-only mail as text, with its blockquote taken as a quote', () => {
    const html =
      '<html><head><style>p{color:red}</style></head><body><p>Er staat een <b>fiets</b> op de stoep&nbsp;bij de Dorpsstraat&nbsp;12.</p>' +
      '<p>Al drie weken &amp; nog steeds.</p><div>Met vriendelijke groet,<br>Anna</div>' +
      '<blockquote><p>Eerder bericht van het loket</p></blockquote></body></html>';
    expect(reportTextOf({ subject: 'Fiets', html })).toBe('Fiets\n\nEr staat een fiets op de stoep bij de Dorpsstraat 12.\nAl drie weken & nog steeds.');
  });

  it('prefers the plain part when both are there', () => {
    expect(reportTextOf({ subject: '', text: 'platte tekst', html: '<p>html tekst</p>' })).toBe('platte tekst');
  });

  it('takes the sender\'s own address out of the text', () => {
    const text = 'Mail me gerust op anna.devries@example.nl of <Anna.DeVries@example.nl> als er vragen zijn.';
    expect(reportTextOf({ subject: '', text, senderAddress: 'anna.devries@example.nl' })).toBe('Mail me gerust op of als er vragen zijn.');
  });

  it('answers empty text for a mail with no words of its own', () => {
    expect(reportTextOf({ subject: 'Fwd: ', text: lines('> alleen een citaat', 'Verzonden vanaf mijn iPhone') })).toBe('');
    expect(reportTextOf({ subject: '' })).toBe('');
  });

  it('keeps at most 5,000 characters and never cuts a word in half', () => {
    const text = reportTextOf({ subject: '', text: 'woord '.repeat(2000) });
    expect(text.length).toBeLessThanOrEqual(MAX_REPORT_TEXT_LENGTH);
    expect(text).toMatch(/ woord…$/);
  });

  it('treats Windows line ends as line ends', () => {
    expect(reportTextOf({ subject: '', text: 'Gat in de weg.\r\n\r\nVerzonden vanaf mijn iPad\r\n' })).toBe('Gat in de weg.');
  });
});
