import { DLQ_SERVICES, DlqService } from './dlq.config';

export type DlqCommand =
  | { kind: 'list'; services: DlqService[]; topic?: string; status?: string }
  | { kind: 'replay'; service: DlqService; id: string; reason?: string }
  | { kind: 'discard'; service: DlqService; id: string; reason: string };

export const USAGE = `usage: npm run dlq -- list [--service routing|workbench|feedback] [--topic T] [--status parked|replayed|discarded]
       npm run dlq -- replay <id> --service S [--reason "what was fixed"]
       npm run dlq -- discard <id> --service S --reason "why it is given up"`;

/** Reads the command line; throws with the usage on anything it does not understand. */
export function parseDlqCommand(argv: readonly string[]): DlqCommand {
  const [verb, ...rest] = argv;
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    const value = inline ?? rest[++i];
    if (!['service', 'topic', 'status', 'reason'].includes(name) || value === undefined) fail(`unknown or empty option --${name}`);
    flags.set(name, value);
  }
  const service = flags.get('service');
  if (service !== undefined && !(DLQ_SERVICES as readonly string[]).includes(service)) fail(`unknown service "${service}"`);
  switch (verb) {
    case 'list':
      return { kind: 'list', services: service ? [service as DlqService] : [...DLQ_SERVICES], topic: flags.get('topic'), status: flags.get('status') };
    case 'replay':
    case 'discard': {
      const id = positional[0];
      if (!id || !/^\d+$/.test(id)) fail(`${verb} needs the dead letter's id`);
      if (!service) fail(`${verb} needs --service: dead letter ids are per service`);
      const reason = flags.get('reason');
      if (verb === 'replay') return { kind: 'replay', service: service as DlqService, id, reason };
      if (!reason?.trim()) fail('discard needs --reason "why it is given up"');
      return { kind: 'discard', service: service as DlqService, id, reason };
    }
    default:
      return fail(verb ? `unknown command "${verb}"` : 'no command');
  }
}

function fail(message: string): never {
  throw new Error(`${message}\n${USAGE}`);
}
