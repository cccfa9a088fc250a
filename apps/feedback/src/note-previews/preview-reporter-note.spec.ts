import {
  DEFAULT_DISCLOSURE_MATRIX,
  DEFAULT_TEMPLATES,
  DisclosureMatrix,
  REPORTER_TIERS,
  ReporterTier,
  Sensitivity,
  SENSITIVITIES,
} from '@loket/disclosure-policy';
import { DEFAULT_DISCLOSURE_POLICY, DisclosurePolicy } from '../messages/disclosure-policy';
import { CaseFacts, planForCase, ReporterFacts } from '../messages/plan-message';
import { previewNoteFor } from './preview-reporter-note.use-case';

const reportedAt = new Date('2026-05-01T10:00:00Z');
const now = new Date('2026-05-03T10:00:00Z');
const NOTE = 'De container is geleegd. Bel gerust 06-12345678 of mail wijkbeheer@gemeente.nl.';

function reporter(n: number, overrides: Partial<ReporterFacts> = {}): ReporterFacts {
  return {
    reportId: `00000000-0000-4000-8000-00000000000${n}`,
    reporterRef: `rr_reporter_${n}_aaaaaaaaaaaa`,
    tier: 'resident',
    language: 'nl',
    consentToContact: true,
    hasEmail: true,
    receivedAt: new Date(reportedAt.getTime() + n * 60_000),
    trackingCodeHint: `…-HC9${n}`,
    ...overrides,
  };
}

const caseOf = (sensitivity: Sensitivity): CaseFacts => ({ caseId: '00000000-0000-4000-8000-0000000000c1', sensitivity, organisation: 'police' });
const oneOfEachTier = () => REPORTER_TIERS.map((tier, i) => reporter(i + 1, { tier, language: i % 2 === 0 ? 'nl' : 'en' }));

/** What the real note event plans, per reporter: the same function the preview must agree with. */
function realMessages(reporters: ReporterFacts[], kase: CaseFacts, policy: DisclosurePolicy) {
  const planned = planForCase({ stage: 'note-for-reporter', eventId: 'e-note', occurredAt: now, noteText: NOTE }, reporters, kase, policy);
  return reporters.map((r) => planned.find((m) => m.reportId === r.reportId) ?? null);
}

describe('previewNoteFor', () => {
  it.each(SENSITIVITIES)('on a case of sensitivity %i shows each tier exactly the message the note will plan', (sensitivity) => {
    const reporters = oneOfEachTier();
    const preview = previewNoteFor(NOTE, reporters, caseOf(sensitivity), DEFAULT_DISCLOSURE_POLICY, now);
    const real = realMessages(reporters, caseOf(sensitivity), DEFAULT_DISCLOSURE_POLICY);
    preview.forEach((shown, i) => {
      const tier = reporters[i]!.tier;
      const level = DEFAULT_DISCLOSURE_MATRIX[sensitivity][tier];
      expect(shown).toMatchObject({ reporter: `reporter ${i + 1}`, tier, level });
      expect(shown.receives).toBe(level >= 3 ? 'note' : level === 2 ? 'generic-progress' : 'nothing');
      expect(shown.body?.includes('De container is geleegd.') ?? false).toBe(level >= 3);
      expect(shown.subject).toBe(real[i]?.subject);
      expect(shown.body).toBe(real[i]?.body);
    });
  });

  it('shows the note redacted, as the reporter reads it', () => {
    const [shown] = previewNoteFor(NOTE, [reporter(1)], caseOf(1), DEFAULT_DISCLOSURE_POLICY, now);
    expect(shown!.body).toContain('De container is geleegd.');
    expect(shown!.body).not.toContain('06-12345678');
    expect(shown!.body).not.toContain('wijkbeheer@gemeente.nl');
  });

  it('never shows a note on a care case to an anonymous resident', () => {
    const [shown] = previewNoteFor(NOTE, [reporter(1, { tier: 'anonymous' })], caseOf(4), DEFAULT_DISCLOSURE_POLICY, now);
    expect(shown).toMatchObject({ level: 1, receives: 'nothing' });
    expect(shown!.body).toBeUndefined();
  });

  it('shows a progress-level reporter the generic progress message they get instead of the note', () => {
    const [shown] = previewNoteFor(NOTE, [reporter(1, { tier: 'resident' })], caseOf(3), DEFAULT_DISCLOSURE_POLICY, now);
    expect(shown).toMatchObject({ level: 2, receives: 'generic-progress', subject: 'Er is voortgang met je melding …-HC91' });
    expect(shown!.explanation).toMatch(/generic progress message/);
    expect(JSON.stringify(shown)).not.toContain('geleegd');
  });

  it('says tracking-only for a reporter without an e-mail address, and nothing for one who wants no contact', () => {
    const shown = previewNoteFor(NOTE, [reporter(1, { hasEmail: false }), reporter(2, { consentToContact: false })], caseOf(1), DEFAULT_DISCLOSURE_POLICY, now);
    expect(shown[0]).toMatchObject({ channel: 'tracking-only', receives: 'note' });
    expect(shown[1]).toMatchObject({ level: 0, receives: 'nothing' });
  });

  it('says the matrix decided, not the reporter, when an administrator set a 0 for a reporter who consented', () => {
    const policy = { ...DEFAULT_DISCLOSURE_POLICY, matrix: { ...DEFAULT_DISCLOSURE_MATRIX, 2: { ...DEFAULT_DISCLOSURE_MATRIX[2], resident: 0 as const } } };
    const [byMatrix, byChoice] = previewNoteFor(NOTE, [reporter(1, { tier: 'resident' }), reporter(2, { tier: 'resident', consentToContact: false })], caseOf(2), policy, now);
    expect(byMatrix).toMatchObject({ level: 0, receives: 'nothing' });
    expect(byMatrix!.explanation).toMatch(/disclosure matrix/);
    expect(byMatrix!.explanation).not.toMatch(/asked for no contact/);
    expect(byChoice!.explanation).toMatch(/asked for no contact/);
  });

  it('names no reporter: no report id, reporter reference or tracking-code hint of another', () => {
    const reporters = oneOfEachTier();
    const text = JSON.stringify(previewNoteFor(NOTE, reporters, caseOf(1), DEFAULT_DISCLOSURE_POLICY, now));
    for (const r of reporters) {
      expect(text).not.toContain(r.reportId);
      expect(text).not.toContain(r.reporterRef);
    }
  });

  it('follows an edited matrix and edited templates, as the real message does', () => {
    const matrix: DisclosureMatrix = { ...DEFAULT_DISCLOSURE_MATRIX, 3: { ...DEFAULT_DISCLOSURE_MATRIX[3], resident: 3 } };
    const templates = JSON.parse(JSON.stringify(DEFAULT_TEMPLATES));
    templates['note-for-reporter'].nl['with-outcome'].subject = 'Nieuws over {{trackingCode}}';
    const policy: DisclosurePolicy = { matrix, templates };
    const reporters = [reporter(1, { tier: 'resident' as ReporterTier })];
    const [shown] = previewNoteFor(NOTE, reporters, caseOf(3), policy, now);
    expect(shown).toMatchObject({ level: 3, receives: 'note', subject: 'Nieuws over …-HC91' });
    expect(shown!.body).toBe(realMessages(reporters, caseOf(3), policy)[0]!.body);
  });
});
