// Which cities the data set has at a scale, and the character drawn for each county.
import { CITIES_BY_SCALE, type CitySeed, type CountySeed } from "./geography";
import type { SeededRandom } from "./random";

/**
 * The three demo cities up to scale 1; above it one more real city per 9/7 of scale, in CITIES_BY_SCALE's order
 * (scale 10 ⇒ 10 cities, 17.5 ⇒ all 16), each with its real counties and towns.
 */
export function chooseCities(scale: number): CitySeed[] {
  const cityCount = scale <= 1 ? 3 : Math.min(16, Math.round(3 + ((scale - 1) * 7) / 9));
  return CITIES_BY_SCALE.slice(0, cityCount);
}

/** County-level character: drawn once per county so that counties differ. */
export interface CountyProfile {
  urbanBachelor: number;
  ruralBachelor: number;
  groupCoverage: number;
  gigabitShare: number;
  studioShare: number;
  laborShare: number;
  youngPrincipalShare: number;
  facilityQuality: number;
  specialEdCentreShare: number;
  demoKindergartenShare: number;
  size: number;
  backboneFactor: number;
}

export function drawProfile(seed: CountySeed, random: SeededRandom): CountyProfile {
  const outer = seed.rurality > 0;
  return {
    urbanBachelor: random.uniform(0.92, 0.985),
    // Rural shares spread so that about half of the counties stay above the 1.05 ratio.
    ruralBachelor: outer ? random.uniform(0.8, 0.965) : random.uniform(0.88, 0.97),
    groupCoverage: random.chance(0.3) ? 1 : random.uniform(0.6, 0.98),
    gigabitShare: random.uniform(0.55, 1),
    studioShare: random.uniform(0.5, 1),
    laborShare: random.uniform(0.55, 1),
    youngPrincipalShare: random.uniform(0.25, 0.65),
    facilityQuality: random.uniform(0.9, 1.35),
    specialEdCentreShare: random.uniform(0.5, 1),
    demoKindergartenShare: random.uniform(0.3, 0.9),
    size: random.uniform(0.8, 1.25),
    backboneFactor: random.uniform(0.8, 1.25),
  };
}
