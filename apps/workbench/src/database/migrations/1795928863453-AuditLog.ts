import { MigrationInterface, QueryRunner } from "typeorm";

export class AuditLog1795928863453 implements MigrationInterface {
    name = 'AuditLog1795928863453'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "audit_chain_head" (
                "id" smallint NOT NULL,
                "last_sequence" bigint NOT NULL,
                "last_hash" character(64) NOT NULL,
                CONSTRAINT "pk_audit_chain_head" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "audit_log_entries" (
                "sequence" bigint NOT NULL,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "actor_kind" character varying(16) NOT NULL,
                "actor_subject" character varying(100),
                "actor_username" character varying(200),
                "actor_roles" text array NOT NULL,
                "actor_organisation" character varying(64),
                "action" character varying(64) NOT NULL,
                "case_id" uuid,
                "details" jsonb NOT NULL,
                "correlation_id" character varying(128),
                "previous_hash" character(64) NOT NULL,
                "hash" character(64) NOT NULL,
                CONSTRAINT "pk_audit_log_entries" PRIMARY KEY ("sequence")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_audit_log_occurred_at" ON "audit_log_entries" ("occurred_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_audit_log_actor_subject_sequence" ON "audit_log_entries" ("actor_subject", "sequence")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_audit_log_actor_username_sequence" ON "audit_log_entries" ("actor_username", "sequence")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_audit_log_case_sequence" ON "audit_log_entries" ("case_id", "sequence")
        `);
        // Written by hand: the chain starts empty (sequence 0, the genesis hash), and the log is append-only —
        // UPDATE, DELETE and TRUNCATE are refused for everyone until the table's owner disables the trigger
        // (which the hash chain then gives away).
        await queryRunner.query(`
            INSERT INTO "audit_chain_head" ("id", "last_sequence", "last_hash") VALUES (1, 0, repeat('0', 64))
        `);
        await queryRunner.query(`
            CREATE FUNCTION "audit_log_entries_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit_log_entries is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
            END
            $$
        `);
        await queryRunner.query(`
            CREATE TRIGGER "trg_audit_log_entries_append_only" BEFORE UPDATE OR DELETE ON "audit_log_entries"
            FOR EACH ROW EXECUTE FUNCTION "audit_log_entries_append_only"()
        `);
        await queryRunner.query(`
            CREATE TRIGGER "trg_audit_log_entries_no_truncate" BEFORE TRUNCATE ON "audit_log_entries"
            FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_entries_append_only"()
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP TRIGGER "trg_audit_log_entries_no_truncate" ON "audit_log_entries"
        `);
        await queryRunner.query(`
            DROP TRIGGER "trg_audit_log_entries_append_only" ON "audit_log_entries"
        `);
        await queryRunner.query(`
            DROP FUNCTION "audit_log_entries_append_only"()
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_audit_log_case_sequence"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_audit_log_actor_username_sequence"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_audit_log_actor_subject_sequence"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_audit_log_occurred_at"
        `);
        await queryRunner.query(`
            DROP TABLE "audit_log_entries"
        `);
        await queryRunner.query(`
            DROP TABLE "audit_chain_head"
        `);
    }

}
