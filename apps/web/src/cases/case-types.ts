/** The parts of the workbench's answers these screens use (see the workbench's OpenAPI document). */
export interface CaseSummary {
  id: string;
  organisation: string;
  team: string;
  status: string;
  version: number;
  assignee: string | null;
  priority: string;
  category: { main: string; sub: string | null; sensitivity: number };
  sla: { amount: number; unit: string; calendar: string; dueAt: string; pausedAt: string | null; warnedAt: string | null; escalatedAt: string | null };
  resolutionCode: string | null;
  openedAt: string;
  updatedAt: string;
  closedAt: string | null;
  allowedTransitions: string[];
}

export interface TriageReason {
  reason: string;
  explanation: string;
  relatedCaseIds?: string[];
  requestId?: string;
  remark?: string | null;
  at?: string;
}

export interface QueueItem extends CaseSummary {
  slaStatus: 'on-track' | 'at-risk' | 'breached';
  referral?: { reason: string; fromOrganisation: string };
  triage?: TriageReason[];
}

export interface CasePage {
  items: QueueItem[];
  nextCursor: string | null;
}

/** GET /cases/counts: each queue counted up to `cap`; `more` when it holds more than that. */
export interface QueueCount {
  count: number;
  more: boolean;
}

export interface CaseCounts {
  mine: QueueCount;
  team: QueueCount | null;
  organisation: QueueCount;
  cap: number;
}

/** GET /cases/{id}/team-members: whom the case can be assigned to. */
export interface TeamMembers {
  organisation: string;
  team: string;
  members: { subject: string; username: string }[];
}

export interface CaseAnswer {
  questionId: string;
  kind: string;
  label: { nl: string; en: string };
  value: boolean | string | number;
  valueLabel?: { nl: string; en: string };
  urgent: boolean;
}

export interface CaseReport {
  reportId: string;
  description: string;
  category: { main: string; sub: string | null };
  location: { lat: number; lon: number };
  areaIds: string[];
  reporterTier: string;
  submittedAt: string;
  /** How it came in (web, chat, phone, …); null when not known. Absent from older workbenches. */
  channel?: string | null;
  /** When it was seen, when the report knows it apart from its submission (a forwarded chat message). */
  observedAt?: string | null;
  linkedAt: string;
  answers?: CaseAnswer[];
  photos?: { photoId: string; contentType?: string; width?: number; height?: number }[];
}

export interface TimelineEntry {
  kind: string;
  at: string;
  actor: { subject: string; username: string | null; organisation: string | null } | null;
  caseVersion: number | null;
  details: Record<string, string | number | boolean | null>;
}

export interface CaseNote {
  id: string;
  visibility: 'internal' | 'reporter';
  text: string;
  author: { subject: string; username: string; organisation: string };
  createdAt: string;
}

export interface CaseFile extends CaseSummary {
  routing: { policyId: string; policyVersion: number; ruleId: string | null; explanation: string };
  reports: CaseReport[];
  timeline: TimelineEntry[];
  notes: CaseNote[];
  otherAgencies: OtherAgency[];
  referral: { reason: string; fromOrganisation: string; toOrganisation: string | null } | null;
  /** Questions asked of the case's reporters, oldest first (absent from older workbenches). */
  questions?: ReporterQuestion[];
}

export interface ReporterQuestion {
  id: string;
  text: string;
  askedAt: string;
  askedBy: string | null;
  answerBy: string;
  status: 'open' | 'answered' | 'expired';
  caseWaits: boolean;
  answers: { reportId: string; text: string; answeredAt: string }[];
}

export interface ReporterPreview {
  reporter: string;
  tier: string;
  level: number;
  language: string;
  channel: string;
  receives: 'note' | 'generic-progress' | 'nothing';
  explanation: string;
  subject?: string;
  body?: string;
}

export interface ReadyMadeReply {
  id: string;
  category: { main: string; sub: string | null };
  title: { nl: string; en: string };
  text: { nl: string; en: string };
}

export interface OtherAgency {
  organisationKind: string;
  organisationName?: string;
  coordinatorContact: { name: string; email?: string; phone?: string };
}
