import { describe, expect, it } from 'vitest';
import { MAX_SIMILAR_TEXT, MIN_SIMILAR_TEXT, similarQuestionOf } from './similar-question';

const dam = { lat: 52.3731, lon: 4.8926 };
const grofvuil = { category: 'afval', subcategory: 'grofvuil' };

describe('similarQuestionOf: when the form asks routing whether it is the same incident', () => {
  it('asks with the place, the most precise category chosen and the text without its outer spaces', () => {
    expect(similarQuestionOf(dam, grofvuil, '  Een oude bank en een matras  ')).toEqual({
      lat: 52.3731,
      lon: 4.8926,
      category: 'grofvuil',
      description: 'Een oude bank en een matras',
    });
    expect(similarQuestionOf(dam, { category: 'afval' }, 'Een oude bank en een matras')?.category).toBe(
      'afval',
    );
  });

  it(`waits for ${MIN_SIMILAR_TEXT} characters of text: spaces around a shorter text do not count`, () => {
    expect(similarQuestionOf(dam, grofvuil, 'matras')).toBeNull();
    expect(similarQuestionOf(dam, grofvuil, `   ${'x'.repeat(MIN_SIMILAR_TEXT - 1)}     `)).toBeNull();
    expect(similarQuestionOf(dam, grofvuil, 'x'.repeat(MIN_SIMILAR_TEXT))?.description).toHaveLength(
      MIN_SIMILAR_TEXT,
    );
  });

  it('does not ask before there is a place and a category', () => {
    expect(similarQuestionOf(null, grofvuil, 'Een oude bank en een matras')).toBeNull();
    expect(similarQuestionOf(dam, null, 'Een oude bank en een matras')).toBeNull();
  });

  it(`sends at most the first ${MAX_SIMILAR_TEXT} characters, which is all routing reads`, () => {
    const long = `${'bank '.repeat(1000)}matras`;
    const description = similarQuestionOf(dam, grofvuil, long)?.description ?? '';
    expect(description.length).toBeLessThanOrEqual(MAX_SIMILAR_TEXT);
    expect(long.startsWith(description)).toBe(true);
    expect(description.endsWith(' ')).toBe(false);
  });
});
