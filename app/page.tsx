import { redirect } from "next/navigation";
import { landingPathFor } from "@/lib/auth/landing";
import { requireUser } from "@/lib/auth/session";

/** The start page is the user's role landing. */
export default async function StartPage() {
  const user = await requireUser();
  redirect(landingPathFor(user));
}
