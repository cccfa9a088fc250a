import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Learning from coordinators (issue #14 §3), for categories: how a case's category was chosen when it opened (the
 * reporter, or the suggester for a report without one), and every category a coordinator corrected, kept as a
 * labelled example (categories and dates only: no text, place or person).
 */
export class CategoryCorrections1797900000000 implements MigrationInterface {
    name = 'CategoryCorrections1797900000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "cases" ADD "category_source" character varying(16)`);
        await queryRunner.query(`
            CREATE TABLE "category_corrections" (
                "id" BIGSERIAL NOT NULL,
                "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "case_id" uuid NOT NULL,
                "case_opened_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "category_source" character varying(16),
                "from_main" character varying(64) NOT NULL,
                "from_sub" character varying(64),
                "to_main" character varying(64) NOT NULL,
                "to_sub" character varying(64),
                CONSTRAINT "PK_category_corrections" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`CREATE INDEX "idx_category_corrections_case_opened_at" ON "category_corrections" ("case_opened_at")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."idx_category_corrections_case_opened_at"`);
        await queryRunner.query(`DROP TABLE "category_corrections"`);
        await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "category_source"`);
    }
}
