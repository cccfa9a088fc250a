import { MigrationInterface, QueryRunner } from "typeorm";

export class CaseAddressKeys1795929983127 implements MigrationInterface {
    name = 'CaseAddressKeys1795929983127'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "case_address_keys" (
                "report_id" uuid NOT NULL,
                "address_key" character(64) NOT NULL,
                CONSTRAINT "pk_case_address_keys" PRIMARY KEY ("report_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_case_address_keys_key" ON "case_address_keys" ("address_key")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."idx_case_address_keys_key"
        `);
        await queryRunner.query(`
            DROP TABLE "case_address_keys"
        `);
    }

}
