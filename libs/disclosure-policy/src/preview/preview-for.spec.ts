import type { DisclosureLevel } from '../disclosure-levels';
import { DEFAULT_TEMPLATES } from '../templates/default-templates';
import type { MessageTemplates } from '../templates/message-templates.types';
import { TemplateError } from '../templates/render-template';
import { previewFor } from './preview-for';

const context = {
  trackingCode: 'LK-7Q2M-9X',
  noteText: 'De container wordt donderdag geleegd.',
  organisationKind: 'de wijkagent',
};
const nl = (level: DisclosureLevel) => ({ level, language: 'nl' as const });

describe('previewFor', () => {
  it('renders the Dutch receipt in full', () => {
    expect(previewFor(nl(1), 'received', context)).toEqual({
      deliver: true,
      band: 'generic',
      subject: 'We hebben je melding ontvangen (LK-7Q2M-9X)',
      body: [
        'Hallo,',
        'Bedankt voor je melding. We hebben hem goed ontvangen en zorgen dat hij bij de organisatie komt die er iets mee kan.',
        'Je volgnummer is LK-7Q2M-9X. Daarmee vind je je melding altijd terug op de volgpagina.',
        'Let op: dit is geen alarmnummer. Bel bij spoed altijd 112; voor de politie zonder spoed 0900-8844.',
        'Met vriendelijke groet,\nLoket',
      ].join('\n\n'),
    });
  });

  it('delivers the note text at the outcome level, without the organisation kind', () => {
    const preview = previewFor(nl(3), 'note-for-reporter', context);
    expect(preview.deliver && preview.body).toContain('De container wordt donderdag geleegd.');
    expect(preview.deliver && preview.body).not.toContain('wijkagent');
  });

  it('names the organisation kind at the trusted level', () => {
    const preview = previewFor(nl(4), 'picked-up', context);
    expect(preview).toMatchObject({ deliver: true, band: 'trusted' });
    expect(preview.deliver && preview.body).toContain('Goed nieuws: de wijkagent heeft je melding opgepakt.');
  });

  it('sends the level-3 variant to a trusted reporter when the organisation kind is unknown', () => {
    const preview = previewFor(nl(4), 'picked-up', { trackingCode: 'LK-1' });
    expect(preview).toMatchObject({ deliver: true, band: 'with-outcome' });
  });

  it('never shows the note text or organisation kind at the progress level', () => {
    const preview = previewFor(nl(2), 'resolved', context);
    expect(preview).toMatchObject({ deliver: true, band: 'generic' });
    expect(preview.deliver && `${preview.subject} ${preview.body}`).not.toMatch(/wijkagent|container wordt/);
  });

  it('sends the generic progress message for a note at the progress level, without the note', () => {
    const preview = previewFor(nl(2), 'note-for-reporter', context);
    expect(preview).toMatchObject({ deliver: true, band: 'generic', subject: 'Er is voortgang met je melding LK-7Q2M-9X' });
    expect(preview.deliver && preview.body).not.toContain('container wordt');
  });

  it('sends nothing for a note at the receipt level, with the reason', () => {
    expect(previewFor(nl(1), 'note-for-reporter', context)).toEqual({
      deliver: false,
      reason: "a note for the reporter needs level 2 (progress); the reporter's ceiling is level 1 (receipt)",
    });
  });

  it('sends nothing at level 0', () => {
    expect(previewFor(nl(0), 'received', context)).toMatchObject({ deliver: false });
  });

  it('renders English for an English-speaking reporter', () => {
    const preview = previewFor({ level: 4, language: 'en' }, 'referred', {
      ...context,
      organisationKind: 'the community police officer',
    });
    expect(preview).toMatchObject({ deliver: true, subject: 'Your report LK-7Q2M-9X has been passed on' });
    expect(preview.deliver && preview.body).toContain('passed on to the community police officer');
    expect(preview.deliver && preview.body).toContain('call 112');
  });

  it('refuses to render a note without text', () => {
    expect(() => previewFor(nl(3), 'note-for-reporter', { trackingCode: 'LK-1', noteText: '  ' })).toThrow(
      TemplateError,
    );
  });

  it('refuses, rather than leaks, when a custom template asks for more than the level allows', () => {
    const custom: MessageTemplates = {
      ...DEFAULT_TEMPLATES,
      resolved: {
        ...DEFAULT_TEMPLATES.resolved,
        nl: { generic: { subject: '{{trackingCode}}', body: 'Opgelost door {{organisationKind}}' } },
      },
    };
    expect(() => previewFor(nl(2), 'resolved', context, custom)).toThrow(
      expect.objectContaining({ code: 'missing-variable', variable: 'organisationKind' }),
    );
  });

  it('reports a missing template with a TemplateError', () => {
    const custom: MessageTemplates = {
      ...DEFAULT_TEMPLATES,
      closed: { ...DEFAULT_TEMPLATES.closed, nl: {} },
    };
    expect(() => previewFor(nl(2), 'closed', context, custom)).toThrow(
      expect.objectContaining({ code: 'missing-template' }),
    );
  });
});
