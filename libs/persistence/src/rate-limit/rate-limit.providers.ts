import { Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RateLimitGuard, RateLimitRule, RateLimits, RateLimitStore } from '@loket/http';
import { PostgresRateLimitStore } from './postgres-rate-limit-store';

/** A service's named limits, counted in its own database; routes opt in with `@RateLimited(name)` and the guard. */
export function rateLimitProviders(rules: Readonly<Record<string, RateLimitRule>>, secret: string): Provider[] {
  return [
    { provide: RateLimitStore, useFactory: (dataSource: DataSource) => new PostgresRateLimitStore(dataSource, secret), inject: [DataSource] },
    { provide: RateLimits, useFactory: (store: RateLimitStore) => new RateLimits(store, rules), inject: [RateLimitStore] },
    RateLimitGuard,
  ];
}
