/** Where `keepOutboxWrites` copies what a service writes to its outbox. */
export const OUTBOX_WRITES = 'test_outbox_writes';

/**
 * The relay deletes an outbox row as soon as the broker has it, so a test that asks "which events did this request
 * write, in its transaction?" cannot read `outbox_messages` any more. This copies every row inserted into the
 * outbox, in the inserting transaction (so a rolled-back write leaves no copy), into `test_outbox_writes` with the
 * same columns; the test reads that table instead. Rows written before it was called are not copied. Tests only.
 */
export async function keepOutboxWrites(db: { query(sql: string): Promise<unknown> }): Promise<void> {
  await db.query(`
    CREATE TABLE IF NOT EXISTS ${OUTBOX_WRITES} (
      sequence bigint PRIMARY KEY, event_id uuid NOT NULL, topic varchar(200) NOT NULL, message_key varchar(200) NOT NULL,
      envelope jsonb NOT NULL, created_at timestamptz NOT NULL)`);
  await db.query(`
    CREATE OR REPLACE FUNCTION test_copy_outbox_write() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO ${OUTBOX_WRITES} VALUES (NEW.sequence, NEW.event_id, NEW.topic, NEW.message_key, NEW.envelope, NEW.created_at);
      RETURN NULL;
    END $$`);
  await db.query(`DROP TRIGGER IF EXISTS test_copy_outbox_writes ON outbox_messages`);
  await db.query(`CREATE TRIGGER test_copy_outbox_writes AFTER INSERT ON outbox_messages FOR EACH ROW EXECUTE FUNCTION test_copy_outbox_write()`);
}
