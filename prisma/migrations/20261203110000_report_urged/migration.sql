-- AlterEnum
ALTER TYPE "notification_kind" ADD VALUE 'REPORT_URGED';
