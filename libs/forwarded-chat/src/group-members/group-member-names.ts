/**
 * Words that are part of Dutch and other names but also ordinary words (tussenvoegsels, initials' particles): a
 * name is searched for as a whole and by its other parts, never by these alone.
 */
const NAME_PARTICLES = new Set([
  'van', 'de', 'der', 'den', 'het', 'ter', 'ten', 'te', 'op', 'in', "'t", 't', 'v/d', 'vd', 'la', 'le', 'du', 'da', 'di', 'del',
  'von', 'zu', 'el', 'al', 'bin', 'ben', 'ibn', 'abu', 'y', 'e', 'and', 'en', 'the', 'mr', 'mw', 'dhr', 'mevr', 'fam',
]);

/** A name part worth searching for: at least two letters, not a particle, not a number (a number is a phone's). */
function isSearchablePart(part: string): boolean {
  const letters = part.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && !NAME_PARTICLES.has(part.toLowerCase());
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A mention of someone who sent nothing in the export: a group member all the same. */
export const UNKNOWN_MEMBER = 'groepslid';

export interface GroupMember {
  /** The name or number as the phone showed it. */
  name: string;
  /** What the text says instead: `groepslid 2`, numbered in the order members first speak. */
  label: string;
}

/**
 * Replaces group members' names in a message text by their labels: first a mention (`@Name`, `@+31 6…`), then the
 * whole name, then the surname with its particles, then each of its searchable parts as a whole word (a first name alone, a surname alone), longest first
 * so that "Jan-Willem" goes before "Jan". Case and accents as written do not matter. What is left of a mention of
 * someone who is not a sender (`@Someone`) becomes `groepslid`.
 */
export function withoutMemberNames(text: string, members: readonly GroupMember[]): string {
  const terms: { pattern: string; label: string }[] = [];
  for (const member of members) {
    terms.push({ pattern: escaped(member.name), label: member.label });
    const words = member.name.split(/\s+/);
    // The surname with its particles ("De Vries", "van der Berg"), as people address each other.
    if (words.length > 2) terms.push({ pattern: escaped(words.slice(1).join(' ')), label: member.label });
    for (const part of member.name.split(/[\s,()]+/)) {
      if (isSearchablePart(part)) terms.push({ pattern: escaped(part.replace(/[^\p{L}\p{N}'’-]/gu, '')), label: member.label });
    }
  }
  terms.sort((a, b) => b.pattern.length - a.pattern.length);
  let result = text;
  for (const term of terms) {
    if (term.pattern === '') continue;
    const mention = new RegExp(`@${term.pattern}(?![\\p{L}\\p{N}])`, 'giu');
    result = result.replace(mention, term.label);
  }
  result = result.replace(/@[\p{L}\p{N}+][\p{L}\p{N}_.-]*/gu, UNKNOWN_MEMBER);
  for (const term of terms) {
    if (term.pattern === '') continue;
    const word = new RegExp(`(?<![\\p{L}\\p{N}])${term.pattern}(?![\\p{L}\\p{N}])`, 'giu');
    result = result.replace(word, term.label);
  }
  return result;
}

/** Labels in the order members first speak; members who sent nothing kept (group events only) are labelled too. */
export function labelledMembers(speakers: readonly string[], otherSenders: readonly string[]): GroupMember[] {
  const order = [...new Set([...speakers, ...otherSenders])];
  return order.map((name, i) => ({ name, label: `${UNKNOWN_MEMBER} ${i + 1}` }));
}
