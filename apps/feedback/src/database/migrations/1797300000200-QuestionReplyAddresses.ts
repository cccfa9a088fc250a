import { MigrationInterface, QueryRunner } from "typeorm";

/** A reporter may answer a question by replying to its e-mail: each e-mail's own reply address, and where replies go. */
export class QuestionReplyAddresses1797300000200 implements MigrationInterface {
    name = 'QuestionReplyAddresses1797300000200'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "reporter_messages" ADD "reply_to" character varying(254)
        `);
        await queryRunner.query(`
            CREATE TABLE "question_reply_addresses" (
                "token_hash" character(64) NOT NULL,
                "question_id" uuid NOT NULL,
                "report_id" uuid NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_question_reply_addresses" PRIMARY KEY ("token_hash")
            )
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "question_reply_addresses"`);
        await queryRunner.query(`ALTER TABLE "reporter_messages" DROP COLUMN "reply_to"`);
    }

}
