import { DynamicModule, Module, Provider, Type } from '@nestjs/common';
import { MessagingConfig } from '../messaging.config';
import { DeadLetterAdminController } from './dead-letter-admin.controller';
import { DeadLetterAudit, ResolutionRowOnlyAudit } from './dead-letter-audit';
import { DiscardDeadLetter } from './discard-dead-letter/discard-dead-letter.use-case';
import { ListDeadLetters } from './list-dead-letters/list-dead-letters.query';
import { ParkedDeadLettersGauge } from './parked-dead-letters.gauge';
import { ReplayDeadLetter } from './replay-dead-letter/replay-dead-letter.use-case';

/**
 * The dead-letter workflow of a consuming service: `loket_dead_letters_parked` in `/metrics` and the admin API
 * (list, replay, discard). `audit` writes resolutions to the service's own audit log, if it has one.
 */
export interface DeadLettersOptions {
  audit?: Type<DeadLetterAudit>;
  /** What the audit class needs: modules to import, or providers to make here. */
  imports?: DynamicModule['imports'];
  providers?: Provider[];
  /** The service's messaging configuration: with SASL a replay is refused on a topic the service may not write. */
  messaging?: MessagingConfig;
}

@Module({})
export class DeadLettersModule {
  static forService(options: DeadLettersOptions = {}): DynamicModule {
    return {
      module: DeadLettersModule,
      imports: options.imports ?? [],
      controllers: [DeadLetterAdminController],
      providers: [
        { provide: DeadLetterAudit, useClass: options.audit ?? ResolutionRowOnlyAudit },
        ListDeadLetters,
        ReplayDeadLetter,
        DiscardDeadLetter,
        ParkedDeadLettersGauge,
        ...(options.messaging ? [{ provide: MessagingConfig, useValue: options.messaging }] : []),
        ...(options.providers ?? []),
      ],
    };
  }
}
