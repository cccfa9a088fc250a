// The dead-letter workflow from a terminal: npm run dlq -- list|replay <id>|discard <id> --reason "..." [--service S]
// Calls each consuming service's admin API (role admin) with a token from Keycloak (password grant on client
// loket-cli for LOKET_DLQ_USERNAME / LOKET_DLQ_PASSWORD), so every replay and discard is audited by the service.
import { DeadLetterAdminClient } from './dead-letter-admin-client';
import { DlqCommand, parseDlqCommand } from './dlq-command';
import { dlqConfigFromEnv } from './dlq.config';

async function run(command: DlqCommand, client: DeadLetterAdminClient): Promise<void> {
  switch (command.kind) {
    case 'list':
      for (const service of command.services) {
        for (const letter of await client.list(service, command)) {
          const resolution = letter.status === 'parked' ? '' : ` by ${letter.resolvedBy} at ${letter.resolvedAt}: ${letter.resolutionReason ?? ''}`;
          process.stdout.write(
            `${service}\t${letter.id}\t${letter.status}\t${letter.failedAt}\t${letter.topic}[${letter.partition}]@${letter.offset}\t` +
              `${letter.eventType ?? '-'} ${letter.eventId ?? '-'}\tattempts ${letter.attempts}\t${firstLine(letter.reason)}${resolution}\n`,
          );
        }
      }
      return;
    case 'replay':
      await client.replay(command.service, command.id, command.reason);
      process.stdout.write(`${command.service} dead letter ${command.id} replayed: queued in the outbox\n`);
      return;
    case 'discard':
      await client.discard(command.service, command.id, command.reason);
      process.stdout.write(`${command.service} dead letter ${command.id} discarded\n`);
      return;
  }
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0].slice(0, 200);
}

async function main(): Promise<void> {
  const command = parseDlqCommand(process.argv.slice(2));
  await run(command, new DeadLetterAdminClient(dlqConfigFromEnv()));
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message ?? error}\n`);
  process.exit(1);
});
