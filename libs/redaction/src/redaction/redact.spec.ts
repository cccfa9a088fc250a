import { redact } from './redact';

const E = '[e-mail verwijderd]';
const T = '[telefoonnummer verwijderd]';
const A = '[adres verwijderd]';
const N = '[nummer verwijderd]';

describe('redact: e-mail addresses', () => {
  it.each([
    ['Mail me op jan.de.vries@example.nl graag', `Mail me op ${E} graag`],
    ['Contact: m.öztürk+loket@gemeente-utrecht.nl.', `Contact: ${E}.`],
    ['schrijf naar anna(at)buurt.nl', `schrijf naar ${E}`],
    ['anna [at] buurt.nl weet meer', `${E} weet meer`],
    ['mail anna @ buurt.nl', `mail ${E}`],
    ['anna[at]buurt[dot]nl of anna(at)buurt(dot)nl', `${E} of ${E}`],
    ['mail anna at buurt dot nl', `mail ${E}`],
    ['anna apenstaartje buurt punt nl', E],
    ['MAIL ANNA@BUURT.NL', `MAIL ${E}`],
    ['mail jan (at) example (dot) nl graag', `mail ${E} graag`],
    ['mail jan＠example.nl graag (full-width at sign)', `mail ${E} graag (full-width at sign)`],
    ['ｊａｎ＠ｅｘａｍｐｌｅ．ｎｌ', E],
  ])('removes the address in "%s"', (text, expected) => {
    expect(redact(text).text).toBe(expected);
  });
});

describe('redact: phone numbers', () => {
  it.each([
    ['Bel me op 06-12345678 na vijven', `Bel me op ${T} na vijven`],
    ['mobiel 0612345678', `mobiel ${T}`],
    ['06 1234 5678 of 06 12 34 56 78', `${T} of ${T}`],
    ['vaste lijn 020-1234567.', `vaste lijn ${T}.`],
    ['buurvrouw: 010 123 45 67', `buurvrouw: ${T}`],
    ['(020) 123 4567 is de buurman', `${T} is de buurman`],
    ['bereikbaar via +31 6 1234 5678', `bereikbaar via ${T}`],
    ['of +31612345678', `of ${T}`],
    ['of +31 (0)20 123 4567', `of ${T}`],
    ['of 0031 6 12345678', `of ${T}`],
    ['Belgisch nummer +32 2 123 45 67', `Belgisch nummer ${T}`],
    ['Duits nummer 0049 30 1234567', `Duits nummer ${T}`],
    ['call +1 (555) 123-4567', `call ${T}`],
    ['bel 06 - 12 34 56 78 graag', `bel ${T} graag`],
    ['tel. 020 - 123 45 67', `tel. ${T}`],
    ['06–12345678 (met een lang streepje)', `${T} (met een lang streepje)`],
    ['app naar wa.me/31612345678', `app naar wa.me/${T}`],
    ['whatsapp 31 6 12345678', `whatsapp ${T}`],
    ['bel 06 - 12345678', `bel ${T}`],
    ['bel 06/12345678 of 020/1234567', `bel ${T} of ${T}`],
    ['bel ０６１２３４５６７８ (full-width digits)', `bel ${T} (full-width digits)`],
  ])('removes the number in "%s"', (text, expected) => {
    expect(redact(text).text).toBe(expected);
  });
});

describe('redact: postcode with house number', () => {
  it.each([
    ['Het gaat om 1234 AB 12, derde etage', `Het gaat om ${A}, derde etage`],
    ['adres 1234AB 12a', `adres ${A}`],
    ['adres 1234ab 12', `adres ${A}`],
    ['adres 3511 LX, 7-2 boven', `adres ${A} boven`],
    ['Dorpsstraat 12, 1234 AB Amsterdam', `Dorpsstraat ${A} Amsterdam`],
    ['1012AB nr. 7', A],
    ['woont op 1234-AB 12', `woont op ${A}`],
  ])('removes the address in "%s"', (text, expected) => {
    expect(redact(text).text).toBe(expected);
  });
});

describe('redact: IBAN and BSN-like numbers', () => {
  it.each([
    ['Maak het over naar NL91ABNA0417164300 aub', `Maak het over naar ${N} aub`],
    ['rekening NL91 ABNA 0417 1643 00.', `rekening ${N}.`],
    ['Belgische rekening BE68 5390 0754 7034', `Belgische rekening ${N}`],
    ['zijn BSN is 123456782', `zijn BSN is ${N}`],
    ['bsn 1234.56.782 en 123.456.782', `bsn ${N} en ${N}`],
  ])('removes the number in "%s"', (text, expected) => {
    expect(redact(text).text).toBe(expected);
  });
});

describe('redact: ordinary text stays', () => {
  it.each([
    '3 fietsen tegen het hek, al 2 weken',
    'elke avond om 14:30 en om 22.00 uur',
    'huisnummer 12 en 14, bij de Dorpsstraat 3a',
    'sinds 2023, in 2024 erger geworden',
    'tussen 22.00 en 06.00 uur lawaai',
    'op 01-02-2024 en 14.03.2025',
    'het kenteken begint met 12-ABC',
    'een bedrag van € 1.250,00 of 0,50 per stuk',
    'postcode 1234 AB zonder huisnummer',
    'In 2023 OM acht uur',
    'bel bij spoed 112 of 0900-8844',
    'ordernummer 12345678 en 1234567890',
    'de kat zat op de mat at home',
    'rond 22 - 23 uur en 06 - 07 uur',
  ])('keeps "%s"', (text) => {
    expect(redact(text)).toEqual({ text, removed: [] });
  });
});

describe('redact: counts', () => {
  it('counts what it removed per kind, in a fixed order', () => {
    const result = redact(
      'Anna (anna@buurt.nl, 06-12345678) en Bram (bram@buurt.nl) wonen op 1234 AB 5, BSN 123456782',
    );
    expect(result.removed).toEqual([
      { kind: 'email', count: 2 },
      { kind: 'phone', count: 1 },
      { kind: 'address', count: 1 },
      { kind: 'bsn', count: 1 },
    ]);
  });

  it('reports nothing removed for clean text', () => {
    expect(redact('Container vol bij de speeltuin').removed).toEqual([]);
  });

  it('leaves markers alone when run twice', () => {
    const once = redact('bel 06-12345678 of mail a@b.nl').text;
    expect(redact(once)).toEqual({ text: once, removed: [] });
  });
});

describe('redact: kinds kept', () => {
  it('leaves the kinds asked for and removes the rest', () => {
    const result = redact('Dorpsstraat 1234 AB 12, bel Piet 06-12345678 of piet@buurt.nl', { keep: ['address'] });
    expect(result.text).toBe('Dorpsstraat 1234 AB 12, bel Piet [telefoonnummer verwijderd] of [e-mail verwijderd]');
    expect(result.removed).toEqual([{ kind: 'email', count: 1 }, { kind: 'phone', count: 1 }]);
  });
});
