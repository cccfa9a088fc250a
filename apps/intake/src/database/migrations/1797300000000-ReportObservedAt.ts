import { MigrationInterface, QueryRunner } from "typeorm";

/** When the incident was seen, when a report knows it apart from its submission (a forwarded chat message's time). */
export class ReportObservedAt1797300000000 implements MigrationInterface {
    name = 'ReportObservedAt1797300000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "reports" ADD "observed_at" TIMESTAMP WITH TIME ZONE
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "reports" DROP COLUMN "observed_at"
        `);
    }

}
