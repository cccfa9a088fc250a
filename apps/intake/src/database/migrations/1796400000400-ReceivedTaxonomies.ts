import { MigrationInterface, QueryRunner } from "typeorm";

export class ReceivedTaxonomies1796400000400 implements MigrationInterface {
    name = 'ReceivedTaxonomies1796400000400'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "received_taxonomies" (
                "version" integer NOT NULL,
                "document" jsonb NOT NULL,
                "published_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_received_taxonomies" PRIMARY KEY ("version")
            )
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP TABLE "received_taxonomies"
        `);
    }

}
