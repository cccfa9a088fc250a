import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox and inbox tables every service's database has. Services list this migration first, before their
 * own; the schema test of each service checks that it matches the entities.
 */
export class MessagingTables1700000000000 implements MigrationInterface {
  name = 'MessagingTables1700000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "inbox_messages" (
        "consumer" character varying(200) NOT NULL,
        "event_id" uuid NOT NULL,
        "event_type" character varying(200) NOT NULL,
        "processed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_inbox_messages" PRIMARY KEY ("consumer", "event_id")
      )`);
    await queryRunner.query(`
      CREATE TABLE "outbox_messages" (
        "sequence" BIGSERIAL NOT NULL,
        "event_id" uuid NOT NULL,
        "topic" character varying(200) NOT NULL,
        "message_key" character varying(200) NOT NULL,
        "envelope" jsonb NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "published_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "pk_outbox_messages" PRIMARY KEY ("sequence")
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_outbox_messages_event_id" ON "outbox_messages" ("event_id")`);
    await queryRunner.query(
      `CREATE INDEX "idx_outbox_messages_unpublished" ON "outbox_messages" ("sequence") WHERE published_at IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "outbox_messages"`);
    await queryRunner.query(`DROP TABLE "inbox_messages"`);
  }
}
