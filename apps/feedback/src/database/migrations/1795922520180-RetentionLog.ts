import { MigrationInterface, QueryRunner } from "typeorm";

export class RetentionLog1795922520180 implements MigrationInterface {
    name = 'RetentionLog1795922520180'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "retention_log" (
                "id" BIGSERIAL NOT NULL,
                "report_id" uuid NOT NULL,
                "case_id" uuid NOT NULL,
                "case_closed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "removed" jsonb NOT NULL,
                "applied_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_1fb93f7104e64e3e370a4f77a90" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_retention_log_report" ON "retention_log" ("report_id")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."idx_retention_log_report"
        `);
        await queryRunner.query(`
            DROP TABLE "retention_log"
        `);
    }

}
