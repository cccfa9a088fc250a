import { Client } from 'pg';
import { testEnvironment } from './test-environment';

/** A connected plain `pg` client on one database of the test PostgreSQL, for reading what services stored. */
export async function databaseClient(database: string): Promise<Client> {
  const { host, port, username, password } = testEnvironment().db;
  const client = new Client({ host, port, user: username, password, database });
  await client.connect();
  return client;
}
