import { MigrationInterface, QueryRunner } from "typeorm";

export class NeighbourhoodPriorities1796330000000 implements MigrationInterface {
    name = 'NeighbourhoodPriorities1796330000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "neighbourhood_priorities" (
                "respondent_key" character(64) NOT NULL,
                "area_id" character varying(64) NOT NULL,
                "themes" text array NOT NULL,
                CONSTRAINT "PK_neighbourhood_priorities" PRIMARY KEY ("respondent_key")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_neighbourhood_priorities_area" ON "neighbourhood_priorities" ("area_id")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."idx_neighbourhood_priorities_area"
        `);
        await queryRunner.query(`
            DROP TABLE "neighbourhood_priorities"
        `);
    }

}
