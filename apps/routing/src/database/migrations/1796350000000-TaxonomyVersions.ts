import { MigrationInterface, QueryRunner } from "typeorm";

export class TaxonomyVersions1796350000000 implements MigrationInterface {
    name = 'TaxonomyVersions1796350000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "taxonomy_versions" (
                "version" integer NOT NULL,
                "status" character varying(16) NOT NULL,
                "document" jsonb NOT NULL,
                "revision" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "created_by" character varying(200),
                "published_at" TIMESTAMP WITH TIME ZONE,
                "published_by" character varying(200),
                "superseded_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_taxonomy_versions" PRIMARY KEY ("version")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_taxonomy_versions_one_published" ON "taxonomy_versions" ("status")
            WHERE status = 'published'
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."uq_taxonomy_versions_one_published"
        `);
        await queryRunner.query(`
            DROP TABLE "taxonomy_versions"
        `);
    }

}
