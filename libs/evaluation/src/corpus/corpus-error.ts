/** A corpus line that cannot be scored: names the file, the line and what is wrong with it. */
export class CorpusError extends Error {
  constructor(
    readonly source: string,
    readonly line: number,
    readonly problem: string,
  ) {
    super(`${source}:${line}: ${problem}`);
    this.name = 'CorpusError';
  }
}
