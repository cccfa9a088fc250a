import { join, resolve } from 'node:path';
import { freePort, LoketServices, SERVICE_NAMES, ServiceName, ServiceProcess } from '@loket/testing';

const ROOT = resolve(__dirname, '../..');

/**
 * A second instance of every running service, as a scaled-out deployment has them: the same environment
 * (database, consumer group, secrets, the other services' addresses), another port. Kafka shares each topic's
 * partitions between the two members of a group; the relay and periodic jobs choose one leader between them.
 */
export async function startSecondInstances(loket: LoketServices, runId: string, readyTimeoutMs: number): Promise<Record<ServiceName, ServiceProcess>> {
  const seconds = {} as Record<ServiceName, ServiceProcess>;
  for (const name of SERVICE_NAMES) {
    const first = loket.services[name];
    const port = await freePort();
    seconds[name] = new ServiceProcess(
      name,
      port,
      { ...first.env, [`LOKET_${name.toUpperCase()}_PORT`]: String(port), LOKET_PUBLIC_URL: `http://127.0.0.1:${port}` },
      join(ROOT, '.local/logs', `${runId}-${name}-2.log`),
    );
  }
  try {
    await Promise.all(SERVICE_NAMES.map((name) => seconds[name].start(readyTimeoutMs)));
  } catch (error) {
    await Promise.all(SERVICE_NAMES.map((name) => seconds[name].stop()));
    throw error;
  }
  return seconds;
}
