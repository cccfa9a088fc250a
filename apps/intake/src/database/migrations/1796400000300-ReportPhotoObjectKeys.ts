import { MigrationInterface, QueryRunner } from "typeorm";

export class ReportPhotoObjectKeys1796400000300 implements MigrationInterface {
    name = 'ReportPhotoObjectKeys1796400000300'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "report_photos"
            ADD "object_key" character varying(200)
        `);
        await queryRunner.query(`
            ALTER TABLE "report_photos"
            ALTER COLUMN "data" DROP NOT NULL
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "idx_report_photos_object_key" ON "report_photos" ("object_key")
        `);
        await queryRunner.query(`
            ALTER TABLE "report_photos"
            ADD CONSTRAINT "chk_report_photos_bytes_in_one_place" CHECK (("data" IS NULL) <> ("object_key" IS NULL))
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "report_photos" DROP CONSTRAINT "chk_report_photos_bytes_in_one_place"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_report_photos_object_key"
        `);
        await queryRunner.query(`
            ALTER TABLE "report_photos"
            ALTER COLUMN "data" SET NOT NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "report_photos" DROP COLUMN "object_key"
        `);
    }

}
