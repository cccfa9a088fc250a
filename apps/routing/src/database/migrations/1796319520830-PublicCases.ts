import { MigrationInterface, QueryRunner } from "typeorm";

export class PublicCases1796319520830 implements MigrationInterface {
    name = 'PublicCases1796319520830'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "cases"
            ADD "work_status" character varying(16) NOT NULL DEFAULT 'new'
        `);
        // Cases closed before the column existed: their last state is known.
        await queryRunner.query(`UPDATE "cases" SET "work_status" = 'closed' WHERE "status" = 'closed'`);
        await queryRunner.query(`
            CREATE INDEX "idx_cases_public_category_opened" ON "cases" ("category_main", "opened_at")
            WHERE status = 'open'
                AND sensitivity <= 2
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_cases_public_place" ON "cases" ("lat", "lon")
            WHERE status = 'open'
                AND sensitivity <= 2
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."idx_cases_public_place"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_cases_public_category_opened"
        `);
        await queryRunner.query(`
            ALTER TABLE "cases" DROP COLUMN "work_status"
        `);
    }

}
