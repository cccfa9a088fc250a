import type { Proportion } from '../metrics/wilson';
import { wilson } from '../metrics/wilson';
import type { JudgedReport } from './replay-groups';

/** The linker's figures over the judged reports (every report after the first of its group). */
export interface LinkingFigures {
  readonly groups: number;
  /** Later reports of same-incident groups linked to their incident's case. */
  readonly recall: Proportion;
  /** Later reports of same-incident groups named "possibly related" to their incident's case instead. */
  readonly sameGrey: Proportion;
  /** Later reports of same-incident groups that opened a case with no pointer to theirs: silently apart. */
  readonly sameMissed: Proportion;
  /** Later reports of different-incident groups linked to another incident's case. */
  readonly falseLinkRate: Proportion;
  /** Later reports of different-incident groups named "possibly related" (a coordinator looks; no harm done). */
  readonly differentGrey: Proportion;
  /** All judged reports reported as "possibly related". */
  readonly greyRate: Proportion;
  /** Of all automatic links, the share that were right. */
  readonly linkPrecision: Proportion;
}

export function linkingFigures(judged: readonly JudgedReport[]): LinkingFigures {
  const same = judged.filter((j) => j.kind === 'same-incident');
  const different = judged.filter((j) => j.kind === 'different-incident');
  const count = (list: readonly JudgedReport[], test: (j: JudgedReport) => boolean): number => list.filter(test).length;
  const linked = judged.filter((j) => j.decision === 'link');
  return {
    groups: new Set(judged.map((j) => j.groupId)).size,
    recall: wilson(count(same, (j) => j.linkedRight), same.length),
    sameGrey: wilson(count(same, (j) => j.decision === 'possibly-related'), same.length),
    sameMissed: wilson(count(same, (j) => j.decision === 'new-case' || (j.decision === 'possibly-related' && !j.greyRight)), same.length),
    falseLinkRate: wilson(count(different, (j) => j.linkedWrong), different.length),
    differentGrey: wilson(count(different, (j) => j.decision === 'possibly-related'), different.length),
    greyRate: wilson(count(judged, (j) => j.decision === 'possibly-related'), judged.length),
    linkPrecision: wilson(count(linked, (j) => j.linkedRight), linked.length),
  };
}
