-- CreateTable
CREATE TABLE "school_past_states" (
    "school_id" INTEGER NOT NULL,
    "valid_until" DATE NOT NULL,
    "urban_rural_code" CHAR(3),
    "location_class" "location_class" NOT NULL,
    "is_town_seat" BOOLEAN NOT NULL,
    "recorded_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "school_past_states_pkey" PRIMARY KEY ("school_id","valid_until")
);

-- AddForeignKey
ALTER TABLE "school_past_states" ADD CONSTRAINT "school_past_states_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE CASCADE ON UPDATE CASCADE;
