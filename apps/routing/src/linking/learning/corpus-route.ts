import type { CategorySuggester } from '@loket/category-suggestion';
import type { LinkingRoute } from '@loket/evaluation';
import type { CategoryChoiceService } from '../../catalogue/category-choice';
import type { RoutableReport } from '../../cases/routable-report';
import { incomingReportOf } from '../incoming-report';

/**
 * Routing's own path from a corpus report to the linker's input and, when it opens a case, that case's category:
 * its category choice (the reporter's, else the given suggester's: the built-in one) and its report mapping. `npm run eval` and the
 * evaluation of a trained linking model both replay the corpus through it.
 */
export function corpusRoute(choice: CategoryChoiceService, suggester: CategorySuggester): LinkingRoute {
  return (report, { reportId, submittedAt }) => {
    const routable = {
      reportId,
      reporterRef: 'rr_evaluation_corpus_0000',
      description: report.description,
      category: { main: report.main, ...(report.sub ? { sub: report.sub } : {}) },
      location: { lat: report.lat, lon: report.lon },
      submittedAt: submittedAt.toISOString(),
      reporterTier: 'anonymous',
      channel: 'web',
    } as RoutableReport;
    const { category } = choice.choose(routable, suggester);
    return {
      incoming: incomingReportOf(routable, category),
      caseCategory: { main: category.main, ...(category.sub ? { sub: category.sub } : {}) },
    };
  };
}
