import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LabelledExample } from './labelled-example';

/** `libs/category-suggestion/data/examples.jsonl`, from `src/examples/` in the sources and in a compiled tree. */
export const REPOSITORY_EXAMPLES_PATH = resolve(__dirname, '../../data/examples.jsonl');

/** Parses JSON Lines of `{ "text", "category", "subcategory" }`; blank lines are skipped, anything else throws. */
export function parseExamples(jsonl: string, source = 'examples'): LabelledExample[] {
  const examples: LabelledExample[] = [];
  jsonl.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `${source}:${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new Error(`${where}: not JSON (${(error as Error).message})`);
    }
    examples.push(toExample(value, where));
  });
  return examples;
}

/** Reads a JSON Lines file of labelled examples. */
export function readExamplesFile(path: string): LabelledExample[] {
  return parseExamples(readFileSync(path, 'utf8'), path);
}

/** The labelled Dutch examples kept in this library's `data/` folder. */
export function loadRepositoryExamples(): LabelledExample[] {
  return readExamplesFile(REPOSITORY_EXAMPLES_PATH);
}

function toExample(value: unknown, where: string): LabelledExample {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error(`${where}: expected an object`);
  const { text, category, subcategory } = value as Record<string, unknown>;
  return {
    text: requireString(text, 'text', where),
    category: requireString(category, 'category', where),
    subcategory: requireString(subcategory, 'subcategory', where),
  };
}

function requireString(value: unknown, field: string, where: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw new Error(`${where}: "${field}" must be a non-empty string`);
  return value;
}
