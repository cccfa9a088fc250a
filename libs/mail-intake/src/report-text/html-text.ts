const BLOCK_END = /<\/(p|div|li|tr|h[1-6]|blockquote|pre|table|ul|ol)\s*>/gi;
const LINE_BREAK = /<br\s*\/?>/gi;
const DROPPED = /<(style|script|head|title)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENT = /<!--[\s\S]*?-->/g;

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', euro: '€', hellip: '…', ndash: '–', mdash: '—' };

/**
 * The text of an HTML-only mail, as lines a person would read: paragraphs and line breaks become new lines, styles
 * and scripts go, entities are decoded. Quoted replies stay marked: a `<blockquote>`'s lines start with "> ", so the
 * quote stripping that follows treats them as it treats a plain-text quote. Enough for a report's description;
 * layout (tables, columns) is not kept.
 */
export function textOfHtml(html: string): string {
  const quoted = markBlockquotes(html.replace(COMMENT, '').replace(DROPPED, ''));
  return decodeEntities(quoted.replace(LINE_BREAK, '\n').replace(BLOCK_END, '\n').replace(/<[^>]*>/g, ''))
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Each line inside a blockquote gets "> " in front (nested quotes alike; one level is enough to strip them). */
function markBlockquotes(html: string): string {
  return html.replace(/<blockquote\b[^>]*>([\s\S]*?)<\/blockquote\s*>/gi, (_, inner: string) => {
    const lines = inner.replace(LINE_BREAK, '\n').replace(BLOCK_END, '\n').split('\n');
    return `${lines.map((line) => `&gt; ${line}`).join('<br>')}<br>`;
  });
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[entity.toLowerCase()] ?? whole;
  });
}
