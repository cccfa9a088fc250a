import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The key vault's one table: a key per subject (a report), or — once forgotten — no key and when it went. The
 * row stays as a tombstone without content, so a late writer cannot give a forgotten subject a new key.
 */
export class SubjectKeys1798200000000 implements MigrationInterface {
  name = 'SubjectKeys1798200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "subject_keys" (
        "subject" character varying(64) NOT NULL,
        "key" bytea,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "forgotten_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "pk_subject_keys" PRIMARY KEY ("subject"),
        CONSTRAINT "chk_subject_keys_key_or_forgotten" CHECK (("key" IS NULL) = ("forgotten_at" IS NOT NULL))
      )
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "subject_keys"`);
  }
}
