import { MigrationInterface, QueryRunner } from "typeorm";

export class OutgoingWebhooks1796456857610 implements MigrationInterface {
    name = 'OutgoingWebhooks1796456857610'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "webhook_subscriptions" (
                "id" uuid NOT NULL,
                "name" character varying(100) NOT NULL,
                "target_url" character varying(2000) NOT NULL,
                "channels" text array NOT NULL,
                "filter_categories" text array NOT NULL,
                "filter_organisations" text array NOT NULL,
                "fields" text array NOT NULL,
                "secret" character varying(100) NOT NULL,
                "status" character varying(20) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "created_by_username" character varying(200) NOT NULL,
                "disabled_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "pk_webhook_subscriptions" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "webhook_deliveries" (
                "id" uuid NOT NULL,
                "subscription_id" uuid NOT NULL,
                "event_id" uuid NOT NULL,
                "event_type" character varying(100) NOT NULL,
                "case_id" uuid NOT NULL,
                "payload" jsonb NOT NULL,
                "status" character varying(20) NOT NULL,
                "attempts" integer NOT NULL,
                "next_attempt_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "last_attempt_at" TIMESTAMP WITH TIME ZONE,
                "last_error" character varying(500),
                "delivered_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "uq_webhook_deliveries_subscription_event" UNIQUE ("subscription_id", "event_id"),
                CONSTRAINT "pk_webhook_deliveries" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_webhook_deliveries_subscription_created" ON "webhook_deliveries" ("subscription_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_webhook_deliveries_due" ON "webhook_deliveries" ("next_attempt_at")
            WHERE status = 'pending'
        `);
        await queryRunner.query(`
            CREATE TABLE "webhook_delivery_attempts" (
                "delivery_id" uuid NOT NULL,
                "attempt" integer NOT NULL,
                "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "status_code" integer,
                "error" character varying(500),
                "duration_ms" integer NOT NULL,
                CONSTRAINT "pk_webhook_delivery_attempts" PRIMARY KEY ("delivery_id", "attempt")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "webhook_deliveries"
            ADD CONSTRAINT "fk_webhook_deliveries_subscription" FOREIGN KEY ("subscription_id") REFERENCES "webhook_subscriptions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "webhook_delivery_attempts"
            ADD CONSTRAINT "fk_webhook_delivery_attempts_delivery" FOREIGN KEY ("delivery_id") REFERENCES "webhook_deliveries"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "webhook_delivery_attempts" DROP CONSTRAINT "fk_webhook_delivery_attempts_delivery"
        `);
        await queryRunner.query(`
            ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "fk_webhook_deliveries_subscription"
        `);
        await queryRunner.query(`
            DROP TABLE "webhook_delivery_attempts"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_webhook_deliveries_due"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_webhook_deliveries_subscription_created"
        `);
        await queryRunner.query(`
            DROP TABLE "webhook_deliveries"
        `);
        await queryRunner.query(`
            DROP TABLE "webhook_subscriptions"
        `);
    }

}
