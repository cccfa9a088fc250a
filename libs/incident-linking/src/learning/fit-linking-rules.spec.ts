import { decideLink } from '../decide/decide-link';
import { IncidentLinkingError } from '../model/incident-linking-error';
import { DEFAULT_LINKING_RULES } from '../rules/default-linking-rules';
import { validateLinkingRules } from '../rules/validate-linking-rules';
import { fitLinkingRules } from './fit-linking-rules';
import type { LinkingExample } from './linking-example';
import { isLinkingExample } from './linking-example';

/** Pairs where one incident means close, soon, same subcategory and shared words; different incidents do not. */
function examples(count: number): LinkingExample[] {
  const list: LinkingExample[] = [];
  for (let i = 0; i < count; i++) {
    const f = (i % 10) / 10;
    list.push({ sameIncident: true, distance: 0.6 + 0.4 * f, time: 0.5 + 0.5 * f, text: 0.35 + 0.5 * f, categoryLevel: i % 3 ? 'same-sub' : 'same-main' });
    list.push({ sameIncident: false, distance: 0.3 + 0.6 * f, time: 0.2 + 0.6 * f, text: 0.25 * f, categoryLevel: i % 3 ? 'other' : 'same-main' });
  }
  return list;
}

describe('fitLinkingRules', () => {
  it('learns rules the linker can use: weights for what tells incidents apart, category scores in order', () => {
    const { rules, coefficients, trainedOn } = fitLinkingRules(examples(40), DEFAULT_LINKING_RULES);
    expect(validateLinkingRules(rules)).toEqual([]);
    expect(trainedOn).toEqual({ sameIncident: 40, differentIncident: 40 });
    expect(coefficients.text).toBeGreaterThan(0);
    expect(rules.weights.text).toBeGreaterThan(0);
    expect(rules.categoryScores.sameSub).toBeGreaterThan(rules.categoryScores.other);
    expect(rules.greyZoneThreshold).toBeLessThanOrEqual(rules.linkThreshold);
    // what is not learned stays as it was
    expect(rules.reach).toEqual(DEFAULT_LINKING_RULES.reach);
    expect(rules.related).toEqual(DEFAULT_LINKING_RULES.related);
  });

  it('sets the link threshold so that at most the allowed share of different incidents would link', () => {
    const fitted = fitLinkingRules(examples(50), DEFAULT_LINKING_RULES, { maxFalseLinkShare: 0.02 });
    expect(fitted.onTrainingExamples.falseLinkShare).toBeLessThanOrEqual(0.02);
    expect(fitted.onTrainingExamples.linkRecall).toBeGreaterThan(0.5);
    expect(fitted.onTrainingExamples.greyOrLinkRecall).toBeGreaterThanOrEqual(0.97);
  });

  it('keeps every part of the score at or above 0: more text in common never makes a link less likely', () => {
    const flipped = examples(30).map((e) => ({ ...e, text: e.sameIncident ? 0.1 : 0.9 }));
    const { rules, coefficients } = fitLinkingRules(flipped, DEFAULT_LINKING_RULES);
    expect(coefficients.text).toBe(0);
    expect(rules.weights.text).toBe(0);
  });

  it('gives the same rules for the same examples', () => {
    expect(fitLinkingRules(examples(25), DEFAULT_LINKING_RULES)).toEqual(fitLinkingRules(examples(25), DEFAULT_LINKING_RULES));
  });

  it('refuses to learn from too few examples of either kind, saying how many there are', () => {
    const few = examples(40).filter((e) => e.sameIncident).concat(examples(4).filter((e) => !e.sameIncident));
    expect(() => fitLinkingRules(few, DEFAULT_LINKING_RULES)).toThrow(IncidentLinkingError);
    expect(() => fitLinkingRules(few, DEFAULT_LINKING_RULES)).toThrow(/40 of one incident and 4 of different incidents/);
  });

  it('decides and explains with the learned rules like with any others', () => {
    const { rules } = fitLinkingRules(examples(40), DEFAULT_LINKING_RULES);
    const at = new Date('2026-05-01T10:00:00Z');
    const decision = decideLink(
      { reportId: 'r2', category: { main: 'afval', sub: 'grofvuil' }, location: { lat: 52.09, lon: 5.11 }, submittedAt: at, description: 'bank en matras bij de container' },
      [{ caseId: 'c1', category: { main: 'afval', sub: 'grofvuil' }, location: { lat: 52.09, lon: 5.11 }, openedAt: at, lastReportAt: at, text: 'oude bank en matras naast de container' }],
      rules,
    );
    expect(decision.decision).toBe('link');
    expect(decision.explanation.text).toMatch(/text similarity/);
  });
});

describe('isLinkingExample', () => {
  it('does not let pairs the texts rule out raise the link threshold: they can never link', () => {
    const base = examples(50);
    // perfect look-alikes that named different house numbers: counted as linkable, no threshold could keep them out
    const ruledOut: LinkingExample[] = Array.from({ length: 10 }, () => ({
      sameIncident: false, distance: 1, time: 1, text: 1, categoryLevel: 'same-sub', ruledOutByText: true,
    }));
    const withThem = fitLinkingRules([...base, ...ruledOut], DEFAULT_LINKING_RULES, { maxFalseLinkShare: 0.02 });
    expect(withThem.onTrainingExamples.falseLinkShare).toBeLessThanOrEqual(0.02);
    expect(withThem.rules.linkThreshold).toBeLessThan(1);
    expect(withThem.onTrainingExamples.linkRecall).toBeGreaterThan(0.5);
  });

  it('accepts measures only and refuses anything else', () => {
    expect(isLinkingExample({ sameIncident: true, distance: 0.5, time: 1, text: 0, categoryLevel: 'related' })).toBe(true);
    expect(isLinkingExample({ sameIncident: false, distance: 0.5, time: 1, text: 0, categoryLevel: 'related', ruledOutByText: true })).toBe(true);
    expect(isLinkingExample({ sameIncident: false, distance: 0.5, time: 1, text: 0, categoryLevel: 'related', ruledOutByText: 'yes' })).toBe(false);
    expect(isLinkingExample({ sameIncident: true, distance: 1.5, time: 1, text: 0, categoryLevel: 'related' })).toBe(false);
    expect(isLinkingExample({ sameIncident: 'yes', distance: 0.5, time: 1, text: 0, categoryLevel: 'related' })).toBe(false);
    expect(isLinkingExample({ sameIncident: true, distance: 0.5, time: 1, text: 0, categoryLevel: 'close' })).toBe(false);
  });
});
