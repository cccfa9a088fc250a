import { randomBytes } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { startService } from '@loket/http';
import { connectEventConsumers } from '@loket/messaging';
import { dropDatabase } from '@loket/persistence';
import { testEnvironment, tokenFor } from '@loket/testing';
import { SERVICE, workbenchConfigFromEnv } from '../workbench.config';
import { workbenchModule } from '../workbench.module';

/**
 * The workbench as production runs it: its database owned by one account, which migrates, and worked by another,
 * which owns nothing. That runtime account may read and add to the audit chain but neither change, delete nor empty
 * it, nor switch its append-only trigger off. Real PostgreSQL (roles made for the test), Kafka and Keycloak.
 */
describe('the workbench as a runtime account that may only add to its audit chain (real PostgreSQL, Kafka and Keycloak)', () => {
  const run = randomBytes(4).toString('hex');
  const owner = `loket_wb_owner_${run}`;
  const runtime = `loket_wb_app_${run}`;
  const superuser = testEnvironment().db;
  const env = {
    ...process.env,
    LOKET_WORKBENCH_DB_NAME: `loket_workbench_roles_${run}`,
    LOKET_KAFKA_GROUP_ID: `loket-workbench-roles-${run}`,
    LOKET_DB_USER: runtime,
    LOKET_DB_PASSWORD: 'runtime-password',
    LOKET_DB_MIGRATION_USER: owner,
    LOKET_DB_MIGRATION_PASSWORD: 'owner-password',
    // the key vault is another database with its own account
    LOKET_KEYS_DB_USER: superuser.username,
    LOKET_KEYS_DB_PASSWORD: superuser.password,
  };
  const config = workbenchConfigFromEnv(env);
  let app: INestApplication;
  let db: DataSource;
  let base: string;

  const asSuperuser = async (sql: string, params: unknown[] = []) => {
    const client = new Client({ host: superuser.host, port: superuser.port, user: superuser.username, password: superuser.password, database: 'postgres' });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows;
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    await asSuperuser(`CREATE ROLE "${owner}" LOGIN CREATEDB PASSWORD 'owner-password'`);
    await asSuperuser(`CREATE ROLE "${runtime}" LOGIN PASSWORD 'runtime-password'`);
    app = await startService({ service: SERVICE, title: 'workbench', module: workbenchModule(config), port: 0, host: '127.0.0.1', logLevel: 'warn', beforeListen: connectEventConsumers });
    base = `${await app.getUrl()}/api/v1`.replace('[::1]', '127.0.0.1');
    db = app.get(DataSource);
  });
  afterAll(async () => {
    await app?.close();
    await dropDatabase({ ...superuser, database: config.database.database });
    await asSuperuser(`DROP ROLE IF EXISTS "${runtime}"`);
    await asSuperuser(`DROP ROLE IF EXISTS "${owner}"`);
  });

  it('is migrated by the owner and worked by the runtime account, which owns nothing', async () => {
    expect(await asSuperuser(`SELECT pg_get_userbyid(datdba) AS owner FROM pg_database WHERE datname = $1`, [config.database.database])).toEqual([{ owner }]);
    expect(await db.query(`SELECT current_user AS who`)).toEqual([{ who: runtime }]);
    expect(await db.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tableowner = $1`, [runtime])).toEqual([{ n: 0 }]);
  });

  it('adds to the audit chain as it works, and cannot change, delete, empty or unguard it', async () => {
    const admin = await tokenFor('admin');
    const listed = await fetch(`${base}/audit-log?limit=5`, { headers: { authorization: `Bearer ${admin}` } });
    expect(listed.status).toBe(200);
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM audit_log_entries`);
    expect(n).toBeGreaterThan(0);

    await expect(db.query(`UPDATE audit_log_entries SET actor_username = 'someone.else' WHERE sequence = 1`)).rejects.toThrow(/permission denied/);
    await expect(db.query(`DELETE FROM audit_log_entries WHERE sequence = 1`)).rejects.toThrow(/permission denied/);
    await expect(db.query(`TRUNCATE audit_log_entries`)).rejects.toThrow(/permission denied/);
    await expect(db.query(`ALTER TABLE audit_log_entries DISABLE TRIGGER trg_audit_log_entries_append_only`)).rejects.toThrow(/must be owner/);
    await expect(db.query(`DROP TABLE audit_log_entries`)).rejects.toThrow(/must be owner/);

    const verified = await fetch(`${base}/audit-log/verification`, { method: 'POST', headers: { authorization: `Bearer ${admin}` } });
    expect(await verified.json()).toMatchObject({ ok: true, verified: n });
  });
});
