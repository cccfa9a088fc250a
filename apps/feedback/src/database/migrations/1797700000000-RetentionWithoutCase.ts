import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Retention also reaches a reporter whose report never joined a case (issue #13 §3): such a removal is logged with
 * no case and no closing time.
 */
export class RetentionWithoutCase1797700000000 implements MigrationInterface {
    name = 'RetentionWithoutCase1797700000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "retention_log" ALTER COLUMN "case_id" DROP NOT NULL`);
        await queryRunner.query(`ALTER TABLE "retention_log" ALTER COLUMN "case_closed_at" DROP NOT NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DELETE FROM "retention_log" WHERE "case_id" IS NULL`);
        await queryRunner.query(`ALTER TABLE "retention_log" ALTER COLUMN "case_closed_at" SET NOT NULL`);
        await queryRunner.query(`ALTER TABLE "retention_log" ALTER COLUMN "case_id" SET NOT NULL`);
    }
}
