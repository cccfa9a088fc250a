/** How the SLA watch runs (from workbench.config.ts, LOKET_SLA_WATCH_*). */
export abstract class SlaWatchSettings {
  watchIntervalMs!: number;
  watchBatchSize!: number;
}
