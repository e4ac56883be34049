-- CreateEnum
CREATE TYPE "delivery_channel" AS ENUM ('EMAIL', 'WECOM', 'DINGTALK');

-- CreateEnum
CREATE TYPE "delivery_status" AS ENUM ('QUEUED', 'SENT', 'FAILED');

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "email" VARCHAR(254);

-- CreateTable
CREATE TABLE "message_deliveries" (
    "id" SERIAL NOT NULL,
    "city_id" INTEGER NOT NULL,
    "channel" "delivery_channel" NOT NULL,
    "target" VARCHAR(254) NOT NULL,
    "user_id" INTEGER,
    "notification_id" INTEGER,
    "kind" "notification_kind" NOT NULL,
    "params" JSONB NOT NULL DEFAULT '{}',
    "link" VARCHAR(300) NOT NULL,
    "dedupe_key" VARCHAR(200) NOT NULL,
    "status" "delivery_status" NOT NULL DEFAULT 'QUEUED',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" VARCHAR(300),
    "job_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "sent_at" TIMESTAMP(3),

    CONSTRAINT "message_deliveries_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "message_deliveries_city_id_created_at_id_idx" ON "message_deliveries"("city_id", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "message_deliveries_city_id_status_idx" ON "message_deliveries"("city_id", "status");

-- CreateIndex
CREATE INDEX "message_deliveries_undispatched_idx" ON "message_deliveries"("id") WHERE (job_id IS NULL AND status = 'QUEUED');

-- CreateIndex
CREATE UNIQUE INDEX "message_deliveries_channel_dedupe_key_key" ON "message_deliveries"("channel", "dedupe_key");

-- AddForeignKey
ALTER TABLE "message_deliveries" ADD CONSTRAINT "message_deliveries_city_id_fkey" FOREIGN KEY ("city_id") REFERENCES "cities"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "message_deliveries" ADD CONSTRAINT "message_deliveries_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "message_deliveries" ADD CONSTRAINT "message_deliveries_notification_id_fkey" FOREIGN KEY ("notification_id") REFERENCES "notifications"("id") ON DELETE SET NULL ON UPDATE CASCADE;
