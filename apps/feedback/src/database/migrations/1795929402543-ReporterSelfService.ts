import { MigrationInterface, QueryRunner } from "typeorm";

export class ReporterSelfService1795929402543 implements MigrationInterface {
    name = 'ReporterSelfService1795929402543'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "contact_detail_reads" (
                "id" uuid NOT NULL,
                "read_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "purpose" character varying(32) NOT NULL,
                "reader_subject" character varying(64),
                "reader_username" character varying(128),
                "organisation" character varying(64),
                "reason" character varying(1000) NOT NULL,
                "report_id" uuid NOT NULL,
                "reporter_ref" character varying(80) NOT NULL,
                "case_id" uuid,
                CONSTRAINT "PK_a804c683c0a47ed03814f08ab56" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_contact_detail_reads_organisation" ON "contact_detail_reads" ("organisation", "read_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_contact_detail_reads_reporter" ON "contact_detail_reads" ("reporter_ref", "read_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_contact_detail_reads_read_at" ON "contact_detail_reads" ("read_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "erasure_log" (
                "id" BIGSERIAL NOT NULL,
                "report_id" uuid NOT NULL,
                "removed" jsonb NOT NULL,
                "erased_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_8bf7555004cd76ff14c844ce213" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_erasure_log_report" ON "erasure_log" ("report_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "satisfaction_answers" (
                "id" uuid NOT NULL,
                "report_id" uuid NOT NULL,
                "case_id" uuid NOT NULL,
                "closure_event_id" uuid NOT NULL,
                "satisfied" boolean NOT NULL,
                "remark" text,
                "reopen_request_id" uuid,
                "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_8a3740db3221e201b7c8ca881bb" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_satisfaction_answers_case" ON "satisfaction_answers" ("case_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_satisfaction_answers_closure" ON "satisfaction_answers" ("report_id", "closure_event_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "cases"
            ADD "organisation_since" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "reporters"
            ADD "consent_to_professional_contact" boolean NOT NULL DEFAULT false
        `);
        await queryRunner.query(`
            ALTER TABLE "reporters"
            ADD "emails_withdrawn_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "reporters"
            ADD "erased_at" TIMESTAMP WITH TIME ZONE
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "reporters" DROP COLUMN "erased_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "reporters" DROP COLUMN "emails_withdrawn_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "reporters" DROP COLUMN "consent_to_professional_contact"
        `);
        await queryRunner.query(`
            ALTER TABLE "cases" DROP COLUMN "organisation_since"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_satisfaction_answers_closure"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_satisfaction_answers_case"
        `);
        await queryRunner.query(`
            DROP TABLE "satisfaction_answers"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_erasure_log_report"
        `);
        await queryRunner.query(`
            DROP TABLE "erasure_log"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_contact_detail_reads_read_at"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_contact_detail_reads_reporter"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_contact_detail_reads_organisation"
        `);
        await queryRunner.query(`
            DROP TABLE "contact_detail_reads"
        `);
    }

}
