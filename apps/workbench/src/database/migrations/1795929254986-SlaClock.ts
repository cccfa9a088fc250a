import { MigrationInterface, QueryRunner } from "typeorm";

export class SlaClock1795929254986 implements MigrationInterface {
    name = 'SlaClock1795929254986'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "cases"
            ADD "sla_warn_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "cases"
            ADD "sla_paused_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "cases"
            ADD "sla_warned_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "cases"
            ADD "sla_escalated_at" TIMESTAMP WITH TIME ZONE
        `);
        // Cases waiting since before this migration: their SLA clock has stood still since their last change.
        await queryRunner.query(`
            UPDATE "cases" SET "sla_paused_at" = "updated_at" WHERE "status" = 'waiting'
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_cases_sla_escalated_opened" ON "cases" ("opened_at", "id")
            WHERE sla_escalated_at IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_cases_sla_breach_pending" ON "cases" ("due_at")
            WHERE sla_escalated_at IS NULL
                AND status NOT IN ('resolved', 'closed', 'waiting')
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_cases_sla_warn_pending" ON "cases" ("sla_warn_at")
            WHERE sla_warned_at IS NULL
                AND status NOT IN ('resolved', 'closed', 'waiting')
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."idx_cases_sla_warn_pending"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_cases_sla_breach_pending"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_cases_sla_escalated_opened"
        `);
        await queryRunner.query(`
            ALTER TABLE "cases" DROP COLUMN "sla_escalated_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "cases" DROP COLUMN "sla_warned_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "cases" DROP COLUMN "sla_paused_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "cases" DROP COLUMN "sla_warn_at"
        `);
    }

}
