import { describe, expect, it } from 'vitest';
import { Rng } from '../../db/seed/random';
import { fitLogistic, sigmoid, solveSpd, type Design } from './logistic';

/** n rows from a known model: two dummies and one count, outcomes drawn with the true probabilities. */
function synthetic(n: number, truth: { intercept: number; coefficients: number[] }, seed = 3): Design {
  const rng = new Rng(seed, 'logistic-test');
  const d = truth.coefficients.length;
  const x = new Float64Array(n * d);
  const y = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const row = [rng.chance(0.4) ? 1 : 0, rng.chance(0.25) ? 1 : 0, rng.int(0, 3)];
    let z = truth.intercept;
    row.forEach((v, j) => {
      x[i * d + j] = v;
      z += truth.coefficients[j]! * v;
    });
    y[i] = rng.chance(sigmoid(z)) ? 1 : 0;
  }
  return { x, y, n, d };
}

describe('fitLogistic', () => {
  it('recovers known coefficients from synthetic data', () => {
    const truth = { intercept: -1.2, coefficients: [0.9, -0.7, 0.45] };
    const fit = fitLogistic(synthetic(40_000, truth), { l2: 0 });
    expect(fit.converged).toBe(true);
    expect(fit.iterations).toBeLessThan(15);
    expect(fit.intercept).toBeCloseTo(truth.intercept, 1);
    fit.coefficients.forEach((c, j) => expect(Math.abs(c - truth.coefficients[j]!)).toBeLessThan(0.08));
  });

  it('is deterministic: the same data give the same coefficients, bit for bit', () => {
    const design = synthetic(2_000, { intercept: 0, coefficients: [1, 1, 0.2] });
    expect(fitLogistic(design)).toEqual(fitLogistic(design));
  });

  it('keeps coefficients finite when a feature separates the outcome perfectly (ridge)', () => {
    // y = x exactly: unpenalised, the coefficient would run off to infinity.
    const n = 200;
    const x = Float64Array.from({ length: n }, (_, i) => i % 2);
    const y = Uint8Array.from({ length: n }, (_, i) => i % 2);
    const fit = fitLogistic({ x, y, n, d: 1 }, { l2: 1 });
    expect(fit.converged).toBe(true);
    expect(Number.isFinite(fit.coefficients[0]!)).toBe(true);
    expect(fit.coefficients[0]!).toBeGreaterThan(3);
  });

  it('shrinks coefficients towards zero as the penalty grows, never the intercept towards zero', () => {
    const design = synthetic(1_000, { intercept: -2, coefficients: [1.5, 0, 0] });
    const loose = fitLogistic(design, { l2: 0 });
    const tight = fitLogistic(design, { l2: 500 });
    expect(Math.abs(tight.coefficients[0]!)).toBeLessThan(Math.abs(loose.coefficients[0]!) / 2);
    expect(tight.intercept).toBeLessThan(-1);
  });
});

it('solves a symmetric positive definite system (Cholesky)', () => {
  // [[4, 2], [2, 3]] · [1, 2] = [8, 8]
  const x = solveSpd(Float64Array.from([4, 2, 2, 3]), Float64Array.from([8, 8]), 2);
  expect(x[0]).toBeCloseTo(1, 12);
  expect(x[1]).toBeCloseTo(2, 12);
});
