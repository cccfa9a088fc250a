import { MigrationInterface, QueryRunner } from "typeorm";

export class Initial1795920483401 implements MigrationInterface {
    name = 'Initial1795920483401'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "case_notes" (
                "note_id" uuid NOT NULL,
                "case_id" uuid NOT NULL,
                "organisation" character varying(64) NOT NULL,
                "text" text NOT NULL,
                "written_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "event_id" uuid NOT NULL,
                CONSTRAINT "PK_aa1828a0e4fabda133bb23c0bfb" PRIMARY KEY ("note_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_case_notes_case_id" ON "case_notes" ("case_id", "written_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "case_reports" (
                "report_id" uuid NOT NULL,
                "case_id" uuid NOT NULL,
                "reporter_ref" character varying(80) NOT NULL,
                "linked_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_82226db893e69e88429729f48f5" PRIMARY KEY ("report_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_case_reports_case_id" ON "case_reports" ("case_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "case_stages" (
                "event_id" uuid NOT NULL,
                "case_id" uuid NOT NULL,
                "stage" character varying(32) NOT NULL,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_f106dd68c29b68e1ab9aede04d2" PRIMARY KEY ("event_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_case_stages_case_id" ON "case_stages" ("case_id", "occurred_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "cases" (
                "case_id" uuid NOT NULL,
                "organisation" character varying(64) NOT NULL,
                "category_main" character varying(64) NOT NULL,
                "category_sub" character varying(64),
                "sensitivity" smallint NOT NULL,
                "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_b8dcf802997909e8a6c413bf8d6" PRIMARY KEY ("case_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "reporter_messages" (
                "id" uuid NOT NULL,
                "report_id" uuid NOT NULL,
                "reporter_ref" character varying(80) NOT NULL,
                "case_id" uuid,
                "trigger_event_id" uuid NOT NULL,
                "stage" character varying(32) NOT NULL,
                "level" smallint NOT NULL,
                "channel" character varying(10) NOT NULL,
                "language" character varying(2) NOT NULL,
                "subject" text NOT NULL,
                "body" text NOT NULL,
                "status" character varying(10) NOT NULL,
                "attempts" integer NOT NULL DEFAULT '0',
                "next_attempt_at" TIMESTAMP WITH TIME ZONE,
                "last_error" character varying(500),
                "sent_at" TIMESTAMP WITH TIME ZONE,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_1e5b8569ca3fc1b28ea69add6dd" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_reporter_messages_due" ON "reporter_messages" ("next_attempt_at")
            WHERE "status" = 'pending'
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_reporter_messages_trigger" ON "reporter_messages" ("report_id", "trigger_event_id", "stage")
        `);
        await queryRunner.query(`
            CREATE TABLE "reporters" (
                "report_id" uuid NOT NULL,
                "reporter_ref" character varying(80) NOT NULL,
                "tier" character varying(20) NOT NULL,
                "language" character varying(2) NOT NULL,
                "consent_to_contact" boolean NOT NULL,
                "tracking_code_hash" character(64) NOT NULL,
                "tracking_code_hint" character varying(16) NOT NULL,
                "contact_details" text,
                "has_email" boolean NOT NULL,
                "received_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "registered_event_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_9d308adf9e5f9bc9b1f501a8f65" PRIMARY KEY ("report_id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_reporters_tracking_code_hash" ON "reporters" ("tracking_code_hash")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_reporters_reporter_ref" ON "reporters" ("reporter_ref")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."uq_reporters_reporter_ref"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_reporters_tracking_code_hash"
        `);
        await queryRunner.query(`
            DROP TABLE "reporters"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_reporter_messages_trigger"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_reporter_messages_due"
        `);
        await queryRunner.query(`
            DROP TABLE "reporter_messages"
        `);
        await queryRunner.query(`
            DROP TABLE "cases"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_case_stages_case_id"
        `);
        await queryRunner.query(`
            DROP TABLE "case_stages"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_case_reports_case_id"
        `);
        await queryRunner.query(`
            DROP TABLE "case_reports"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_case_notes_case_id"
        `);
        await queryRunner.query(`
            DROP TABLE "case_notes"
        `);
    }

}
