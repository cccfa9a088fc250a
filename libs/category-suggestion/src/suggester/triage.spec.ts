import { CategorySuggestion } from './category-suggestion';
import { DEFAULT_TRIAGE_THRESHOLD, shouldTriage } from './triage';

const suggestion = (confidence: number): CategorySuggestion => ({
  category: 'afval',
  subcategory: 'grofvuil',
  confidence,
});

describe('shouldTriage', () => {
  it('sends a report to triage when the best confidence is below the threshold', () => {
    expect(shouldTriage([suggestion(0.45), suggestion(0.3)], 0.5)).toBe(true);
    expect(shouldTriage([suggestion(0.5), suggestion(0.3)], 0.5)).toBe(false);
  });

  it('looks at the best suggestion wherever it is in the list', () => {
    expect(shouldTriage([suggestion(0.1), suggestion(0.8)], 0.5)).toBe(false);
  });

  it('sends a report without suggestions to triage', () => {
    expect(shouldTriage([])).toBe(true);
  });

  it('uses the documented default threshold', () => {
    expect(DEFAULT_TRIAGE_THRESHOLD).toBe(0.5);
    expect(shouldTriage([suggestion(0.49)])).toBe(true);
    expect(shouldTriage([suggestion(0.51)])).toBe(false);
  });
});
