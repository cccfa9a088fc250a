import 'reflect-metadata';
import { startService } from '@loket/http';
import { connectEventConsumers } from '@loket/messaging';
import { SERVICE, workbenchConfigFromEnv } from './workbench.config';
import { workbenchModule } from './workbench.module';

async function main(): Promise<void> {
  const config = workbenchConfigFromEnv();
  await startService({
    service: SERVICE,
    title: 'Loket workbench',
    module: workbenchModule(config),
    ...config.http,
    beforeListen: connectEventConsumers,
  });
}

main().catch((error) => {
  process.stderr.write(`workbench failed to start: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
