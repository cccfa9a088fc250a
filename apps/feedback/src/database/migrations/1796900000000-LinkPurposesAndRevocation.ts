import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Signed links with purposes, key ids and revocation: a reporter can revoke all their links at once
 * (`links_not_before`), single links are revoked by token id, and requests for data links are counted.
 */
export class LinkPurposesAndRevocation1796900000000 implements MigrationInterface {
    name = 'LinkPurposesAndRevocation1796900000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "reporters"
            ADD "links_not_before" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            CREATE TABLE "revoked_reporter_links" (
                "token_id" uuid NOT NULL,
                "report_id" uuid NOT NULL,
                "reason" character varying(20) NOT NULL,
                "revoked_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_revoked_reporter_links" PRIMARY KEY ("token_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_revoked_reporter_links_expiry" ON "revoked_reporter_links" ("expires_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "data_link_requests" (
                "token_id" uuid NOT NULL,
                "report_id" uuid NOT NULL,
                "purpose" character varying(10) NOT NULL,
                "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_data_link_requests" PRIMARY KEY ("token_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_data_link_requests_report" ON "data_link_requests" ("report_id", "requested_at")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."idx_data_link_requests_report"`);
        await queryRunner.query(`DROP TABLE "data_link_requests"`);
        await queryRunner.query(`DROP INDEX "public"."idx_revoked_reporter_links_expiry"`);
        await queryRunner.query(`DROP TABLE "revoked_reporter_links"`);
        await queryRunner.query(`ALTER TABLE "reporters" DROP COLUMN "links_not_before"`);
    }
}
