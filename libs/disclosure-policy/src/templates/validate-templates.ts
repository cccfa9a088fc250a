import { messagesFor } from '../delivery/delivery-decision';
import { DISCLOSURE_LEVELS } from '../disclosure-levels';
import { FEEDBACK_STAGES, type FeedbackStage, LANGUAGES } from '../feedback-stage';
import { type LevelBand, LEVEL_BANDS } from './message-templates.types';
import { templateVariables } from './render-template';

export interface TemplateIssue {
  /** e.g. 'picked-up.en.trusted.body' */
  path: string;
  message: string;
}

/** Longest subject and body an administrator may save (characters). */
export const TEMPLATE_LIMITS = { subject: 200, body: 8000 } as const;

/** The band a reporter at a level gets, when the organisation kind is known (level 4 only, never at receipt). */
export function bandsReachable(stage: FeedbackStage): LevelBand[] {
  const bands = new Set<LevelBand>();
  for (const level of DISCLOSURE_LEVELS) {
    const decision = messagesFor(level, stage);
    if (!decision.deliver) continue;
    if (level >= 3) bands.add('with-outcome');
    else bands.add('generic');
    if (decision.includeOrganisationKind) bands.add('trusted');
  }
  return LEVEL_BANDS.filter((band) => bands.has(band));
}

/** The placeholders a template of this stage and band can be given a value for. */
export function allowedPlaceholders(stage: FeedbackStage, band: LevelBand): string[] {
  const names = ['trackingCode'];
  if (stage === 'note-for-reporter' && band !== 'generic') names.push('noteText');
  if (band === 'trusted' && stage !== 'received') names.push('organisationKind');
  return names;
}

/**
 * What is wrong with a set of message templates (e.g. one an administrator sent): every stage and language
 * present; every band a reporter can be sent (by the delivery decision) present with a non-empty subject and
 * body; only placeholders the stage and band give a value for (an unknown one would fail at sending time); a
 * note's text in the body of every note template; no unknown stage, language or band.
 */
export function validateTemplates(templates: unknown): TemplateIssue[] {
  if (!isObject(templates)) return [{ path: '', message: 'the templates must be an object' }];
  const issues: TemplateIssue[] = [];
  unknownKeys(templates, FEEDBACK_STAGES, '', 'stage', issues);
  for (const stage of FEEDBACK_STAGES) {
    const byLanguage = templates[stage];
    if (!isObject(byLanguage)) {
      issues.push({ path: stage, message: `stage ${stage} is missing` });
      continue;
    }
    unknownKeys(byLanguage, LANGUAGES, `${stage}.`, 'language', issues);
    for (const language of LANGUAGES) {
      const byBand = byLanguage[language];
      if (!isObject(byBand)) {
        issues.push({ path: `${stage}.${language}`, message: `language ${language} of stage ${stage} is missing` });
        continue;
      }
      unknownKeys(byBand, LEVEL_BANDS, `${stage}.${language}.`, 'band', issues);
      const reachable = bandsReachable(stage);
      for (const band of LEVEL_BANDS) {
        const path = `${stage}.${language}.${band}`;
        const template = byBand[band];
        if (template === undefined) {
          if (reachable.includes(band))
            issues.push({ path, message: `the ${band} template of stage ${stage} in ${language} is missing` });
          continue;
        }
        issues.push(...templateIssues(template, stage, band, path));
      }
    }
  }
  return issues;
}

function templateIssues(template: unknown, stage: FeedbackStage, band: LevelBand, path: string): TemplateIssue[] {
  if (!isObject(template)) return [{ path, message: 'a template is an object with a subject and a body' }];
  const issues: TemplateIssue[] = [];
  unknownKeys(template, ['subject', 'body'], `${path}.`, 'field', issues);
  const allowed = allowedPlaceholders(stage, band);
  for (const part of ['subject', 'body'] as const) {
    const text = template[part];
    if (typeof text !== 'string' || text.trim() === '') {
      issues.push({ path: `${path}.${part}`, message: `the ${part} must be a non-empty text` });
      continue;
    }
    if (text.length > TEMPLATE_LIMITS[part])
      issues.push({ path: `${path}.${part}`, message: `the ${part} is longer than ${TEMPLATE_LIMITS[part]} characters` });
    for (const name of templateVariables(text).filter((v) => !allowed.includes(v)))
      issues.push({
        path: `${path}.${part}`,
        message: `unknown placeholder {{${name}}}; this template may use ${allowed.map((v) => `{{${v}}}`).join(', ')}`,
      });
  }
  const body = template['body'];
  if (stage === 'note-for-reporter' && band !== 'generic' && typeof body === 'string' && !templateVariables(body).includes('noteText'))
    issues.push({ path: `${path}.body`, message: 'a note template must show the note: put {{noteText}} in its body' });
  return issues;
}

function unknownKeys(object: Record<string, unknown>, known: readonly string[], prefix: string, what: string, issues: TemplateIssue[]): void {
  for (const key of Object.keys(object).filter((k) => !known.includes(k)))
    issues.push({ path: `${prefix}${key}`, message: `unknown ${what} "${key}"; expected one of ${known.join(', ')}` });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
