import type { LinkCandidate } from '../index/link-candidate';
import { linkCandidateFromSummary } from '../index/link-candidate';
import type { IncomingReport, OpenCaseSummary } from '../model/case-summary';
import { assertValidReport } from '../model/validate-input';
import type { LinkingRules } from '../rules/linking-rules';
import { assessCandidate } from '../scoring/assess-candidate';
import type { CandidateAssessment } from '../scoring/candidate-assessment';
import { formatScore } from '../scoring/format-measures';
import { textProfile } from '../text/text-profile';
import type { LinkDecision, LinkExplanation } from './link-decision';

/**
 * Decides whether a report joins an open case. The best linkable candidate at or above the link
 * threshold wins; otherwise every candidate at or above the grey-zone threshold is named as
 * possibly related (the report opens its own case); otherwise it simply opens a new case.
 * Candidates may come from `CandidateIndex.candidates` or be plain case summaries.
 */
export function decideLink(
  report: IncomingReport,
  candidates: readonly (LinkCandidate | OpenCaseSummary)[],
  rules: LinkingRules,
): LinkDecision {
  assertValidReport(report);
  const context = { category: report.category, textProfile: textProfile(report.description) };
  const assessed = candidates
    .map((c) => assessCandidate(context, isLinkCandidate(c) ? c : linkCandidateFromSummary(report, c), rules))
    .sort(bestFirst);

  const best = assessed.find((a) => a.linkable && a.score >= rules.linkThreshold);
  if (best) {
    const others = assessed.filter((a) => a !== best && a.withinReach && a.score >= rules.greyZoneThreshold);
    const also = others.length ? ` Also close: ${others.map(brief).join(', ')}.` : '';
    const text = `Linked to case ${best.caseId} (score ${formatScore(best.score)} ≥ link threshold ${formatScore(rules.linkThreshold)}): ${best.reasons}.${also}`;
    return {
      decision: 'link',
      caseId: best.caseId,
      score: best.score,
      explanation: explain(text, assessed, rules),
    };
  }

  const grey = assessed
    .filter((a) => a.withinReach && a.score >= rules.greyZoneThreshold)
    .slice(0, rules.maxPossiblyRelated);
  if (grey.length > 0) {
    const text =
      `New case, possibly related to ${grey.map(brief).join(', ')}: ` +
      `${grey.length === 1 ? 'its score is' : 'their scores are'} at or above the grey-zone threshold ${formatScore(rules.greyZoneThreshold)} ` +
      `but no linkable case reaches the link threshold ${formatScore(rules.linkThreshold)}. ` +
      grey
        .map(
          (a) =>
            `${a.caseId}: ${a.reasons}${a.linkable ? '' : ` (${whyNeverLinked(a)}: never linked automatically)`}.`,
        )
        .join(' ');
    return {
      decision: 'possibly-related',
      caseIds: grey.map((a) => a.caseId),
      explanation: explain(text, assessed, rules),
    };
  }

  return { decision: 'new-case', explanation: explain(newCaseText(assessed, rules), assessed, rules) };
}

function newCaseText(assessed: readonly CandidateAssessment[], rules: LinkingRules): string {
  const inReach = assessed.filter((a) => a.withinReach);
  if (inReach.length === 0) {
    const outside = assessed.length
      ? ` Out of reach: ${assessed.map((a) => `${a.caseId} (${a.reasons})`).join('; ')}.`
      : '';
    return `New case: no open case within reach.${outside}`;
  }
  const best = inReach[0];
  return (
    `New case: the best candidate ${best.caseId} scored ${formatScore(best.score)}, below the grey-zone threshold ` +
    `${formatScore(rules.greyZoneThreshold)}: ${best.reasons}.`
  );
}

function explain(
  text: string,
  candidates: readonly CandidateAssessment[],
  rules: LinkingRules,
): LinkExplanation {
  return { text, linkThreshold: rules.linkThreshold, greyZoneThreshold: rules.greyZoneThreshold, candidates };
}

function whyNeverLinked(a: CandidateAssessment): string {
  if (a.differentHouseNumbers) return 'another house number';
  return a.speaksOfAnother ? 'another one' : 'unrelated category';
}

function brief(a: CandidateAssessment): string {
  return `${a.caseId} (score ${formatScore(a.score)})`;
}

function isLinkCandidate(c: LinkCandidate | OpenCaseSummary): c is LinkCandidate {
  return 'summary' in c && 'textProfile' in c;
}

/** In reach first, highest score first; then nearer, sooner, by case id, so equal inputs give equal output. */
function bestFirst(a: CandidateAssessment, b: CandidateAssessment): number {
  return (
    Number(b.withinReach) - Number(a.withinReach) ||
    b.score - a.score ||
    a.distanceMetres - b.distanceMetres ||
    a.gapMs - b.gapMs ||
    (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0)
  );
}
