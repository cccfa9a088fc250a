import { MigrationInterface, QueryRunner } from "typeorm";

export class InsightsProjection1795930500057 implements MigrationInterface {
    name = 'InsightsProjection1795930500057'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "insight_reports" (
                "report_id" uuid NOT NULL,
                "case_id" uuid NOT NULL,
                "reporter_ref" character varying(80) NOT NULL,
                "area_ids" text array NOT NULL,
                "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "linked_into_existing" boolean NOT NULL,
                "placed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "pk_insight_reports" PRIMARY KEY ("report_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_insight_reports_case" ON "insight_reports" ("case_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_insight_reports_submitted" ON "insight_reports" ("submitted_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "insight_cases" (
                "case_id" uuid NOT NULL,
                "category_main" character varying(64) NOT NULL,
                "area_ids" text array NOT NULL,
                "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "pk_insight_cases" PRIMARY KEY ("case_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_insight_cases_submitted" ON "insight_cases" ("submitted_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "insight_case_milestones" (
                "case_id" uuid NOT NULL,
                "picked_up_at" TIMESTAMP WITH TIME ZONE,
                "resolved_at" TIMESTAMP WITH TIME ZONE,
                "closed_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "pk_insight_case_milestones" PRIMARY KEY ("case_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "insight_deliveries" (
                "message_id" uuid NOT NULL,
                "case_id" uuid NOT NULL,
                "reporter_ref" character varying(80) NOT NULL,
                "stage" character varying(32) NOT NULL,
                "delivered_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "pk_insight_deliveries" PRIMARY KEY ("message_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_insight_deliveries_case" ON "insight_deliveries" ("case_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "insight_satisfaction" (
                "case_id" uuid NOT NULL,
                "reporter_ref" character varying(80) NOT NULL,
                "satisfied" boolean NOT NULL,
                "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "pk_insight_satisfaction" PRIMARY KEY ("case_id", "reporter_ref")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "insight_reopen_requests" (
                "request_id" uuid NOT NULL,
                "case_id" uuid NOT NULL,
                "reporter_ref" character varying(80) NOT NULL,
                "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "pk_insight_reopen_requests" PRIMARY KEY ("request_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_insight_reopen_requests_case" ON "insight_reopen_requests" ("case_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "insight_case_merges" (
                "absorbed_case_id" uuid NOT NULL,
                "surviving_case_id" uuid NOT NULL,
                "merged_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "pk_insight_case_merges" PRIMARY KEY ("absorbed_case_id")
            )
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP TABLE "insight_case_merges"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_insight_reopen_requests_case"
        `);
        await queryRunner.query(`
            DROP TABLE "insight_reopen_requests"
        `);
        await queryRunner.query(`
            DROP TABLE "insight_satisfaction"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_insight_deliveries_case"
        `);
        await queryRunner.query(`
            DROP TABLE "insight_deliveries"
        `);
        await queryRunner.query(`
            DROP TABLE "insight_case_milestones"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_insight_cases_submitted"
        `);
        await queryRunner.query(`
            DROP TABLE "insight_cases"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_insight_reports_submitted"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_insight_reports_case"
        `);
        await queryRunner.query(`
            DROP TABLE "insight_reports"
        `);
    }

}
