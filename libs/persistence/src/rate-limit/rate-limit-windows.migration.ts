import { MigrationInterface, QueryRunner } from 'typeorm';

/** The table of PostgresRateLimitStore, in each service that limits requests (add it to its migrations). */
export class RateLimitWindows1796400000000 implements MigrationInterface {
  name = 'RateLimitWindows1796400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "rate_limit_windows" (
        "bucket" character varying(40) NOT NULL,
        "client_hash" character varying(64) NOT NULL,
        "window_start" TIMESTAMP WITH TIME ZONE NOT NULL,
        "forget_after" TIMESTAMP WITH TIME ZONE NOT NULL,
        "count" integer NOT NULL,
        CONSTRAINT "pk_rate_limit_windows" PRIMARY KEY ("bucket", "client_hash", "window_start")
      )
    `);
    await queryRunner.query(`CREATE INDEX "idx_rate_limit_windows_forget_after" ON "rate_limit_windows" ("forget_after")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "rate_limit_windows"`);
  }
}
