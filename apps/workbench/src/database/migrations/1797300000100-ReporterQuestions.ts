import { MigrationInterface, QueryRunner } from "typeorm";

/** Questions professionals ask the reporters of a case, and the reporters' answers. */
export class ReporterQuestions1797300000100 implements MigrationInterface {
    name = 'ReporterQuestions1797300000100'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "reporter_questions" (
                "id" uuid NOT NULL,
                "case_id" uuid NOT NULL,
                "organisation" character varying(64) NOT NULL,
                "text" text NOT NULL,
                "asked_by_subject" character varying(100) NOT NULL,
                "asked_by_username" character varying(200),
                "asked_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "answer_by" TIMESTAMP WITH TIME ZONE NOT NULL,
                "status" character varying(10) NOT NULL,
                "waits_at_version" integer,
                CONSTRAINT "PK_reporter_questions" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_reporter_questions_case" ON "reporter_questions" ("case_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_reporter_questions_waiting" ON "reporter_questions" ("answer_by") WHERE "waits_at_version" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE TABLE "reporter_answers" (
                "question_id" uuid NOT NULL,
                "report_id" uuid NOT NULL,
                "text" text NOT NULL,
                "answered_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "pk_reporter_answers" PRIMARY KEY ("question_id", "report_id")
            )
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "reporter_answers"`);
        await queryRunner.query(`DROP INDEX "idx_reporter_questions_waiting"`);
        await queryRunner.query(`DROP INDEX "idx_reporter_questions_case"`);
        await queryRunner.query(`DROP TABLE "reporter_questions"`);
    }

}
