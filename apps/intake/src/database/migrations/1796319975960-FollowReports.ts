import { MigrationInterface, QueryRunner } from "typeorm";

export class FollowReports1796319975960 implements MigrationInterface {
    name = 'FollowReports1796319975960'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "reports"
            ADD "kind" character varying(16) NOT NULL DEFAULT 'report'
        `);
        await queryRunner.query(`
            ALTER TABLE "reports"
            ADD "follows_case_id" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "reports"
            ALTER COLUMN "description" DROP NOT NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "reports"
            ALTER COLUMN "lat" DROP NOT NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "reports"
            ALTER COLUMN "lon" DROP NOT NULL
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "reports"
            ALTER COLUMN "lon"
            SET NOT NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "reports"
            ALTER COLUMN "lat"
            SET NOT NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "reports"
            ALTER COLUMN "description"
            SET NOT NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "reports" DROP COLUMN "follows_case_id"
        `);
        await queryRunner.query(`
            ALTER TABLE "reports" DROP COLUMN "kind"
        `);
    }

}
