import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * An e-mail attempt is recorded (status `sending`, `sending_since`) before the message leaves; a receipt that has
 * to wait for the case keeps its whole tracking code, encrypted, until it is planned.
 */
export class DeliveryAttemptsAndLateReceipts1795990000000 implements MigrationInterface {
    name = 'DeliveryAttemptsAndLateReceipts1795990000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "reporter_messages"
            ADD "sending_since" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "reporters"
            ADD "receipt_tracking_code" text
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_reporter_messages_sending" ON "reporter_messages" ("sending_since")
            WHERE "status" = 'sending'
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."idx_reporter_messages_sending"
        `);
        await queryRunner.query(`
            ALTER TABLE "reporter_messages" DROP COLUMN "sending_since"
        `);
        await queryRunner.query(`
            ALTER TABLE "reporters" DROP COLUMN "receipt_tracking_code"
        `);
    }
}
