import { MigrationInterface, QueryRunner } from "typeorm";

/** The category suggester versions routing activated (`category-model.activated`): the highest activation is in force. */
export class ReceivedCategoryModels1798000000000 implements MigrationInterface {
    name = 'ReceivedCategoryModels1798000000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "received_category_models" (
                "activation" integer NOT NULL,
                "version" integer NOT NULL,
                "examples" jsonb NOT NULL,
                "activated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_received_category_models" PRIMARY KEY ("activation")
            )
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "received_category_models"`);
    }
}
