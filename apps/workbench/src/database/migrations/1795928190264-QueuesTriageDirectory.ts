import { MigrationInterface, QueryRunner } from "typeorm";

export class QueuesTriageDirectory1795928190264 implements MigrationInterface {
    name = 'QueuesTriageDirectory1795928190264'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "professionals" (
                "subject" character varying(100) NOT NULL,
                "username" character varying(200) NOT NULL,
                "organisation" character varying(64),
                "teams" text array NOT NULL,
                "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "pk_professionals" PRIMARY KEY ("subject")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_professionals_organisation" ON "professionals" ("organisation")
        `);
        await queryRunner.query(`
            CREATE TABLE "reopen_requests" (
                "request_id" uuid NOT NULL,
                "case_id" uuid NOT NULL,
                "report_id" uuid NOT NULL,
                "remark" text,
                "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "status" character varying(16) NOT NULL,
                "decided_at" TIMESTAMP WITH TIME ZONE,
                "decided_by" character varying(100),
                "decline_reason" text,
                CONSTRAINT "pk_reopen_requests" PRIMARY KEY ("request_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_reopen_requests_case_status" ON "reopen_requests" ("case_id", "status", "requested_at")
        `);
        await queryRunner.query(`
            ALTER TABLE "cases"
            ADD "triage_reasons" text array NOT NULL DEFAULT '{}'
        `);
        await queryRunner.query(`
            ALTER TABLE "cases"
            ADD "category_suggestion" jsonb
        `);
        await queryRunner.query(`
            ALTER TABLE "cases"
            ADD "possibly_related_case_ids" uuid array NOT NULL DEFAULT '{}'
        `);
        await queryRunner.query(`
            ALTER TABLE "cases"
            ADD "reopen_requested_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_cases_org_category_opened" ON "cases" (
                "organisation",
                "category_main",
                "category_sub",
                "opened_at",
                "id"
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_cases_org_priority_opened" ON "cases" ("organisation", "priority", "opened_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_cases_reopen_requested" ON "cases" ("opened_at", "id")
            WHERE reopen_requested_at IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_cases_triage_on_open" ON "cases" ("opened_at", "id")
            WHERE status = 'new'
                AND triage_reasons <> '{}'
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_cases_running_due" ON "cases" ("due_at", "id")
            WHERE status NOT IN ('resolved', 'closed', 'waiting')
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_cases_org_running_due" ON "cases" ("organisation", "due_at", "id")
            WHERE status NOT IN ('resolved', 'closed', 'waiting')
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_cases_org_team_due" ON "cases" ("organisation", "team", "due_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_cases_org_due" ON "cases" ("organisation", "due_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_cases_org_status_due" ON "cases" ("organisation", "status", "due_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_cases_org_team_status_priority_due" ON "cases" (
                "organisation",
                "team",
                "status",
                "priority",
                "due_at",
                "id"
            )
        `);
        // Written by hand (TypeORM cannot declare GIN or expression indexes; the entity lists them with
        // synchronize: false): free text over the reports' descriptions in Dutch, and the reports' areas.
        await queryRunner.query(`
            CREATE INDEX "idx_case_reports_description_fts" ON "case_reports"
            USING GIN (to_tsvector('dutch', "description"))
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_case_reports_area_ids" ON "case_reports" USING GIN ("area_ids")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."idx_case_reports_area_ids"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_case_reports_description_fts"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_cases_org_team_status_priority_due"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_cases_org_status_due"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_cases_org_due"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_cases_org_team_due"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_cases_org_running_due"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_cases_running_due"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_cases_triage_on_open"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_cases_reopen_requested"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_cases_org_priority_opened"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_cases_org_category_opened"
        `);
        await queryRunner.query(`
            ALTER TABLE "cases" DROP COLUMN "reopen_requested_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "cases" DROP COLUMN "possibly_related_case_ids"
        `);
        await queryRunner.query(`
            ALTER TABLE "cases" DROP COLUMN "category_suggestion"
        `);
        await queryRunner.query(`
            ALTER TABLE "cases" DROP COLUMN "triage_reasons"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_reopen_requests_case_status"
        `);
        await queryRunner.query(`
            DROP TABLE "reopen_requests"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_professionals_organisation"
        `);
        await queryRunner.query(`
            DROP TABLE "professionals"
        `);
    }

}
