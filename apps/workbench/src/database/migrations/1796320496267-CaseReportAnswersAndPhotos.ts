import { MigrationInterface, QueryRunner } from "typeorm";

export class CaseReportAnswersAndPhotos1796320496267 implements MigrationInterface {
    name = 'CaseReportAnswersAndPhotos1796320496267'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "case_reports"
            ADD "answers" jsonb NOT NULL DEFAULT '[]'
        `);
        await queryRunner.query(`
            ALTER TABLE "case_reports"
            ADD "photos" jsonb NOT NULL DEFAULT '[]'
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "case_reports" DROP COLUMN "photos"
        `);
        await queryRunner.query(`
            ALTER TABLE "case_reports" DROP COLUMN "answers"
        `);
    }

}
