import { MigrationInterface, QueryRunner } from "typeorm";

export class DisclosurePolicyVersions1795928774082 implements MigrationInterface {
    name = 'DisclosurePolicyVersions1795928774082'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "disclosure_policy_audit" (
                "id" BIGSERIAL NOT NULL,
                "kind" character varying(16) NOT NULL,
                "version" integer NOT NULL,
                "action" character varying(16) NOT NULL,
                "actor_subject" character varying(80) NOT NULL,
                "actor_username" character varying(120) NOT NULL,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "before" jsonb,
                "after" jsonb NOT NULL,
                CONSTRAINT "PK_611082d1cae8701213447b8f1ba" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_disclosure_policy_audit_kind_at" ON "disclosure_policy_audit" ("kind", "at")
        `);
        await queryRunner.query(`
            CREATE TABLE "disclosure_policy_versions" (
                "kind" character varying(16) NOT NULL,
                "version" integer NOT NULL,
                "content" jsonb NOT NULL,
                "created_by_subject" character varying(80) NOT NULL,
                "created_by_username" character varying(120) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_2c42480fdcd0828cc39e6f477a4" PRIMARY KEY ("kind", "version")
            )
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP TABLE "disclosure_policy_versions"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_disclosure_policy_audit_kind_at"
        `);
        await queryRunner.query(`
            DROP TABLE "disclosure_policy_audit"
        `);
    }

}
