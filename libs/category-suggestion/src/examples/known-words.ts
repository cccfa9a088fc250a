import { Tokeniser } from '../text/tokeniser';
import { LabelledExample } from './labelled-example';
import { loadRepositoryExamples } from './read-examples';

const DIGIT = /[0-9]/;

/** A word is known when at least this many labelled examples contain it: a street or a name rarely is. */
export const KNOWN_IN_AT_LEAST = 3;

/**
 * The words labelled examples share. A report a coordinator corrected is kept as a new example reduced to these
 * words (folded, in the order written): what only its reporter wrote — a name, an address, a house or phone number,
 * an e-mail address — is not among them and is dropped, so the example holds no personal data, and a model trained
 * on it neither. A word counts only when several examples contain it (a street name in one example is not a word
 * the categories are told by), and a word with a digit never does.
 */
export class KnownWords {
  private readonly tokeniser = new Tokeniser();

  private constructor(private readonly words: ReadonlySet<string>) {}

  static of(examples: readonly LabelledExample[], knownInAtLeast = KNOWN_IN_AT_LEAST): KnownWords {
    const tokeniser = new Tokeniser();
    const examplesWith = new Map<string, number>();
    for (const example of examples) {
      const count = tokeniser.tokenise(example.text);
      const inThis = new Set<string>();
      for (let i = 0; i < count; i++) inThis.add(tokeniser.word(i));
      for (const word of inThis) examplesWith.set(word, (examplesWith.get(word) ?? 0) + 1);
    }
    return new KnownWords(new Set([...examplesWith].filter(([word, n]) => n >= knownInAtLeast && !DIGIT.test(word)).map(([word]) => word)));
  }

  /** The words of the repository's labelled examples (`data/examples.jsonl`). */
  static fromRepositoryExamples(): KnownWords {
    return KnownWords.of(loadRepositoryExamples());
  }

  get size(): number {
    return this.words.size;
  }

  /** `text` reduced to the known words, separated by one space ('' when none is known). */
  keep(text: string): string {
    const count = this.tokeniser.tokenise(text);
    const kept: string[] = [];
    for (let i = 0; i < count; i++) {
      const word = this.tokeniser.word(i);
      if (this.words.has(word)) kept.push(word);
    }
    return kept.join(' ');
  }
}
