import type { RoutingOutcome, Sla } from '../policy/routing-policy.types';
import type { Explanation } from './explanation.types';

/** The explanation as a few lines of text for a coordinator. */
export function explanationText(explanation: Explanation): string {
  const lines = [
    `Routing policy ${explanation.policyId} v${explanation.policyVersion} (time zone ${explanation.timeZone}).`,
  ];
  const matched = explanation.matched;
  if (matched !== null) {
    if (matched.conditions.length === 0) {
      lines.push(
        `Rule "${matched.ruleName}" (${matched.ruleId}) matched: it has no conditions, so it matches every report.`,
      );
    } else {
      lines.push(`Rule "${matched.ruleName}" (${matched.ruleId}) matched because:`);
      for (const check of matched.conditions) lines.push(`  - ${check.reason}`);
    }
  } else if (explanation.result === 'fallback') {
    lines.push(
      explanation.skipped.length === 0
        ? 'The policy has no rules, so the fallback applied.'
        : 'No rule matched, so the fallback applied.',
    );
  } else {
    lines.push('No rule matched and the policy has no fallback: the report cannot be routed.');
  }
  if (explanation.skipped.length > 0) {
    lines.push(matched !== null ? 'Earlier rules that did not match:' : 'Rules that did not match:');
    for (const rule of explanation.skipped)
      lines.push(`  - "${rule.ruleName}" (${rule.ruleId}): ${rule.failed.reason}`);
  }
  if (explanation.outcome !== null) lines.push(`Routed to ${describeOutcome(explanation.outcome)}.`);
  return lines.join('\n');
}

/** 'police / wijkagenten, priority high, SLA 1 working day'. */
export function describeOutcome(outcome: RoutingOutcome): string {
  return `${outcome.organisation} / ${outcome.team}, priority ${outcome.priority}, SLA ${describeSla(outcome.sla)}`;
}

function describeSla(sla: Sla): string {
  const unit = sla.unit === 'hours' ? 'hour' : 'day';
  const kind = sla.calendar === 'working' ? 'working ' : 'calendar ';
  return `${sla.amount} ${kind}${unit}${sla.amount === 1 ? '' : 's'}`;
}
