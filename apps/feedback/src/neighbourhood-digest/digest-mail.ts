import type { NeighbourhoodNews } from './neighbourhood-news';

export interface DigestMail {
  subject: string;
  text: string;
}

const MAX_LINES = 30;

/**
 * The daily e-mail of a neighbourhood: new public reports and their outcomes, each with its category and the
 * redacted text the public map shows, and the one-click way out. Null when nothing happened (no empty e-mails).
 */
export function digestMail(news: NeighbourhoodNews, language: 'nl' | 'en', unsubscribeUrl: string, categoryName: (code: string) => string = (c) => c): DigestMail | null {
  if (news.opened.length === 0 && news.outcomes.length === 0) return null;
  const en = language === 'en';
  const line = (c: { category: string; subcategory?: string; description: string }) => `- ${categoryName(c.subcategory ?? c.category)}: ${oneLine(c.description)}`;
  const sections: string[] = [];
  if (news.opened.length) {
    sections.push(`${en ? 'New reports' : 'Nieuwe meldingen'} (${news.opened.length}):\n${list(news.opened.map(line), en)}`);
  }
  if (news.outcomes.length) {
    const outcome = (o: NeighbourhoodNews['outcomes'][number]) =>
      `${line(o)} (${o.outcome === 'closed' ? (en ? 'closed' : 'gesloten') : en ? 'resolved' : 'afgehandeld'})`;
    sections.push(`${en ? 'Dealt with' : 'Afgehandeld'} (${news.outcomes.length}):\n${list(news.outcomes.map(outcome), en)}`);
  }
  const intro = en
    ? `What was reported in ${news.areaName} in the last day, and what was dealt with (public matters only).`
    : `Wat er de afgelopen dag in ${news.areaName} is gemeld en afgehandeld (alleen openbare zaken).`;
  const out = en
    ? `You receive this because you asked for a daily overview of ${news.areaName}. Stop with one click:\n${unsubscribeUrl}`
    : `U krijgt dit omdat u om een dagelijks overzicht van ${news.areaName} hebt gevraagd. Afmelden met één klik:\n${unsubscribeUrl}`;
  return {
    subject: en ? `Your neighbourhood today: ${news.areaName}` : `Uw buurt vandaag: ${news.areaName}`,
    text: `${intro}\n\n${sections.join('\n\n')}\n\n-- \n${out}\n`,
  };
}

function list(lines: string[], en: boolean): string {
  if (lines.length <= MAX_LINES) return lines.join('\n');
  const more = lines.length - MAX_LINES;
  return `${lines.slice(0, MAX_LINES).join('\n')}\n${en ? `… and ${more} more on the public map` : `… en nog ${more} op de openbare kaart`}`;
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? `${flat.slice(0, 157)}…` : flat;
}
