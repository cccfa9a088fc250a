import { renderTemplate, TemplateError, templateVariables } from './render-template';

describe('renderTemplate', () => {
  it('fills every placeholder, with or without spaces inside the braces', () => {
    expect(
      renderTemplate('Melding {{trackingCode}} bij {{ team }}, {{count}}x', {
        trackingCode: 'LK-7Q2M',
        team: 'stadsbeheer',
        count: 3,
      }),
    ).toBe('Melding LK-7Q2M bij stadsbeheer, 3x');
  });

  it('throws a TemplateError naming a variable without value', () => {
    let thrown: unknown;
    try {
      renderTemplate('Hallo {{name}}', {});
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TemplateError);
    expect(thrown).toMatchObject({
      code: 'missing-variable',
      variable: 'name',
      message: 'template variable "name" has no value',
    });
  });

  it('treats an explicitly undefined value as missing', () => {
    expect(() => renderTemplate('{{noteText}}', { noteText: undefined })).toThrow(TemplateError);
  });

  it('does not read values from the object prototype', () => {
    expect(() => renderTemplate('{{constructor}}', {})).toThrow(TemplateError);
  });

  it('inserts values literally, without rendering placeholders inside them', () => {
    expect(renderTemplate('Notitie: {{noteText}}', { noteText: 'zie {{trackingCode}}' })).toBe(
      'Notitie: zie {{trackingCode}}',
    );
  });

  it('leaves text that is not a placeholder alone', () => {
    expect(renderTemplate('{ single } and {{ 1abc }}', {})).toBe('{ single } and {{ 1abc }}');
  });
});

describe('templateVariables', () => {
  it('lists each placeholder once, in order of first use', () => {
    expect(templateVariables('{{a}} {{ b }} {{a}}')).toEqual(['a', 'b']);
  });
});
