import type { NewReport, SubmittedReport } from '../api/intake';
import type { CategoryQuestion } from '../api/routing';
import { reportOf, type ReportForm } from '../report/report-draft';

export const DESK_CHANNELS = ['phone', 'desk', 'counter'] as const;
export type DeskChannel = (typeof DESK_CHANNELS)[number];
export const DESK_TIERS = ['anonymous', 'resident', 'volunteer'] as const;
export type DeskTier = (typeof DESK_TIERS)[number];

/** What the desk adds to the resident's report: how it came in, the resident's tier and name. */
export interface DeskDetails {
  channel: DeskChannel;
  tier: DeskTier;
  name: string;
}

/** Intake's `POST /api/v1/assisted-reports`: the report as the loket's form sends it, plus channel and tier. */
export type AssistedReport = NewReport & {
  channel: DeskChannel;
  reporterTier: DeskTier;
  contact?: { email?: string; phone?: string; name?: string };
};

/** The assisted report from the form: the resident's name joins their contact details when given. */
export function assistedReportOf(form: ReportForm, questions: readonly CategoryQuestion[], desk: DeskDetails): AssistedReport {
  const report = reportOf(form, questions, { professionalContact: false });
  const name = desk.name.trim();
  const contact = report.contact || name ? { ...report.contact, ...(name ? { name } : {}) } : undefined;
  return {
    ...report,
    answers: report.answers ?? {},
    ...(contact ? { contact } : {}),
    channel: desk.channel,
    reporterTier: desk.tier,
  };
}

export type { SubmittedReport };
