import { Module } from '@nestjs/common';
import { AuthModule } from '@loket/auth';
import { HttpPlatformModule } from '@loket/http';
import { MessagingModule } from '@loket/messaging';
import { PersistenceModule } from '@loket/persistence';
import { INTAKE_SCHEMA } from './database/intake.schema';
import { IntakeConfig, SERVICE } from './intake.config';
import { ReportsController } from './reports/reports.controller';
import { SealingKey } from './reports/sealing-key';
import { SubmitReport } from './reports/submit-report/submit-report.use-case';

export function intakeModule(config: IntakeConfig) {
  @Module({
    imports: [
      HttpPlatformModule.forService(SERVICE),
      PersistenceModule.forService(config.database, INTAKE_SCHEMA),
      MessagingModule.forService(config.messaging),
      AuthModule.forRoot(config.auth),
    ],
    controllers: [ReportsController],
    providers: [{ provide: SealingKey, useValue: config.sealing }, SubmitReport],
  })
  class IntakeModule {}
  return IntakeModule;
}
