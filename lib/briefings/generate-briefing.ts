import "server-only";
import { createHash } from "node:crypto";
import { assertCan } from "@/lib/auth/permissions";
import { ownCityId, scopeOf, viewerOf } from "@/lib/auth/scope";
import { sharedValue } from "@/lib/cache/shared-cache";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { getBriefingData } from "@/lib/data/briefings/get-briefing-data";
import { getProvinceBriefingData } from "@/lib/data/briefings/get-province-briefing-data";
import { dataVersionOf, provinceDataVersion } from "@/lib/data/indicators/data-version";
import type { Locale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import { renderBriefingPdfOffThread } from "@/lib/pdf/pdf-pool";
import { type Quarter, quarterKey, referenceDateOf } from "@/lib/utils/periods";
import { composeBriefing, type BriefingContent } from "./compose-briefing";

export interface GeneratedBriefing {
  fileName: string;
  pdf: Buffer;
}

/** A briefing is kept two days at most; a write makes a new key long before that for an open quarter. */
const BRIEFING_TTL_SECONDS = 2 * 24 * 3600;

/**
 * The quarter's briefing PDF of the user's scope (a province's, a city's, a county's) or of one county in a city's;
 * null when the county is not in scope.
 * Generated from the data layer; the same inputs give the same document, so it is rendered once per role and scope,
 * quarter, language, reference day and data version of its scope and then served as it is (decision 0032): a closed
 * quarter's briefing is rendered once, and leaders opening the same briefing do not each pay a second of CPU.
 */
export async function generateBriefing(
  user: SessionUser,
  options: { countyId: number | null; quarter: Quarter; locale: Locale; now?: Date },
): Promise<GeneratedBriefing | null> {
  // The check before the cache: a hit must not skip it. The scope is in the key, and the data layer checks it on a miss.
  assertCan(user, "briefings:export");
  const now = options.now ?? new Date();
  // The province's briefing rolls up every city's figures: its version is all its cities' versions. A county
  // asked of the province is none of its (the province reads counties only through one city's view).
  const isProvince = scopeOf(user)?.level === "province";
  if (isProvince && options.countyId !== null) return null;
  const version = isProvince
    ? await provinceDataVersion(user)
    : await dataVersionOf({
        cityId: ownCityId(user),
        countyId: options.countyId ?? user.countyId,
      });
  const key = JSON.stringify([
    "briefing",
    viewerOf(user),
    options.countyId,
    quarterKey(options.quarter),
    options.locale,
    referenceDateOf(options.quarter, now).toISOString(),
    version,
  ]);
  return sharedValue(
    key,
    async () => {
      const data = isProvince
        ? await getProvinceBriefingData(user, { quarter: options.quarter, now })
        : await getBriefingData(user, { ...options, now });
      if (!data) return null;
      const content = composeBriefing(data, await loadMessages(options.locale), options.locale);
      return { fileName: `${content.fileName}.pdf`, pdf: await renderOnce(content) };
    },
    { ttlSeconds: BRIEFING_TTL_SECONDS },
  );
}

/**
 * The PDF of composed content, rendered once per content: the same content gives the same bytes, so after a write
 * that changed nothing the briefing shows (any write of the scope moves its data version, a closed quarter's
 * figures stay as they were), its data is read and composed again but the PDF is not rendered again
 * (docs/decisions/0045). A render runs in a worker thread (docs/decisions/0050).
 */
function renderOnce(content: BriefingContent): Promise<Buffer> {
  const digest = createHash("sha256").update(JSON.stringify(content)).digest("base64url");
  return sharedValue(`briefing-pdf:${digest}`, () => renderBriefingPdfOffThread(content), {
    ttlSeconds: BRIEFING_TTL_SECONDS,
  });
}
