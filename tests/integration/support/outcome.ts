import { AppError } from "@/lib/errors";

/** What a call of the data layer ended in: the saved row, or the expected refusal's code and details. */
export async function outcome<T>(write: Promise<T>) {
  try {
    return { saved: await write };
  } catch (error) {
    if (error instanceof AppError) return { refused: error };
    throw error;
  }
}
