import 'reflect-metadata';
import { startService } from '@loket/http';
import { connectEventConsumers } from '@loket/messaging';
import { ROUTING_ROUTE_BODY_LIMITS, routingConfigFromEnv, SERVICE } from './routing.config';
import { routingModule } from './routing.module';

async function main(): Promise<void> {
  const config = routingConfigFromEnv();
  await startService({
    service: SERVICE,
    title: 'Loket routing',
    module: routingModule(config),
    ...config.http,
    bodyLimit: '1mb', // a policy document of up to 2,000 rules
    routeBodyLimits: ROUTING_ROUTE_BODY_LIMITS,
    beforeListen: connectEventConsumers,
  });
}

main().catch((error) => {
  process.stderr.write(`routing failed to start: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
