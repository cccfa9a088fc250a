import { digestMail } from './digest-mail';
import type { NeighbourhoodNews } from './neighbourhood-news';

const news = (change: Partial<NeighbourhoodNews> = {}): NeighbourhoodNews => ({
  area: 'BU99990103',
  areaName: 'Raampoort',
  since: '2026-12-04T07:00:00.000Z',
  until: '2026-12-05T07:00:00.000Z',
  opened: [{ caseId: 'c1', category: 'afval', subcategory: 'grofvuil', description: 'Bank naast de container,\n al dagen', openedAt: '2026-12-04T09:00:00.000Z' }],
  outcomes: [{ caseId: 'c2', category: 'openbare-ruimte', outcome: 'resolved', at: '2026-12-04T15:00:00.000Z', description: 'Losse stoeptegel' }],
  ...change,
});

describe('digestMail', () => {
  it('lists new reports and outcomes with their category and public text, and ends with the one-click way out', () => {
    const mail = digestMail(news(), 'nl', 'https://loket.example/api/v1/neighbourhood-digests/unsubscribe/t0k.en')!;
    expect(mail.subject).toBe('Uw buurt vandaag: Raampoort');
    expect(mail.text).toContain('Nieuwe meldingen (1):\n- grofvuil: Bank naast de container, al dagen');
    expect(mail.text).toContain('Afgehandeld (1):\n- openbare-ruimte: Losse stoeptegel (afgehandeld)');
    expect(mail.text).toMatch(/Afmelden met één klik:\nhttps:\/\/loket\.example\/api\/v1\/neighbourhood-digests\/unsubscribe\/t0k\.en\n$/);
  });

  it('writes English for an English reader, and sends nothing when nothing happened', () => {
    expect(digestMail(news(), 'en', 'https://x/u')!.subject).toBe('Your neighbourhood today: Raampoort');
    expect(digestMail(news({ opened: [], outcomes: [] }), 'nl', 'https://x/u')).toBeNull();
  });

  it('keeps a busy day readable: at most 30 lines a section, the rest counted', () => {
    const many = Array.from({ length: 45 }, (_, i) => ({ caseId: `c${i}`, category: 'afval', description: `melding ${i}`, openedAt: '2026-12-04T09:00:00.000Z' }));
    const mail = digestMail(news({ opened: many, outcomes: [] }), 'nl', 'https://x/u')!;
    expect(mail.text).toContain('- afval: melding 29\n… en nog 15 op de openbare kaart');
    expect(mail.text).not.toContain('melding 30');
  });
});
