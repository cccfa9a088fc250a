import { Injectable } from '@nestjs/common';
import { ReadinessCheck } from '@loket/observability';

/** Modules that a service cannot work without (database, broker) register their readiness check here. */
@Injectable()
export class ReadinessRegistry {
  private readonly checks: ReadinessCheck[] = [];

  register(check: ReadinessCheck): void {
    this.checks.push(check);
  }

  all(): readonly ReadinessCheck[] {
    return this.checks;
  }
}
