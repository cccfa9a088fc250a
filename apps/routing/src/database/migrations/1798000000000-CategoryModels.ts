import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Retraining the category suggester (issue #14 §3): each category correction keeps its reports' text reduced to the
 * words the repository's examples already contain, and versioned suggester models with their evaluations and the
 * history of which one was active.
 */
export class CategoryModels1798000000000 implements MigrationInterface {
    name = 'CategoryModels1798000000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "category_corrections" ADD "known_words" text`);
        await queryRunner.query(`
            CREATE TABLE "category_models" (
                "version" integer NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "created_by" character varying(200) NOT NULL,
                "examples" jsonb NOT NULL,
                "trained_on" jsonb NOT NULL,
                "evaluation" jsonb,
                CONSTRAINT "PK_category_models" PRIMARY KEY ("version")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "category_model_activations" (
                "id" SERIAL NOT NULL,
                "version" integer NOT NULL,
                "activated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "activated_by" character varying(200) NOT NULL,
                "reason" text NOT NULL,
                CONSTRAINT "PK_category_model_activations" PRIMARY KEY ("id")
            )
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "category_model_activations"`);
        await queryRunner.query(`DROP TABLE "category_models"`);
        await queryRunner.query(`ALTER TABLE "category_corrections" DROP COLUMN "known_words"`);
    }
}
