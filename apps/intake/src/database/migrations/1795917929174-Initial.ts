import { MigrationInterface, QueryRunner } from "typeorm";

export class Initial1795917929174 implements MigrationInterface {
    name = 'Initial1795917929174'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "inbox_messages" (
                "consumer" character varying(200) NOT NULL,
                "event_id" uuid NOT NULL,
                "event_type" character varying(200) NOT NULL,
                "processed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_e22cabc99c47a28c4c2dbe12bfd" PRIMARY KEY ("consumer", "event_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "outbox_messages" (
                "sequence" BIGSERIAL NOT NULL,
                "event_id" uuid NOT NULL,
                "topic" character varying(200) NOT NULL,
                "message_key" character varying(200) NOT NULL,
                "envelope" jsonb NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "published_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_ba46b1aae759ccbc4d2f9ec30e7" PRIMARY KEY ("sequence")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_outbox_messages_event_id" ON "outbox_messages" ("event_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_outbox_messages_unpublished" ON "outbox_messages" ("sequence")
            WHERE published_at IS NULL
        `);
        await queryRunner.query(`
            CREATE TABLE "idempotency_keys" (
                "key" character varying(200) NOT NULL,
                "request_hash" character(64) NOT NULL,
                "report_id" uuid NOT NULL,
                "response" jsonb NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_0afd83cbf08c9d12089a9bffc5e" PRIMARY KEY ("key")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "reports" (
                "id" uuid NOT NULL,
                "reporter_ref" character varying(80) NOT NULL,
                "description" text NOT NULL,
                "category_main" character varying(64),
                "category_sub" character varying(64),
                "lat" double precision NOT NULL,
                "lon" double precision NOT NULL,
                "reporter_tier" character varying(20) NOT NULL,
                "channel" character varying(20) NOT NULL,
                "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_d9013193989303580053c0b5ef6" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_reports_submitted_at" ON "reports" ("submitted_at")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."idx_reports_submitted_at"
        `);
        await queryRunner.query(`
            DROP TABLE "reports"
        `);
        await queryRunner.query(`
            DROP TABLE "idempotency_keys"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_outbox_messages_unpublished"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_outbox_messages_event_id"
        `);
        await queryRunner.query(`
            DROP TABLE "outbox_messages"
        `);
        await queryRunner.query(`
            DROP TABLE "inbox_messages"
        `);
    }

}
