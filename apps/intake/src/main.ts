import 'reflect-metadata';
import { startService } from '@loket/http';
import { connectEventConsumers } from '@loket/messaging';
import { intakeConfigFromEnv, SERVICE } from './intake.config';
import { intakeModule } from './intake.module';

async function main(): Promise<void> {
  const config = intakeConfigFromEnv();
  await startService({ service: SERVICE, title: 'Loket intake', module: intakeModule(config), ...config.http, beforeListen: connectEventConsumers });
}

main().catch((error) => {
  process.stderr.write(`intake failed to start: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
