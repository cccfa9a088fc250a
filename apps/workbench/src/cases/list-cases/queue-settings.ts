/** How queues and triage are tuned for this deployment (from workbench.config.ts). */
export abstract class QueueSettings {
  /** A running case due within this margin is `at-risk`. */
  atRiskMarginMs!: number;
  /** A category suggestion below this confidence sends the case to triage (routing itself triages below 0.5). */
  triageConfidenceThreshold!: number;
}
