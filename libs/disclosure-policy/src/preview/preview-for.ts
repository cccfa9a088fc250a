import { messagesFor } from '../delivery/delivery-decision';
import type { DisclosureLevel } from '../disclosure-levels';
import type { FeedbackStage, Language } from '../feedback-stage';
import { DEFAULT_TEMPLATES } from '../templates/default-templates';
import type { LevelBand, MessageContext, MessageTemplates } from '../templates/message-templates.types';
import { renderTemplate, TemplateError } from '../templates/render-template';

export type MessagePreview =
  { deliver: false; reason: string } | { deliver: true; subject: string; body: string; band: LevelBand };

/**
 * Exactly what a reporter would be sent for a stage, or why nothing. The disclosure decision picks the band:
 * the organisation kind appears only at level 4 and only when the context gives it (without it, the level-3
 * variant is sent); the note text appears only for a note at level 3 or 4 (at level 2 a note is the generic
 * progress message, without its text). Throws TemplateError when the
 * chosen template needs a value the context lacks (a note without text) or when no template exists for it.
 */
export function previewFor(
  reporter: { level: DisclosureLevel; language: Language },
  stage: FeedbackStage,
  context: MessageContext,
  templates: MessageTemplates = DEFAULT_TEMPLATES,
): MessagePreview {
  const decision = messagesFor(reporter.level, stage);
  if (!decision.deliver) return { deliver: false, reason: decision.reason };
  const organisationKind = decision.includeOrganisationKind ? nonBlank(context.organisationKind) : undefined;
  const band: LevelBand =
    organisationKind !== undefined ? 'trusted' : reporter.level >= 3 ? 'with-outcome' : 'generic';
  const template = templates[stage]?.[reporter.language]?.[band];
  if (template === undefined) {
    throw new TemplateError(
      'missing-template',
      `no ${band} template for stage ${stage} in ${reporter.language}`,
    );
  }
  const vars = {
    trackingCode: context.trackingCode,
    noteText: decision.includeNoteText ? nonBlank(context.noteText) : undefined,
    organisationKind,
  };
  return {
    deliver: true,
    subject: renderTemplate(template.subject, vars),
    body: renderTemplate(template.body, vars),
    band,
  };
}

function nonBlank(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}
