import { input, outcome, policy, rule } from '../../testing/policy-builders';
import { compilePolicy } from '../compile/compile-policy';
import { explain } from './explain';
import { describeOutcome, explanationText } from './explanation-text';

const POLICE = outcome('police', 'wijkagenten', 'high');

describe('explanationText', () => {
  it('renders the matched rule, its reasons, the earlier rules and the outcome', () => {
    const compiled = compilePolicy(
      policy([
        rule('drugs', { categories: ['drugsoverlast'] }, POLICE),
        rule('afval', { categories: ['afval'] }),
      ]),
    );
    expect(explanationText(explain(compiled, input()))).toBe(
      [
        'Routing policy test v1 (time zone Europe/Amsterdam).',
        'Rule "rule afval" (afval) matched because:',
        '  - category afval/grofvuil is in [afval]',
        'Earlier rules that did not match:',
        '  - "rule drugs" (drugs): category afval/grofvuil is not in [drugsoverlast]',
        'Routed to municipality / stadsbeheer, priority normal, SLA 3 working days.',
      ].join('\n'),
    );
  });

  it('says so when the matched rule has no conditions', () => {
    const text = explanationText(explain(compilePolicy(policy([rule('all', {})])), input()));
    expect(text).toContain(
      'Rule "rule all" (all) matched: it has no conditions, so it matches every report.',
    );
  });

  it('says the fallback applied because no rule matched', () => {
    const text = explanationText(
      explain(compilePolicy(policy([rule('drugs', { categories: ['drugsoverlast'] })])), input()),
    );
    expect(text).toContain('No rule matched, so the fallback applied.\nRules that did not match:');
    expect(text).toContain('Routed to coordinators / triage');
  });

  it('says the report cannot be routed when there is no fallback', () => {
    const text = explanationText(explain(compilePolicy(policy([], null)), input()));
    expect(text).toContain('the report cannot be routed');
    expect(text).not.toContain('Routed to');
  });
});

describe('describeOutcome', () => {
  it('uses singular and plural SLA units', () => {
    expect(describeOutcome({ ...POLICE, sla: { amount: 1, unit: 'days', calendar: 'working' } })).toBe(
      'police / wijkagenten, priority high, SLA 1 working day',
    );
    expect(describeOutcome({ ...POLICE, sla: { amount: 4, unit: 'hours', calendar: 'calendar' } })).toBe(
      'police / wijkagenten, priority high, SLA 4 calendar hours',
    );
  });
});
