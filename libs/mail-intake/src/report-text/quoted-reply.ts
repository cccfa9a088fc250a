/**
 * The line that introduces a quoted earlier message, as mail clients write it in Dutch and English:
 * Gmail and Apple Mail ("Op 3 dec. 2026 om 21:03 schreef Jan <jan@example.nl>:", "On Mon, Dec 3, 2026 at 9:03 PM
 * Jan <jan@example.nl> wrote:"), Outlook's separators ("-----Oorspronkelijk bericht-----", "-----Original
 * Message-----", a line of underscores) and forwarded messages. Everything from there on is someone else's text (or
 * Loket's own question quoted back), never the report.
 */
const QUOTE_INTRO = [
  /^-{2,}\s*(oorspronkelijk bericht|original message|doorgestuurd bericht|forwarded message|begin forwarded message|begin doorgestuurd bericht)\s*-{0,}:?$/i,
  /^(begin forwarded message|begin doorgestuurd bericht):?$/i,
  /^_{10,}$/,
];
/** "Op <date> schreef <x>:" and "On <date>, <x> wrote:": a client may wrap it over two lines, so it is tested joined. */
const WROTE = [/^op\b.{4,200}\bschreef\b.{0,200}:$/i, /^on\b.{4,200}\bwrote:$/i, /^am\b.{4,200}\bschrieb\b.{0,200}:$/i];
/** Outlook's header block of a quoted message: "Van:" / "From:" with "Verzonden:", "Aan:", "Onderwerp:" below it. */
const HEADER_FROM = /^\*?(van|from)\s*:\*?\s/i;
const HEADER_OTHER = /^\*?(verzonden|sent|datum|date|aan|to|cc|onderwerp|subject)\s*:\*?\s?/i;

/** The mail's own text: cut where a quoted earlier message begins, and without lines quoted with ">". */
export function withoutQuotedReply(body: string): string {
  const lines = body.split('\n');
  const cut = quoteStart(lines);
  return lines
    .slice(0, cut)
    .filter((line) => !/^\s*>/.test(line))
    .join('\n');
}

function quoteStart(lines: readonly string[]): number {
  for (const [i, written] of lines.entries()) {
    const line = written.trim();
    if (QUOTE_INTRO.some((intro) => intro.test(line))) return i;
    const joined = `${line} ${lines[i + 1]?.trim() ?? ''}`.trim();
    if (WROTE.some((wrote) => wrote.test(line))) return i;
    if (/^(op|on|am)\b/i.test(line) && !/:$/.test(line) && WROTE.some((wrote) => wrote.test(joined))) return i;
    if (HEADER_FROM.test(line) && lines.slice(i + 1, i + 5).some((next) => HEADER_OTHER.test(next.trim()))) return i;
  }
  return lines.length;
}
