import 'reflect-metadata';
import { startService } from '@loket/http';
import { connectEventConsumers } from '@loket/messaging';
import { feedbackConfigFromEnv, SERVICE } from './feedback.config';
import { feedbackModule } from './feedback.module';

async function main(): Promise<void> {
  const config = feedbackConfigFromEnv();
  await startService({
    service: SERVICE,
    title: 'Loket feedback',
    module: feedbackModule(config),
    ...config.http,
    beforeListen: connectEventConsumers,
  });
}

main().catch((error) => {
  process.stderr.write(`feedback failed to start: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
