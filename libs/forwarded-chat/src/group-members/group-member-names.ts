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
 * whole name, then the surname with its particles, then each of its searchable parts as a whole word (a first name
 * alone, a surname alone), longest first so that "Jan-Willem" goes before "Jan". Case and accents as written do not
 * matter. What is left of a mention of someone who is not a sender (`@Someone`) becomes `groepslid`. Compiled once
 * per paste into two patterns (mentions, then words), however many members it has.
 */
export function memberNameRemover(members: readonly GroupMember[]): (text: string) => string {
  const labelOf = new Map<string, string>();
  for (const member of members) {
    const words = member.name.split(/\s+/);
    const terms = [member.name];
    // The surname with its particles ("De Vries", "van der Berg"), as people address each other.
    if (words.length > 2) terms.push(words.slice(1).join(' '));
    for (const part of member.name.split(/[\s,()]+/)) {
      if (isSearchablePart(part)) terms.push(part.replace(/[^\p{L}\p{N}'’-]/gu, ''));
    }
    for (const term of terms) {
      const key = term.toLowerCase();
      if (key !== '' && !labelOf.has(key)) labelOf.set(key, member.label);
    }
  }
  const alternatives = [...labelOf.keys()].sort((a, b) => b.length - a.length).map(escaped).join('|');
  const label = (name: string) => labelOf.get(name.toLowerCase()) ?? UNKNOWN_MEMBER;
  const mention = alternatives ? new RegExp(`@(${alternatives})(?![\\p{L}\\p{N}])`, 'giu') : null;
  const word = alternatives ? new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives})(?![\\p{L}\\p{N}])`, 'giu') : null;
  return (text) => {
    let result = mention ? text.replace(mention, (_, name: string) => label(name)) : text;
    result = result.replace(/@[\p{L}\p{N}+][\p{L}\p{N}_.-]*/gu, UNKNOWN_MEMBER);
    return word ? result.replace(word, (_, name: string) => label(name)) : result;
  };
}

/** Labels in the order members first speak; members who sent nothing kept (group events only) are labelled too. */
export function labelledMembers(speakers: readonly string[], otherSenders: readonly string[]): GroupMember[] {
  const order = [...new Set([...speakers, ...otherSenders])];
  return order.map((name, i) => ({ name, label: `${UNKNOWN_MEMBER} ${i + 1}` }));
}
