import 'reflect-metadata';
import { startService } from '@loket/http';
import { connectEventConsumers } from '@loket/messaging';
import { routingConfigFromEnv, SERVICE } from './routing.config';
import { routingModule } from './routing.module';

async function main(): Promise<void> {
  const config = routingConfigFromEnv();
  await startService({
    service: SERVICE,
    title: 'Loket routing',
    module: routingModule(config),
    ...config.http,
    bodyLimit: '10mb', // area imports are GeoJSON collections
    beforeListen: connectEventConsumers,
  });
}

main().catch((error) => {
  process.stderr.write(`routing failed to start: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
