/**
 * A small seeded random source for the demo data. Our own generator rather than faker's
 * so the data set stays the same across library upgrades: same seed, same people, which
 * tests, screenshots and training material rely on.
 */

/** sfc32: fast, good enough statistically, and fully specified in a few lines. */
function sfc32(a: number, b: number, c: number, d: number): () => number {
  return () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

/** FNV-1a, to turn a stream label into a number. */
function hashLabel(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const HEX = '0123456789abcdef';

export class Rng {
  private readonly next: () => number;

  /**
   * Each concern (people, spells, ids…) draws from its own labelled stream, so adding a
   * draw in one place does not reshuffle everything generated after it.
   */
  constructor(seed: number, label = '') {
    const h = hashLabel(label);
    this.next = sfc32(0x9e3779b9, seed >>> 0, h, (seed ^ h ^ 0x6a09e667) >>> 0);
    for (let i = 0; i < 15; i++) this.next(); // warm-up: early outputs of sfc32 are weak
  }

  float(): number {
    return this.next();
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Picks a key with probability proportional to its weight. */
  weighted<K extends string | number>(weights: readonly (readonly [K, number])[]): K {
    const total = weights.reduce((sum, [, w]) => sum + w, 0);
    let roll = this.next() * total;
    for (const [key, w] of weights) {
      roll -= w;
      if (roll < 0) return key;
    }
    return weights[weights.length - 1]![0];
  }

  digits(count: number): string {
    let s = '';
    for (let i = 0; i < count; i++) s += String(this.int(0, 9));
    return s;
  }

  /** A version-4 shaped UUID, deterministic so demo links and e2e fixtures stay stable. */
  uuid(): string {
    // Draws 33 digits in the same order as ever (the 13th is replaced by the version, the
    // 17th by the variant drawn last), so existing demo ids do not change.
    let s = '';
    for (let i = 0; i < 32; i++) s += HEX[this.int(0, 15)];
    const variant = HEX[(this.int(0, 15) & 0x3) | 0x8];
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-4${s.slice(13, 16)}-${variant}${s.slice(17, 20)}-${s.slice(20)}`;
  }
}
