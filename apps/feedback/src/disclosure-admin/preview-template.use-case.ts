import { Injectable } from '@nestjs/common';
import { DisclosureLevel, MessageTemplates, TemplateError, validateTemplates } from '@loket/disclosure-policy';
import { ProblemException } from '@loket/http';
import { composeMessage } from '../messages/plan-message';
import { ActiveDisclosurePolicy } from './active-disclosure-policy';
import { TemplatePreviewRequest } from './template-preview.request';
import { TemplatePreviewResponse } from './template-preview.response';

const SAMPLE_CODE = 'K7QM-2XNP-8RTD-4VWB-HC9F';

/**
 * Exactly what a reporter at a level would receive for a stage in a language, with sample values: composed
 * by the same function that composes real messages, from the templates in force or from a draft.
 */
@Injectable()
export class PreviewTemplate {
  constructor(private readonly policy: ActiveDisclosurePolicy) {}

  execute(request: TemplatePreviewRequest): TemplatePreviewResponse {
    const templates = request.templates === undefined ? this.policy.templates : checkedDraft(request.templates);
    const sample = request.sample ?? {};
    try {
      const preview = composeMessage(
        { stage: request.stage, level: request.level as DisclosureLevel, language: request.language },
        {
          trackingCode: sample.trackingCode ?? (request.stage === 'received' ? SAMPLE_CODE : `…-${SAMPLE_CODE.slice(-4)}`),
          noteText: sample.noteText,
          organisation: sample.organisation ?? 'municipality',
        },
        templates,
      );
      const templatesVersion = request.templates === undefined ? this.policy.activeVersions.templates : null;
      return preview.deliver
        ? { deliver: true, band: preview.band, subject: preview.subject, body: preview.body, templatesVersion }
        : { deliver: false, reason: preview.reason, templatesVersion };
    } catch (error) {
      if (error instanceof TemplateError) throw ProblemException.badRequest(`${error.message}; give it in sample`);
      throw error;
    }
  }
}

function checkedDraft(draft: unknown): MessageTemplates {
  const issues = validateTemplates(draft);
  if (issues.length > 0) {
    throw ProblemException.badRequest(
      `The draft templates are not valid: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
      issues.map((i) => ({ field: `templates.${i.path}`, messages: [i.message] })),
    );
  }
  return draft as MessageTemplates;
}
