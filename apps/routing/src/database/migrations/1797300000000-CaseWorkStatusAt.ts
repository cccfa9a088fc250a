import { MigrationInterface, QueryRunner } from "typeorm";

/** When the workbench's state of a case last changed: what a neighbourhood digest reports as an outcome. */
export class CaseWorkStatusAt1797300000000 implements MigrationInterface {
    name = 'CaseWorkStatusAt1797300000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "cases" ADD "work_status_at" TIMESTAMP WITH TIME ZONE
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "cases" DROP COLUMN "work_status_at"
        `);
    }

}
