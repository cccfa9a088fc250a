import { MigrationInterface, QueryRunner } from "typeorm";

export class CaseReassignments1795922911540 implements MigrationInterface {
    name = 'CaseReassignments1795922911540'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "case_reassignments" (
                "id" uuid NOT NULL,
                "case_id" uuid NOT NULL,
                "from_organisation" character varying(64) NOT NULL,
                "requested_organisation" character varying(64),
                "reason" character varying(1000) NOT NULL,
                "referred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "policy_id" character varying(64) NOT NULL,
                "policy_version" integer NOT NULL,
                "rule_id" character varying(64),
                "via" character varying(32) NOT NULL,
                "outcome" jsonb NOT NULL,
                "explanation" text NOT NULL,
                "reassigned_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "pk_case_reassignments" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "idx_case_reassignments_case_referred" ON "case_reassignments" ("case_id", "referred_at")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."idx_case_reassignments_case_referred"
        `);
        await queryRunner.query(`
            DROP TABLE "case_reassignments"
        `);
    }

}
