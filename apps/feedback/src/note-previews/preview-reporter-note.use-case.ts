import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '@loket/auth';
import { describeLevel, NOTE_TEXT_LEVEL } from '@loket/disclosure-policy';
import { ProblemException } from '@loket/http';
import { CaseDirectory } from '../case-links/case-directory';
import { DisclosurePolicy } from '../messages/disclosure-policy';
import { CaseFacts, contactLevel, planMessage, ReporterFacts } from '../messages/plan-message';
import { ReporterDirectory } from '../reporters/reporter-directory';
import { NoteOutcome, ReporterNotePreview, ReporterNotePreviewResponse } from './reporter-note-preview.response';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The trigger of a preview: never written, so it needs no real event id. */
const PREVIEW_EVENT = '00000000-0000-0000-0000-000000000000';

/**
 * Before a professional saves a note for the reporters, what each reporter of the case would receive: planned
 * by `planMessage` — the function that plans the real message when the note arrives — with the disclosure
 * policy in force, so the e-mail and the tracking page show exactly this. Only the organisation that holds
 * the case now may ask; for anyone else the case does not exist (404). Reporters are numbered, never named.
 */
@Injectable()
export class PreviewReporterNote {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseDirectory,
    private readonly reporters: ReporterDirectory,
    private readonly policy: DisclosurePolicy,
  ) {}

  async execute(principal: Principal, caseId: string, text: string): Promise<ReporterNotePreviewResponse> {
    const tx = this.dataSource.manager;
    const kase = UUID.test(caseId) ? await this.cases.facts(tx, caseId) : null;
    if (!kase || !principal.organisation || kase.organisation !== principal.organisation) {
      throw ProblemException.notFound(`There is no case ${caseId}`);
    }
    const reporters = await this.reporters.ofCase(tx, caseId);
    return { caseId, reporters: previewNoteFor(text, reporters, kase, this.policy, new Date()) };
  }
}

/** Pure: the preview of a note for every reporter of a case, in the order they reported. */
export function previewNoteFor(
  text: string,
  reporters: readonly ReporterFacts[],
  kase: CaseFacts,
  policy: DisclosurePolicy,
  now: Date,
): ReporterNotePreview[] {
  const occasion = { stage: 'note-for-reporter' as const, eventId: PREVIEW_EVENT, occurredAt: now, noteText: text };
  return reporters.map((reporter, index) => {
    const level = contactLevel(reporter, kase, policy);
    const planned = planMessage(occasion, reporter, kase, policy);
    const receives: NoteOutcome = !planned ? 'nothing' : level >= NOTE_TEXT_LEVEL ? 'note' : 'generic-progress';
    return {
      reporter: `reporter ${index + 1}`,
      tier: reporter.tier,
      level,
      language: reporter.language,
      channel: reporter.hasEmail ? 'email' : 'tracking-only',
      receives,
      explanation: explain(receives, level, reporter.consentToContact),
      ...(planned ? { subject: planned.subject, body: planned.body } : {}),
    };
  });
}

function explain(receives: NoteOutcome, level: number, consentToContact: boolean): string {
  const at = describeLevel(level as 0 | 1 | 2 | 3 | 4);
  const capital = at.charAt(0).toUpperCase() + at.slice(1);
  switch (receives) {
    case 'note':
      return `${capital}: receives your note, redacted, exactly as shown.`;
    case 'generic-progress':
      return `${capital}: does not receive your note; this reporter gets the generic progress message shown instead, without its text.`;
    case 'nothing':
      if (level > 0) return `${capital}: hears only that the report was received, nothing about progress or notes.`;
      return consentToContact
        ? `${capital}: hears nothing, because the disclosure matrix gives this reporter's tier nothing for this category's sensitivity.`
        : `${capital}: asked for no contact and hears nothing.`;
  }
}
