import { MigrationInterface, QueryRunner } from "typeorm";

export class ParkedLinkedReports1795921925816 implements MigrationInterface {
    name = 'ParkedLinkedReports1795921925816'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "parked_linked_reports" (
                "report_id" uuid NOT NULL,
                "case_id" uuid NOT NULL,
                "event" jsonb NOT NULL,
                CONSTRAINT "PK_f89889438436e158de94a02c043" PRIMARY KEY ("report_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_parked_linked_reports_case" ON "parked_linked_reports" ("case_id")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."idx_parked_linked_reports_case"
        `);
        await queryRunner.query(`
            DROP TABLE "parked_linked_reports"
        `);
    }

}
