import { Faker, zh_CN, base } from "@faker-js/faker";

/** A seeded random source: the same seed gives the same data set. */
export class SeededRandom {
  private readonly faker: Faker;

  constructor(seed: number) {
    this.faker = new Faker({ locale: [zh_CN, base] });
    this.faker.seed(seed);
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.faker.number.float({ min: 0, max: 1 });
  }

  uniform(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  int(min: number, max: number): number {
    return this.faker.number.int({ min, max });
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** Approximately normal (mean of three uniforms), clamped. */
  normal(mean: number, sd: number, min = -Infinity, max = Infinity): number {
    const z = (this.next() + this.next() + this.next() - 1.5) * 2; // sd ≈ 1
    return Math.min(max, Math.max(min, mean + z * sd));
  }

  pick<T>(items: readonly T[]): T {
    return this.faker.helpers.arrayElement(items);
  }

  weighted<T>(items: readonly { weight: number; value: T }[]): T {
    return this.faker.helpers.weightedArrayElement(items as { weight: number; value: T }[]);
  }

  shuffle<T>(items: T[]): T[] {
    return this.faker.helpers.shuffle(items);
  }

  personName(): string {
    return this.faker.person.lastName() + this.faker.person.firstName();
  }
}
