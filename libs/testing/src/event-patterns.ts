import { PATTERN_METADATA } from '@nestjs/microservices/constants';
import type { Type } from '@nestjs/common';

/** The topics a NestJS events controller subscribes to (its `@EventPattern(topic)` handlers), sorted. */
export function eventPatternsOf(controller: Type<unknown>): string[] {
  const prototype = controller.prototype as Record<string, unknown>;
  return Object.getOwnPropertyNames(prototype)
    .flatMap((name) => (Reflect.getMetadata(PATTERN_METADATA, prototype[name] as object) as unknown[] | undefined) ?? [])
    .map(String)
    .sort();
}
