/** How the case lifecycle is tuned for this deployment (from workbench.config.ts). */
export abstract class LifecycleSettings {
  reopenWindowDays!: number;
}
