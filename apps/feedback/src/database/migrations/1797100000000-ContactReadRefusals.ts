import { MigrationInterface, QueryRunner } from "typeorm";

/** Refused attempts to read reporter data are kept in the contact-detail audit log too, with the refusal. */
export class ContactReadRefusals1797100000000 implements MigrationInterface {
    name = 'ContactReadRefusals1797100000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "contact_detail_reads"
            ADD "outcome" character varying(16) NOT NULL DEFAULT 'read'
        `);
        await queryRunner.query(`
            ALTER TABLE "contact_detail_reads"
            ADD "refusal" character varying(64)
        `);
        await queryRunner.query(`
            ALTER TABLE "contact_detail_reads"
            ALTER COLUMN "report_id" DROP NOT NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "contact_detail_reads"
            ALTER COLUMN "reporter_ref" DROP NOT NULL
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DELETE FROM "contact_detail_reads" WHERE "outcome" = 'refused'
        `);
        await queryRunner.query(`
            ALTER TABLE "contact_detail_reads"
            ALTER COLUMN "reporter_ref" SET NOT NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "contact_detail_reads"
            ALTER COLUMN "report_id" SET NOT NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "contact_detail_reads" DROP COLUMN "refusal"
        `);
        await queryRunner.query(`
            ALTER TABLE "contact_detail_reads" DROP COLUMN "outcome"
        `);
    }
}
