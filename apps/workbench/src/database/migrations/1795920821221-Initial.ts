import { MigrationInterface, QueryRunner } from "typeorm";

export class Initial1795920821221 implements MigrationInterface {
    name = 'Initial1795920821221'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "cases" (
                "id" uuid NOT NULL,
                "organisation" character varying(64) NOT NULL,
                "team" character varying(64) NOT NULL,
                "status" character varying(16) NOT NULL,
                "version" integer NOT NULL,
                "assignee" character varying(100),
                "priority" character varying(16) NOT NULL,
                "category_main" character varying(64) NOT NULL,
                "category_sub" character varying(64),
                "sensitivity" smallint NOT NULL,
                "sla" jsonb NOT NULL,
                "due_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "resolution_code" character varying(64),
                "closed_at" TIMESTAMP WITH TIME ZONE,
                "routing_policy_id" character varying(100) NOT NULL,
                "routing_policy_version" integer NOT NULL,
                "routing_rule_id" character varying(100),
                "routing_explanation" text NOT NULL,
                "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "pk_cases" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_cases_status_opened" ON "cases" ("status", "opened_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_cases_assignee_opened" ON "cases" ("assignee", "opened_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_cases_organisation_team_opened" ON "cases" ("organisation", "team", "opened_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_cases_organisation_status_opened" ON "cases" ("organisation", "status", "opened_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_cases_organisation_opened" ON "cases" ("organisation", "opened_at", "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "case_notes" (
                "id" uuid NOT NULL,
                "case_id" uuid NOT NULL,
                "organisation" character varying(64) NOT NULL,
                "author_subject" character varying(100) NOT NULL,
                "author_username" character varying(200) NOT NULL,
                "visibility" character varying(16) NOT NULL,
                "text" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "pk_case_notes" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_case_notes_case_created" ON "case_notes" ("case_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "case_reports" (
                "case_id" uuid NOT NULL,
                "report_id" uuid NOT NULL,
                "description" text NOT NULL,
                "category_main" character varying(64) NOT NULL,
                "category_sub" character varying(64),
                "lat" double precision NOT NULL,
                "lon" double precision NOT NULL,
                "area_ids" text array NOT NULL,
                "reporter_tier" character varying(20) NOT NULL,
                "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "linked_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "pk_case_reports" PRIMARY KEY ("case_id", "report_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_case_reports_report" ON "case_reports" ("report_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "case_timeline" (
                "sequence" BIGSERIAL NOT NULL,
                "case_id" uuid NOT NULL,
                "kind" character varying(40) NOT NULL,
                "details" jsonb NOT NULL,
                "actor_subject" character varying(100),
                "actor_username" character varying(200),
                "actor_organisation" character varying(64),
                "visible_to_organisation" character varying(64),
                "case_version" integer,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "pk_case_timeline" PRIMARY KEY ("sequence")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_case_timeline_case_sequence" ON "case_timeline" ("case_id", "sequence")
        `);
        await queryRunner.query(`
            ALTER TABLE "case_notes"
            ADD CONSTRAINT "fk_case_notes_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "case_reports"
            ADD CONSTRAINT "fk_case_reports_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "case_timeline"
            ADD CONSTRAINT "fk_case_timeline_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "case_timeline" DROP CONSTRAINT "fk_case_timeline_case"
        `);
        await queryRunner.query(`
            ALTER TABLE "case_reports" DROP CONSTRAINT "fk_case_reports_case"
        `);
        await queryRunner.query(`
            ALTER TABLE "case_notes" DROP CONSTRAINT "fk_case_notes_case"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_case_timeline_case_sequence"
        `);
        await queryRunner.query(`
            DROP TABLE "case_timeline"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_case_reports_report"
        `);
        await queryRunner.query(`
            DROP TABLE "case_reports"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_case_notes_case_created"
        `);
        await queryRunner.query(`
            DROP TABLE "case_notes"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_cases_organisation_opened"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_cases_organisation_status_opened"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_cases_organisation_team_opened"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_cases_assignee_opened"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_cases_status_opened"
        `);
        await queryRunner.query(`
            DROP TABLE "cases"
        `);
    }

}
