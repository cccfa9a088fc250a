import { messagesFor } from '../delivery/delivery-decision';
import { DISCLOSURE_LEVELS } from '../disclosure-levels';
import { FEEDBACK_STAGES, LANGUAGES } from '../feedback-stage';
import { DEFAULT_TEMPLATES } from './default-templates';
import { LEVEL_BANDS, type MessageTemplate } from './message-templates.types';
import { templateVariables } from './render-template';

const all: { where: string; template: MessageTemplate }[] = FEEDBACK_STAGES.flatMap((stage) =>
  LANGUAGES.flatMap((language) =>
    LEVEL_BANDS.flatMap((band) => {
      const template = DEFAULT_TEMPLATES[stage][language][band];
      return template === undefined ? [] : [{ where: `${stage}/${language}/${band}`, template }];
    }),
  ),
);

describe('DEFAULT_TEMPLATES', () => {
  it('has a template for every stage, language and band a reporter can receive', () => {
    const missing = FEEDBACK_STAGES.flatMap((stage) =>
      LANGUAGES.flatMap((language) =>
        DISCLOSURE_LEVELS.filter((level) => messagesFor(level, stage).deliver).flatMap((level) => {
          const band = level === 4 ? 'trusted' : level === 3 ? 'with-outcome' : 'generic';
          return DEFAULT_TEMPLATES[stage][language][band] === undefined
            ? [`${stage}/${language}/${band}`]
            : [];
        }),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('has a generic note template that never shows the note: levels 1 and 2 never read its text', () => {
    for (const language of LANGUAGES) {
      const generic = DEFAULT_TEMPLATES['note-for-reporter'][language].generic!;
      expect(templateVariables(generic.subject + generic.body)).toEqual(['trackingCode']);
    }
  });

  it('puts the tracking code in every subject and body', () => {
    expect(
      all
        .filter(
          ({ template }) =>
            !template.subject.includes('{{trackingCode}}') || !template.body.includes('{{trackingCode}}'),
        )
        .map((t) => t.where),
    ).toEqual([]);
  });

  it('says in every message that it is not an emergency line and to call 112', () => {
    const lacking = all.filter(
      ({ template }) =>
        !template.body.includes('112') || !/geen alarmnummer|not an emergency line/.test(template.body),
    );
    expect(lacking.map((t) => t.where)).toEqual([]);
  });

  it('uses only the variables the band may carry', () => {
    const allowed: Record<string, string[]> = {
      generic: ['trackingCode'],
      'with-outcome': ['trackingCode', 'noteText'],
      trusted: ['trackingCode', 'noteText', 'organisationKind'],
    };
    const wrong = all.filter(({ where, template }) => {
      const band = where.split('/')[2];
      return [...templateVariables(template.subject), ...templateVariables(template.body)].some(
        (v) => !allowed[band].includes(v),
      );
    });
    expect(wrong.map((t) => t.where)).toEqual([]);
  });

  it('names the organisation kind in every trusted stage message after receipt', () => {
    const lacking = all.filter(
      ({ where, template }) =>
        where.endsWith('/trusted') &&
        !where.startsWith('received/') &&
        !template.body.includes('{{organisationKind}}'),
    );
    expect(lacking.map((t) => t.where)).toEqual([]);
  });
});
