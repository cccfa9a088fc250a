const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g;

export type TemplateVariables = Readonly<Record<string, string | number | undefined>>;

export type TemplateErrorCode = 'missing-variable' | 'missing-template';

/** A message could not be rendered: a placeholder without value, or no template for the case. */
export class TemplateError extends Error {
  override readonly name = 'TemplateError';

  constructor(
    readonly code: TemplateErrorCode,
    message: string,
    /** The placeholder without value, for 'missing-variable'. */
    readonly variable: string | null = null,
  ) {
    super(message);
  }
}

/**
 * Fills `{{name}}` placeholders (spaces inside the braces allowed). A placeholder without a value throws
 * TemplateError('missing-variable'). Values are inserted as they are, once: a value holding `{{x}}` stays literal.
 */
export function renderTemplate(template: string, vars: TemplateVariables): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = Object.prototype.hasOwnProperty.call(vars, name) ? vars[name] : undefined;
    if (value === undefined || value === null) {
      throw new TemplateError('missing-variable', `template variable "${name}" has no value`, name);
    }
    return String(value);
  });
}

/** The distinct placeholder names of a template, in order of first use. */
export function templateVariables(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(PLACEHOLDER), (match) => match[1]))];
}
