-- CreateEnum
CREATE TYPE "school_proposal_state" AS ENUM ('PENDING', 'ACCEPTED', 'REJECTED', 'WITHDRAWN');

-- CreateTable
CREATE TABLE "school_proposals" (
    "id" SERIAL NOT NULL,
    "school_id" INTEGER NOT NULL,
    "proposed_by_id" INTEGER NOT NULL,
    "changes" JSONB NOT NULL,
    "base_updated_at" TIMESTAMP(3) NOT NULL,
    "note" VARCHAR(500) NOT NULL,
    "state" "school_proposal_state" NOT NULL DEFAULT 'PENDING',
    "decided_by_id" INTEGER,
    "decided_at" TIMESTAMP(3),
    "reject_reason" VARCHAR(500),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "school_proposals_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "school_proposals_school_id_state_idx" ON "school_proposals"("school_id", "state");

-- CreateIndex
CREATE INDEX "school_proposals_state_created_at_idx" ON "school_proposals"("state", "created_at");

-- AddForeignKey
ALTER TABLE "school_proposals" ADD CONSTRAINT "school_proposals_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "school_proposals" ADD CONSTRAINT "school_proposals_proposed_by_id_fkey" FOREIGN KEY ("proposed_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "school_proposals" ADD CONSTRAINT "school_proposals_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
