/** Loket's two languages: a mail is answered, and its reporter later told, in the one it was most likely written in. */
export type MailLanguage = 'nl' | 'en';

/** Short words that each language uses in almost every sentence and the other hardly ever. */
const DUTCH = new Set(['de', 'het', 'een', 'en', 'er', 'van', 'op', 'bij', 'niet', 'dat', 'ligt', 'staat', 'is', 'al', 'weer', 'ik', 'wij', 'voor', 'met', 'naast', 'hoek', 'sinds', 'geen', 'nog', 'graag']);
const ENGLISH = new Set(['the', 'and', 'there', 'of', 'to', 'on', 'at', 'near', 'not', 'that', 'is', 'are', 'has', 'have', 'been', 'for', 'with', 'a', 'an', 'i', 'we', 'it', 'since', 'street', 'please']);

/** Dutch or English, by the common words in the text; Dutch when it cannot tell (Loket's first language). */
export function likelyLanguageOf(text: string): MailLanguage {
  let dutch = 0;
  let english = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (DUTCH.has(word)) dutch++;
    if (ENGLISH.has(word)) english++;
  }
  return english > dutch ? 'en' : 'nl';
}
