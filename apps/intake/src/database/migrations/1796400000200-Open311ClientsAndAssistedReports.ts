import { MigrationInterface, QueryRunner } from "typeorm";

export class Open311ClientsAndAssistedReports1796400000200 implements MigrationInterface {
    name = 'Open311ClientsAndAssistedReports1796400000200'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "open311_clients" (
                "id" uuid NOT NULL,
                "name" character varying(200) NOT NULL,
                "key_hash" character(64) NOT NULL,
                "key_prefix" character varying(16) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "created_by" character varying(200) NOT NULL,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "revoked_by" character varying(200),
                CONSTRAINT "PK_33b21078ec27d11a3aec027d57b" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "idx_open311_clients_key_hash" ON "open311_clients" ("key_hash")
        `);
        await queryRunner.query(`
            CREATE TABLE "admin_audit" (
                "id" uuid NOT NULL,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "actor_subject" character varying(200) NOT NULL,
                "actor_username" character varying(200) NOT NULL,
                "action" character varying(64) NOT NULL,
                "target_id" character varying(200) NOT NULL,
                "details" jsonb NOT NULL,
                CONSTRAINT "PK_5ad48a4d9d16397ef37e28bb0be" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_admin_audit_at" ON "admin_audit" ("at")
        `);
        await queryRunner.query(`
            ALTER TABLE "reports"
            ADD "submitted_by_subject" character varying(200)
        `);
        await queryRunner.query(`
            ALTER TABLE "reports"
            ADD "submitted_by_username" character varying(200)
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "reports" DROP COLUMN "submitted_by_username"
        `);
        await queryRunner.query(`
            ALTER TABLE "reports" DROP COLUMN "submitted_by_subject"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_admin_audit_at"
        `);
        await queryRunner.query(`
            DROP TABLE "admin_audit"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_open311_clients_key_hash"
        `);
        await queryRunner.query(`
            DROP TABLE "open311_clients"
        `);
    }

}
