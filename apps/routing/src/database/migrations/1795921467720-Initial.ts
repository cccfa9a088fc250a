import { MigrationInterface, QueryRunner } from "typeorm";

export class Initial1795921467720 implements MigrationInterface {
    name = 'Initial1795921467720'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "admin_audit" (
                "id" BIGSERIAL NOT NULL,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "actor_subject" character varying(100) NOT NULL,
                "actor_username" character varying(200) NOT NULL,
                "action" character varying(64) NOT NULL,
                "subject_type" character varying(32) NOT NULL,
                "subject_id" character varying(200) NOT NULL,
                "before" jsonb,
                "after" jsonb,
                "correlation_id" character varying(128),
                CONSTRAINT "PK_5ad48a4d9d16397ef37e28bb0be" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_admin_audit_subject" ON "admin_audit" ("subject_type", "subject_id", "at")
        `);
        await queryRunner.query(`
            CREATE TABLE "areas" (
                "id" character varying(64) NOT NULL,
                "name" character varying(200) NOT NULL,
                "kind" character varying(16) NOT NULL,
                "geometry" jsonb NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_5110493f6342f34c978c084d0d6" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "case_reports" (
                "report_id" uuid NOT NULL,
                "case_id" uuid NOT NULL,
                "reporter_ref" character varying(80) NOT NULL,
                "description" text NOT NULL,
                "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "linked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_82226db893e69e88429729f48f5" PRIMARY KEY ("report_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_case_reports_case" ON "case_reports" ("case_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "cases" (
                "id" uuid NOT NULL,
                "organisation" character varying(64) NOT NULL,
                "team" character varying(64) NOT NULL,
                "priority" character varying(16) NOT NULL,
                "status" character varying(16) NOT NULL,
                "category_main" character varying(64) NOT NULL,
                "category_sub" character varying(64),
                "sensitivity" smallint NOT NULL,
                "lat" double precision NOT NULL,
                "lon" double precision NOT NULL,
                "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "first_report_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "last_report_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "link_text" text NOT NULL,
                "closed_at" TIMESTAMP WITH TIME ZONE,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_264acb3048c240fb89aa34626db" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_cases_updated" ON "cases" ("updated_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_cases_open_category_opened" ON "cases" ("status", "category_main", "opened_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "report_links" (
                "report_id" uuid NOT NULL,
                "case_id" uuid NOT NULL,
                "score" double precision NOT NULL,
                "explanation" text NOT NULL,
                "linked_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_361a804d62dde73e678eed9a418" PRIMARY KEY ("report_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_report_links_case" ON "report_links" ("case_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "routing_decisions" (
                "report_id" uuid NOT NULL,
                "case_id" uuid NOT NULL,
                "policy_id" character varying(64) NOT NULL,
                "policy_version" integer NOT NULL,
                "rule_id" character varying(64),
                "outcome" jsonb NOT NULL,
                "explanation" jsonb NOT NULL,
                "explanation_text" text NOT NULL,
                "input" jsonb NOT NULL,
                "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_cc52f551575b4dc9e4461ab2d63" PRIMARY KEY ("report_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_routing_decisions_decided_at" ON "routing_decisions" ("decided_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_routing_decisions_case" ON "routing_decisions" ("case_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "routing_policies" (
                "policy_id" character varying(64) NOT NULL,
                "version" integer NOT NULL,
                "status" character varying(16) NOT NULL,
                "document" jsonb NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "published_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_98d6fc0c6835599a8f30f32364c" PRIMARY KEY ("policy_id", "version")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_routing_policies_one_published" ON "routing_policies" ("status")
            WHERE status = 'published'
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."uq_routing_policies_one_published"
        `);
        await queryRunner.query(`
            DROP TABLE "routing_policies"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_routing_decisions_case"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_routing_decisions_decided_at"
        `);
        await queryRunner.query(`
            DROP TABLE "routing_decisions"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_report_links_case"
        `);
        await queryRunner.query(`
            DROP TABLE "report_links"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_cases_open_category_opened"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_cases_updated"
        `);
        await queryRunner.query(`
            DROP TABLE "cases"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_case_reports_case"
        `);
        await queryRunner.query(`
            DROP TABLE "case_reports"
        `);
        await queryRunner.query(`
            DROP TABLE "areas"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_admin_audit_subject"
        `);
        await queryRunner.query(`
            DROP TABLE "admin_audit"
        `);
    }

}
