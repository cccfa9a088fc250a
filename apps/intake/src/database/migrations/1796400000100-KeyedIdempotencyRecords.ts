import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency-Keys kept so that the table alone opens nothing: the key and request as keyed hashes, the answer
 * (with its tracking code) sealed, for a day. The old table held tracking codes in plain text: it goes, contents
 * and all (a retry of a request from before this migration becomes a new report).
 */
export class KeyedIdempotencyRecords1796400000100 implements MigrationInterface {
  name = 'KeyedIdempotencyRecords1796400000100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "idempotency_keys"`);
    await queryRunner.query(`
      CREATE TABLE "idempotency_records" (
        "key_hash" character(64) NOT NULL,
        "request_hash" character(64) NOT NULL,
        "sealed_response" bytea,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_idempotency_records" PRIMARY KEY ("key_hash")
      )
    `);
    await queryRunner.query(`CREATE INDEX "idx_idempotency_records_created_at" ON "idempotency_records" ("created_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "idempotency_records"`);
    await queryRunner.query(`
      CREATE TABLE "idempotency_keys" (
        "key" character varying(200) NOT NULL,
        "request_hash" character(64) NOT NULL,
        "report_id" uuid NOT NULL,
        "response" jsonb NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_idempotency_keys" PRIMARY KEY ("key")
      )
    `);
  }
}
