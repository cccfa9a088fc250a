import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Parked dead letters, and the indexes that let old outbox rows and inbox ids be pruned in small batches. Every
 * service lists this right after MessagingTables1700000000000.
 */
export class DeadLettersAndRetention1700000000001 implements MigrationInterface {
  name = 'DeadLettersAndRetention1700000000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "dead_letters" (
        "id" BIGSERIAL NOT NULL,
        "topic" character varying(200) NOT NULL,
        "partition" integer NOT NULL,
        "offset" bigint NOT NULL,
        "message_key" text,
        "value" text NOT NULL,
        "reason" text NOT NULL,
        "attempts" integer NOT NULL,
        "consumer_group" character varying(200) NOT NULL,
        "failed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "status" character varying(16) NOT NULL DEFAULT 'parked',
        "resolved_by" character varying(200),
        "resolved_at" TIMESTAMP WITH TIME ZONE,
        "resolution_reason" text,
        CONSTRAINT "pk_dead_letters" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_dead_letters_message" ON "dead_letters" ("consumer_group", "topic", "partition", "offset")`,
    );
    await queryRunner.query(`CREATE INDEX "idx_dead_letters_status_topic" ON "dead_letters" ("status", "topic")`);
    await queryRunner.query(`CREATE INDEX "idx_inbox_messages_processed_at" ON "inbox_messages" ("processed_at")`);
    await queryRunner.query(
      `CREATE INDEX "idx_outbox_messages_published_at" ON "outbox_messages" ("published_at") WHERE published_at IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_outbox_messages_published_at"`);
    await queryRunner.query(`DROP INDEX "idx_inbox_messages_processed_at"`);
    await queryRunner.query(`DROP TABLE "dead_letters"`);
  }
}
