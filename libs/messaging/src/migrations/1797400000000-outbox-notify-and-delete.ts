import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The relay deletes an outbox row once the broker has it, and is woken by NOTIFY instead of polling. Rows already
 * published are deleted here (they kept a copy of each event's content, report texts included); `published_at`
 * and its indexes go. A statement-level trigger notifies channel `loket_outbox` after every insert into the outbox,
 * whoever inserts (Outbox.add, a dead-letter replay): PostgreSQL delivers it when the transaction commits, never for
 * one that rolls back, and once per transaction however many rows it wrote. Channels are per database, so each
 * service's relay hears only its own outbox. Every service lists this after its own migrations of that time.
 */
export class OutboxNotifyAndDelete1797400000000 implements MigrationInterface {
  name = 'OutboxNotifyAndDelete1797400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "outbox_messages" WHERE "published_at" IS NOT NULL`);
    await queryRunner.query(`DROP INDEX "idx_outbox_messages_published_at"`);
    await queryRunner.query(`DROP INDEX "idx_outbox_messages_unpublished"`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" DROP COLUMN "published_at"`);
    await queryRunner.query(`
      CREATE FUNCTION "loket_outbox_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('loket_outbox', '');
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER "trg_outbox_messages_notify" AFTER INSERT ON "outbox_messages"
        FOR EACH STATEMENT EXECUTE FUNCTION "loket_outbox_notify"()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "trg_outbox_messages_notify" ON "outbox_messages"`);
    await queryRunner.query(`DROP FUNCTION "loket_outbox_notify"()`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" ADD "published_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `CREATE INDEX "idx_outbox_messages_unpublished" ON "outbox_messages" ("sequence") WHERE published_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_outbox_messages_published_at" ON "outbox_messages" ("published_at") WHERE published_at IS NOT NULL`,
    );
  }
}
