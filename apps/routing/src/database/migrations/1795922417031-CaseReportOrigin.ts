import { MigrationInterface, QueryRunner } from "typeorm";

export class CaseReportOrigin1795922417031 implements MigrationInterface {
    name = 'CaseReportOrigin1795922417031'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "case_reports"
            ADD "origin" jsonb
        `);
        await queryRunner.query(`
            ALTER TABLE "case_reports"
            ADD "moved_from_case_id" uuid
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "case_reports" DROP COLUMN "moved_from_case_id"
        `);
        await queryRunner.query(`
            ALTER TABLE "case_reports" DROP COLUMN "origin"
        `);
    }

}
