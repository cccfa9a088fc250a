import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Learning from coordinators (issue #14 §3): which links were automatic and which a coordinator confirmed,
 * every correction kept as a labelled example (measures only: no text, place, time or ids), and versioned
 * linking models with their evaluations and the history of which one was active.
 */
export class LinkingLearning1797700000000 implements MigrationInterface {
    name = 'LinkingLearning1797700000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "report_links" ADD "automatic" boolean NOT NULL DEFAULT false`);
        await queryRunner.query(`ALTER TABLE "report_links" ADD "confirmed_at" TIMESTAMP WITH TIME ZONE`);
        // before this migration every link the linker made explained itself as "Linked to case ..."
        await queryRunner.query(`UPDATE "report_links" SET "automatic" = true WHERE "explanation" LIKE 'Linked to case %'`);
        await queryRunner.query(`
            CREATE TABLE "linking_examples" (
                "id" BIGSERIAL NOT NULL,
                "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "source" character varying(32) NOT NULL,
                "automatic_link" boolean NOT NULL,
                "same_incident" boolean NOT NULL,
                "within_reach" boolean NOT NULL,
                "distance" double precision NOT NULL,
                "time" double precision NOT NULL,
                "text" double precision NOT NULL,
                "category_level" character varying(16) NOT NULL,
                CONSTRAINT "PK_linking_examples" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`CREATE INDEX "idx_linking_examples_recorded_at" ON "linking_examples" ("recorded_at")`);
        await queryRunner.query(`
            CREATE TABLE "linking_models" (
                "version" integer NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "created_by" character varying(200) NOT NULL,
                "rules" jsonb NOT NULL,
                "trained_on" jsonb NOT NULL,
                "evaluation" jsonb,
                CONSTRAINT "PK_linking_models" PRIMARY KEY ("version")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "linking_model_activations" (
                "id" SERIAL NOT NULL,
                "version" integer NOT NULL,
                "activated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "activated_by" character varying(200) NOT NULL,
                "reason" text NOT NULL,
                CONSTRAINT "PK_linking_model_activations" PRIMARY KEY ("id")
            )
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "linking_model_activations"`);
        await queryRunner.query(`DROP TABLE "linking_models"`);
        await queryRunner.query(`DROP INDEX "public"."idx_linking_examples_recorded_at"`);
        await queryRunner.query(`DROP TABLE "linking_examples"`);
        await queryRunner.query(`ALTER TABLE "report_links" DROP COLUMN "confirmed_at"`);
        await queryRunner.query(`ALTER TABLE "report_links" DROP COLUMN "automatic"`);
    }
}
