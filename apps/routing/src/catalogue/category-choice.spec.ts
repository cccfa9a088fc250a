import { CategorySuggester } from '@loket/category-suggestion';
import { ReportSubmittedV1 } from '@loket/contracts';
import type { RoutableReport } from '../cases/routable-report';
import { CategoryCatalogue } from './category-catalogue';
import { CategoryChoiceService } from './category-choice';

describe('CategoryChoiceService', () => {
  const suggester = CategorySuggester.fromRepositoryExamples();
  const sut = new CategoryChoiceService(new CategoryCatalogue());
  const report = (description: string, category: ReportSubmittedV1['category'] = null) =>
    ({ description, category }) as RoutableReport;

  it('keeps the category the reporter chose', () => {
    expect(sut.choose(report('iets', { main: 'wonen', sub: 'portiek' }), suggester)).toEqual({
      category: { main: 'wonen', sub: 'portiek', sensitivity: 2, known: true },
      note: null,
    });
  });

  it('suggests a category from the description when none was chosen, and says so', () => {
    const choice = sut.choose(report('de lantaarnpaal bij ons voor de deur doet het al dagen niet meer'), suggester);
    expect(choice.category).toMatchObject({ main: 'openbare-ruimte', sub: 'straatverlichting', known: true });
    expect(choice.note).toMatch(/suggested openbare-ruimte\/straatverlichting/);
    expect(choice.suggestion).toEqual({
      main: 'openbare-ruimte',
      sub: 'straatverlichting',
      confidence: expect.any(Number),
      used: true,
    });
    expect(choice.suggestion!.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it('sends the report to triage instead of guessing when the suggestion is uncertain', () => {
    const choice = sut.choose(report('qqq zzz 123'), suggester);
    expect(choice.category.main).toBe('overig');
    expect(choice.note).toMatch(/triage/);
    expect(choice.suggestion?.used ?? false).toBe(false);
  });
});
