import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The deletion log of a service that honours `reporter.forgotten` (add it to its migrations): per forgotten
 * report, why and what kind of thing was removed in counts, never the content.
 */
export class ForgetLog1797600000000 implements MigrationInterface {
  name = 'ForgetLog1797600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "forget_log" (
        "id" bigserial NOT NULL,
        "report_id" uuid NOT NULL,
        "reason" character varying(16) NOT NULL,
        "removed" jsonb NOT NULL,
        "forgotten_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "logged_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_forget_log" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(`CREATE INDEX "idx_forget_log_report" ON "forget_log" ("report_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "forget_log"`);
  }
}
