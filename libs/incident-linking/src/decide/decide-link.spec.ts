import { CandidateIndex } from '../index/candidate-index';
import { createLinkingRules } from '../rules/create-linking-rules';
import { DEFAULT_LINKING_RULES } from '../rules/default-linking-rules';
import { incomingReport, KERKSTRAAT, minutesAfter, offset, openCase, T0 } from '../testing/fixtures';
import { decideLink } from './decide-link';

const rules = DEFAULT_LINKING_RULES;

describe('decideLink', () => {
  const grofvuil = openCase({ caseId: 'c-grofvuil', lastReportAt: minutesAfter(T0, 5) });

  function decideWithIndex(report = incomingReport()) {
    const index = CandidateIndex.of([grofvuil]);
    return decideLink(report, index.candidates(report, rules), rules);
  }

  it('links a report from the same spot minutes later with similar words', () => {
    const report = incomingReport({
      location: offset(KERKSTRAAT, 30, 28),
      submittedAt: minutesAfter(T0, 23),
    });
    const decision = decideWithIndex(report);
    expect(decision.decision).toBe('link');
    if (decision.decision !== 'link') return;
    expect(decision.caseId).toBe('c-grofvuil');
    expect(decision.score).toBeGreaterThanOrEqual(rules.linkThreshold);
    expect(decision.explanation.text).toMatch(
      /^Linked to case c-grofvuil \(score 0\.\d\d ≥ link threshold 0\.70\)/,
    );
    expect(decision.explanation.text).toContain('41 m away (within 75 m)');
    expect(decision.explanation.text).toContain('18 minutes apart (within 72 h)');
    expect(decision.explanation.text).toContain('same subcategory grofvuil');
    expect(decision.explanation.text).toMatch(/text similarity 0\.\d\d \(shared words: [^)]*container/);
  });

  it('opens a new case for a report on another street, 400 m away', () => {
    const decision = decideWithIndex(
      incomingReport({ location: offset(KERKSTRAAT, 0, 400), submittedAt: minutesAfter(T0, 20) }),
    );
    expect(decision.decision).toBe('new-case');
    expect(decision.explanation.text).toBe('New case: no open case within reach.');
  });

  it('explains a case passed in directly that is out of reach', () => {
    const report = incomingReport({ location: offset(KERKSTRAAT, 0, 400) });
    const decision = decideLink(report, [grofvuil], rules);
    expect(decision.decision).toBe('new-case');
    expect(decision.explanation.text).toContain('Out of reach: c-grofvuil (400 m away (beyond 75 m)');
    expect(decision.explanation.candidates[0]).toMatchObject({
      withinReach: false,
      score: 0,
      linkable: false,
    });
  });

  it('opens a new case for the same spot on a day beyond the window', () => {
    const report = incomingReport({ submittedAt: minutesAfter(grofvuil.lastReportAt, 4 * 24 * 60) });
    expect(decideWithIndex(report).decision).toBe('new-case');
    expect(decideLink(report, [grofvuil], rules).explanation.text).toContain('4 days apart (beyond 72 h)');
  });

  it('does not link a different category with dissimilar text at the same spot', () => {
    const report = incomingReport({
      category: { main: 'overlast', sub: 'geluid' },
      description: 'Harde muziek en geschreeuw uit het café tot diep in de nacht',
      submittedAt: minutesAfter(T0, 30),
    });
    const decision = decideWithIndex(report);
    expect(decision.decision).toBe('new-case');
    expect(decision.explanation.text).toContain('different category (overlast/geluid vs afval/grofvuil)');
    expect(decision.explanation.candidates[0].category.level).toBe('other');
    expect(decision.explanation.candidates[0].linkable).toBe(false);
  });

  it('never links an unrelated category even with identical text, but names it as possibly related', () => {
    const report = incomingReport({
      category: { main: 'veiligheid', sub: 'vandalisme' },
      description: grofvuil.text,
    });
    const decision = decideWithIndex(report);
    expect(decision.decision).toBe('possibly-related');
    if (decision.decision !== 'possibly-related') return;
    expect(decision.caseIds).toEqual(['c-grofvuil']);
    expect(decision.explanation.text).toContain(
      'different category (veiligheid/vandalisme vs afval/grofvuil)',
    );
    expect(decision.explanation.text).toContain('never linked automatically');
  });

  it('looks back as far as the report says the problem has lasted, when that is further than the window', () => {
    const generator = openCase({
      caseId: 'c-generator',
      category: { main: 'overlast', sub: 'geluid' },
      text: 'Generator van een foodtruck draait de hele nacht op het plein',
    });
    const nextNight = { category: { main: 'overlast', sub: 'geluid' }, submittedAt: minutesAfter(T0, 24 * 60) };
    const said = incomingReport({ ...nextNight, description: 'Er staat een aggregaat te brommen op het plein, al 3 nachten' });
    const unsaid = incomingReport({ ...nextNight, description: 'Er staat een aggregaat te brommen op het plein' });

    expect(decideLink(unsaid, CandidateIndex.of([generator]).candidates(unsaid, rules), rules).decision).toBe('new-case');
    const decision = decideLink(said, CandidateIndex.of([generator]).candidates(said, rules), rules);
    expect(decision.decision).not.toBe('new-case');
    expect(decision.explanation.candidates[0]).toMatchObject({ withinReach: true, windowHours: 72 });
    expect(decision.explanation.text).toContain('24 hours apart (within 72 h: the report says it has lasted 72 h)');
  });

  it('never links reports naming different house numbers, however alike, but names the case as possibly related', () => {
    const atTwo = openCase({ caseId: 'c-lamp', category: { main: 'openbare-ruimte', sub: 'straatverlichting' }, text: 'Straatlamp kapot voor nr 2' });
    const report = incomingReport({
      category: { main: 'openbare-ruimte', sub: 'straatverlichting' },
      description: 'Straatlamp kapot voor nr 60',
      submittedAt: minutesAfter(T0, 30),
    });
    const decision = decideLink(report, [atTwo], rules);
    expect(decision.decision).toBe('possibly-related');
    expect(decision.explanation.candidates[0]).toMatchObject({ differentHouseNumbers: true, linkable: false });
    expect(decision.explanation.text).toContain('different house numbers (60 vs 2)');
    expect(decision.explanation.text).toContain('(another house number: never linked automatically)');
    // the same house number, or none named, links as before
    expect(decideLink({ ...report, description: 'Straatlamp voor nr 2 doet het niet' }, [atTwo], rules).decision).toBe('link');
    expect(decideLink({ ...report, description: 'Straatlamp kapot' }, [atTwo], rules).decision).toBe('link');
  });

  it('never links a report that says it is about another one, but names the case as possibly related', () => {
    const report = incomingReport({ description: 'Er ligt ook grofvuil bij de andere container, een matras en een bank' });
    const decision = decideWithIndex(report);
    expect(decision.decision).toBe('possibly-related');
    expect(decision.explanation.candidates[0]).toMatchObject({ speaksOfAnother: true, linkable: false });
    expect(decision.explanation.text).toContain('the report says it is about another one');
    expect(decision.explanation.text).toContain('(another one: never linked automatically)');
  });

  it('links across an unrelated category when the rules allow it', () => {
    const lenient = createLinkingRules({ linkRequiresCategoryMatch: false, linkThreshold: 0.6 });
    const report = incomingReport({
      category: { main: 'veiligheid', sub: 'vandalisme' },
      description: grofvuil.text,
    });
    expect(decideLink(report, [grofvuil], lenient).decision).toBe('link');
  });

  it('puts a same-category report with little in common in the grey zone', () => {
    const report = incomingReport({
      category: { main: 'afval', sub: 'zwerfafval' },
      location: offset(KERKSTRAAT, 45, 0),
      submittedAt: minutesAfter(T0, 10 * 60),
      description: 'Overal blikjes en papiertjes op de stoep',
    });
    const decision = decideLink(report, [grofvuil], rules);
    expect(decision.decision).toBe('possibly-related');
    expect(decision.explanation.text).toContain('same category afval (zwerfafval vs grofvuil)');
  });

  it('links a report without a category on place, time and words', () => {
    const report = incomingReport({ category: null, submittedAt: minutesAfter(T0, 15) });
    const decision = decideLink(report, [grofvuil], rules);
    expect(decision.decision).toBe('link');
    expect(decision.explanation.text).toContain('report has no category (case: afval/grofvuil)');
  });

  it('links related categories: drug nuisance next to a suspected drug lab', () => {
    const lab = openCase({
      caseId: 'c-lab',
      category: { main: 'ondermijning', sub: 'drugslab' },
      openedAt: T0,
      text: 'Vermoeden van hennepkwekerij: ramen dichtgeplakt, sterke wietlucht, veel aanloop',
    });
    const report = incomingReport({
      category: { main: 'overlast', sub: 'drugsoverlast' },
      location: offset(KERKSTRAAT, 20, -10),
      submittedAt: minutesAfter(T0, 3 * 24 * 60),
      description: 'Steeds die wietlucht en aanloop bij dat pand, ramen zijn dichtgeplakt',
    });
    const decision = decideLink(report, CandidateIndex.of([lab]).candidates(report, rules), rules);
    expect(decision.decision).toBe('link');
    expect(decision.explanation.text).toContain('related categories overlast/drugsoverlast ~ ondermijning');
  });

  it('links to the best of several cases and mentions the other close ones', () => {
    const nearby = openCase({
      caseId: 'c-nearby',
      location: offset(KERKSTRAAT, 60, 0),
      text: 'matras bij de container',
    });
    const report = incomingReport({ submittedAt: minutesAfter(T0, 20) });
    const decision = decideLink(
      report,
      CandidateIndex.of([nearby, grofvuil]).candidates(report, rules),
      rules,
    );
    expect(decision).toMatchObject({ decision: 'link', caseId: 'c-grofvuil' });
    expect(decision.explanation.candidates.map((c) => c.caseId)).toEqual(['c-grofvuil', 'c-nearby']);
  });

  it('caps the possibly related cases at maxPossiblyRelated, best first', () => {
    const cases = [1, 2, 3].map((n) =>
      openCase({ caseId: `c-${n}`, location: offset(KERKSTRAAT, n * 5, 0) }),
    );
    const strict = createLinkingRules({ linkThreshold: 0.99, maxPossiblyRelated: 2 });
    const decision = decideLink(incomingReport(), cases, strict);
    expect(decision).toMatchObject({ decision: 'possibly-related', caseIds: ['c-1', 'c-2'] });
  });

  it('opens a new case, naming the best candidate, when every score is below the grey zone', () => {
    const report = incomingReport({
      category: { main: 'afval', sub: 'container-vol' },
      location: offset(KERKSTRAAT, 70, 0),
      submittedAt: minutesAfter(T0, 60 * 60),
      description: 'Ondergrondse bak zit klem',
    });
    const decision = decideLink(report, [grofvuil], rules);
    expect(decision.decision).toBe('new-case');
    expect(decision.explanation.text).toMatch(
      /^New case: the best candidate c-grofvuil scored 0\.\d\d, below the grey-zone threshold 0\.45/,
    );
  });

  it('opens a new case when there are no open cases at all', () => {
    expect(decideLink(incomingReport(), [], rules)).toEqual({
      decision: 'new-case',
      explanation: {
        text: 'New case: no open case within reach.',
        linkThreshold: 0.7,
        greyZoneThreshold: 0.45,
        candidates: [],
      },
    });
  });

  it('gives the same decision for summaries as for index candidates', () => {
    const report = incomingReport({ submittedAt: minutesAfter(T0, 20) });
    const viaIndex = decideLink(report, CandidateIndex.of([grofvuil]).candidates(report, rules), rules);
    expect(decideLink(report, [grofvuil], rules)).toEqual(viaIndex);
  });

  it('rejects a report with an invalid location', () => {
    expect(() => decideLink(incomingReport({ location: { lat: Number.NaN, lon: 5 } }), [], rules)).toThrow(
      /invalid location/,
    );
  });
});
