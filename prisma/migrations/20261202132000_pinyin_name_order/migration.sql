-- Names of schools, teachers, towns and education groups sort by pinyin (阿、安、北 … 张、赵), as people look them
-- up, instead of by code point. The collation is the Chinese pinyin order of ICU. As the collation of the columns it
-- applies to every ORDER BY on them, in lists and exports alike. It is deterministic, so equality, LIKE and unique
-- indexes behave as before. (No semicolons in these comments: the migration runner splits statements on them.)
CREATE COLLATION IF NOT EXISTS "pinyin" (provider = icu, locale = 'zh-u-co-pinyin');

ALTER TABLE "schools" ALTER COLUMN "name" TYPE VARCHAR(100) COLLATE "pinyin";
ALTER TABLE "teachers" ALTER COLUMN "name" TYPE VARCHAR(50) COLLATE "pinyin";
ALTER TABLE "towns" ALTER COLUMN "name" TYPE VARCHAR(50) COLLATE "pinyin";
ALTER TABLE "education_groups" ALTER COLUMN "name" TYPE VARCHAR(100) COLLATE "pinyin";
