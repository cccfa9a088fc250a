import { MigrationInterface, QueryRunner } from "typeorm";

/** How each report of a case came in, and when it was seen when the report knows it (a forwarded chat message). */
export class CaseReportProvenance1797300000000 implements MigrationInterface {
    name = 'CaseReportProvenance1797300000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "case_reports" ADD "channel" character varying(20)
        `);
        await queryRunner.query(`
            ALTER TABLE "case_reports" ADD "observed_at" TIMESTAMP WITH TIME ZONE
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "case_reports" DROP COLUMN "observed_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "case_reports" DROP COLUMN "channel"
        `);
    }

}
