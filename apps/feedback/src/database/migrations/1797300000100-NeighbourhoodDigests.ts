import { MigrationInterface, QueryRunner } from "typeorm";

/** Signed-in residents' daily digests of their neighbourhood (the address encrypted). */
export class NeighbourhoodDigests1797300000100 implements MigrationInterface {
    name = 'NeighbourhoodDigests1797300000100'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "neighbourhood_digests" (
                "id" uuid NOT NULL,
                "subject_key" character varying(64) NOT NULL,
                "email" text NOT NULL,
                "area_id" character varying(64) NOT NULL,
                "language" character varying(2) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "covered_until" TIMESTAMP WITH TIME ZONE NOT NULL,
                "next_due_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_neighbourhood_digests" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_neighbourhood_digests_subject" ON "neighbourhood_digests" ("subject_key")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_neighbourhood_digests_due" ON "neighbourhood_digests" ("next_due_at")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "neighbourhood_digests"`);
    }

}
