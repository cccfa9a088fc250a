import { MigrationInterface, QueryRunner } from "typeorm";

export class PolicyVersionAuthors1796340000000 implements MigrationInterface {
    name = 'PolicyVersionAuthors1796340000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "routing_policies" ADD "created_by" character varying(200)
        `);
        await queryRunner.query(`
            ALTER TABLE "routing_policies" ADD "published_by" character varying(200)
        `);
        await queryRunner.query(`
            ALTER TABLE "routing_policies" ADD "retired_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "routing_policies" ADD "retired_by" character varying(200)
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "routing_policies" DROP COLUMN "retired_by"
        `);
        await queryRunner.query(`
            ALTER TABLE "routing_policies" DROP COLUMN "retired_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "routing_policies" DROP COLUMN "published_by"
        `);
        await queryRunner.query(`
            ALTER TABLE "routing_policies" DROP COLUMN "created_by"
        `);
    }

}
