-- The language each user reads their messages in (e-mail), chosen with the language switcher, Chinese until then
ALTER TABLE "users" ADD COLUMN "locale" VARCHAR(5) NOT NULL DEFAULT 'zh';
ALTER TABLE "users" ADD CONSTRAINT "users_locale_check" CHECK ("locale" IN ('zh', 'en'));
