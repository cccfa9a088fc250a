import { MigrationInterface, QueryRunner } from "typeorm";

export class ReportPhotosAndAnswers1796320138814 implements MigrationInterface {
    name = 'ReportPhotosAndAnswers1796320138814'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "report_photos" (
                "id" uuid NOT NULL,
                "report_id" uuid NOT NULL,
                "position" smallint NOT NULL,
                "content_type" character varying(40) NOT NULL,
                "byte_size" integer NOT NULL,
                "width" integer NOT NULL,
                "height" integer NOT NULL,
                "sha256" character(64) NOT NULL,
                "data" bytea NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_report_photos" PRIMARY KEY ("id")
            )
        `);
        // Photos are compressed already: keep them out of line without compressing them again.
        await queryRunner.query(`
            ALTER TABLE "report_photos" ALTER COLUMN "data" SET STORAGE EXTERNAL
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_report_photos_report" ON "report_photos" ("report_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "reports"
            ADD "answers" jsonb
        `);
        await queryRunner.query(`
            ALTER TABLE "report_photos"
            ADD CONSTRAINT "fk_report_photos_report" FOREIGN KEY ("report_id") REFERENCES "reports"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "report_photos" DROP CONSTRAINT "fk_report_photos_report"
        `);
        await queryRunner.query(`
            ALTER TABLE "reports" DROP COLUMN "answers"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_report_photos_report"
        `);
        await queryRunner.query(`
            DROP TABLE "report_photos"
        `);
    }

}
