import { MigrationInterface, QueryRunner } from "typeorm";

/** Questions professionals ask reporters (text encrypted), and which reporters answered them. */
export class ReporterQuestions1797300000000 implements MigrationInterface {
    name = 'ReporterQuestions1797300000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "reporter_questions" (
                "question_id" uuid NOT NULL,
                "case_id" uuid NOT NULL,
                "organisation" character varying(64) NOT NULL,
                "text" text NOT NULL,
                "asked_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "answer_by" TIMESTAMP WITH TIME ZONE NOT NULL,
                "event_id" uuid NOT NULL,
                CONSTRAINT "PK_reporter_questions" PRIMARY KEY ("question_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_reporter_questions_case" ON "reporter_questions" ("case_id", "asked_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "reporter_question_answers" (
                "question_id" uuid NOT NULL,
                "report_id" uuid NOT NULL,
                "answered_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_reporter_question_answers" PRIMARY KEY ("question_id", "report_id")
            )
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "reporter_question_answers"`);
        await queryRunner.query(`DROP INDEX "idx_reporter_questions_case"`);
        await queryRunner.query(`DROP TABLE "reporter_questions"`);
    }

}
