import { MigrationInterface, QueryRunner } from "typeorm";

export class CaseReferrals1795922860317 implements MigrationInterface {
    name = 'CaseReferrals1795922860317'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "case_referrals" (
                "id" uuid NOT NULL,
                "case_id" uuid NOT NULL,
                "from_organisation" character varying(64) NOT NULL,
                "from_team" character varying(64) NOT NULL,
                "requested_organisation" character varying(64),
                "to_organisation" character varying(64),
                "reason" character varying(1000) NOT NULL,
                "referred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "referred_version" integer NOT NULL,
                "reassigned_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "pk_case_referrals" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_case_referrals_from_case" ON "case_referrals" ("from_organisation", "case_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_case_referrals_case_referred" ON "case_referrals" ("case_id", "referred_at")
        `);
        await queryRunner.query(`
            ALTER TABLE "case_referrals"
            ADD CONSTRAINT "fk_case_referrals_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "case_referrals" DROP CONSTRAINT "fk_case_referrals_case"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_case_referrals_case_referred"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_case_referrals_from_case"
        `);
        await queryRunner.query(`
            DROP TABLE "case_referrals"
        `);
    }

}
