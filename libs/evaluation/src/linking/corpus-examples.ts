import { assessPair, DEFAULT_LINKING_RULES, exampleFromAssessment, summaryFromReport } from '@loket/incident-linking';
import type { LinkingExample, LinkingRules } from '@loket/incident-linking';
import type { LinkingGroup } from '../corpus/corpus-types';
import { reporterChoice } from './replay-groups';
import type { LinkingRoute } from './replay-groups';

const START = new Date('2026-03-02T08:00:00Z').getTime();

/**
 * Labelled pairs from report groups, to learn from: every later report of a group against the case each earlier
 * report would have opened, when the case is within its reach (out of reach the score is never asked). In a
 * same-incident group every pair is one incident; in a different-incident group none is.
 */
export function corpusExamples(
  groups: readonly LinkingGroup[],
  options: { readonly route?: LinkingRoute; readonly rules?: LinkingRules } = {},
): LinkingExample[] {
  const route = options.route ?? reporterChoice;
  const rules = options.rules ?? DEFAULT_LINKING_RULES;
  const examples: LinkingExample[] = [];
  for (const group of groups) {
    const routed = [...group.reports]
      .sort((a, b) => a.minutes - b.minutes)
      .map((report, position) =>
        route(report, { reportId: `${group.id}#${position + 1}`, submittedAt: new Date(START + report.minutes * 60_000) }),
      );
    routed.forEach((later, i) => {
      for (const earlier of routed.slice(0, i)) {
        const kase = summaryFromReport(`${earlier.incoming.reportId}/case`, earlier.incoming, earlier.caseCategory);
        const assessment = assessPair(later.incoming, kase, rules);
        if (assessment.withinReach) examples.push(exampleFromAssessment(assessment, group.kind === 'same-incident'));
      }
    });
  }
  return examples;
}
