import {
  CandidateIndex, decideLink, DEFAULT_LINKING_RULES, summaryFromReport, summaryWithReport,
} from '@loket/incident-linking';
import type { CategoryRef, IncomingReport, LinkDecision, LinkingRules, OpenCaseSummary } from '@loket/incident-linking';
import type { CorpusReport, GroupKind, LinkingGroup } from '../corpus/corpus-types';

/**
 * How the service under test turns a corpus report into the linker's input and, when the report opens a case,
 * which category that case gets. The routing service passes its own (its category choice and report mapping);
 * `reporterChoice` takes the reporter's category as it is.
 */
export type LinkingRoute = (
  report: CorpusReport,
  meta: { readonly reportId: string; readonly submittedAt: Date },
) => { readonly incoming: IncomingReport; readonly caseCategory: CategoryRef };

export const reporterChoice: LinkingRoute = (report, { reportId, submittedAt }) => {
  const category = { main: report.main, ...(report.sub ? { sub: report.sub } : {}) };
  return {
    incoming: { reportId, category, location: { lat: report.lat, lon: report.lon }, submittedAt, description: report.description },
    caseCategory: category,
  };
};

/** What the linker decided for one report after the first of its group, and whether that was right. */
export interface JudgedReport {
  readonly groupId: string;
  readonly kind: GroupKind;
  /** Position in the group, in time order (1 = the second report). */
  readonly position: number;
  readonly decision: LinkDecision['decision'];
  /** Linked to a case that was opened by a report of the same incident. */
  readonly linkedRight: boolean;
  /** Linked to a case that was opened by a report of another incident. */
  readonly linkedWrong: boolean;
  /** Named as possibly related to a case of the same incident (only when not linked). */
  readonly greyRight: boolean;
  readonly explanation: string;
}

export interface ReplayOptions {
  readonly route?: LinkingRoute;
  readonly rules?: LinkingRules;
  /** When the first report of every group arrives (each group is replayed on its own, in an empty index). */
  readonly start?: Date;
}

const DEFAULT_START = new Date('2026-03-02T08:00:00Z');

/**
 * Replays every group through the linker as the routing service would meet it: reports in time order; a linked
 * report joins its case (the case's period and text grow, place and category stay), any other report opens a case
 * of its own. Each group starts from an empty set of open cases, so groups cannot disturb one another.
 * In a same-incident group every report is the one incident; in a different-incident group each is its own.
 */
export function replayGroups(groups: readonly LinkingGroup[], options: ReplayOptions = {}): JudgedReport[] {
  const route = options.route ?? reporterChoice;
  const rules = options.rules ?? DEFAULT_LINKING_RULES;
  const start = (options.start ?? DEFAULT_START).getTime();
  const judged: JudgedReport[] = [];
  for (const group of groups) {
    const index = new CandidateIndex();
    const incidentOfCase = new Map<string, number>();
    const ordered = group.reports
      .map((report, i) => ({ report, incident: group.kind === 'same-incident' ? 0 : i }))
      .sort((a, b) => a.report.minutes - b.report.minutes);
    ordered.forEach(({ report, incident }, position) => {
      const reportId = `${group.id}#${position + 1}`;
      const { incoming, caseCategory } = route(report, { reportId, submittedAt: new Date(start + report.minutes * 60_000) });
      const decision = decideLink(incoming, index.candidates(incoming, rules), rules);
      if (decision.decision === 'link') {
        index.upsert(summaryWithReport(index.get(decision.caseId) as OpenCaseSummary, incoming));
      } else {
        const caseId = `${group.id}/case-${position + 1}`;
        index.upsert(summaryFromReport(caseId, incoming, caseCategory));
        incidentOfCase.set(caseId, incident);
      }
      if (position === 0) return;
      const linkedIncident = decision.decision === 'link' ? incidentOfCase.get(decision.caseId) : undefined;
      judged.push({
        groupId: group.id,
        kind: group.kind,
        position,
        decision: decision.decision,
        linkedRight: linkedIncident === incident,
        linkedWrong: linkedIncident !== undefined && linkedIncident !== incident,
        greyRight:
          decision.decision === 'possibly-related' && decision.caseIds.some((id) => incidentOfCase.get(id) === incident),
        explanation: decision.explanation.text,
      });
    });
  }
  return judged;
}
