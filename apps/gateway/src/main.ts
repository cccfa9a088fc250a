import { createGateway } from './gateway';
import { gatewayConfigFromEnv } from './gateway.config';

function main(): void {
  const config = gatewayConfigFromEnv();
  const server = createGateway(config).listen(config.port, config.host, () => {
    process.stdout.write(`${JSON.stringify({ level: 'log', service: 'gateway', message: `listening on ${config.host}:${config.port}`, webDir: config.webDir })}\n`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

try {
  main();
} catch (error) {
  process.stderr.write(`gateway failed to start: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
}
