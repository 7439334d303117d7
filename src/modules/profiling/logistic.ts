/**
 * L2-regularised logistic regression fitted by Newton's method (IRLS), in plain TypeScript.
 *
 * Why our own: the maintained npm option (ml-logistic-regression 2.0) runs a fixed number
 * of plain gradient steps with a fixed learning rate, has no intercept, no regularisation,
 * no convergence test and no types; TensorFlow.js would add a large native dependency for
 * a 20-coefficient model. Newton's method on a handful of features converges in under ten
 * iterations, is deterministic (same data, same coefficients), and is about 80 lines.
 * The ridge penalty keeps coefficients finite when a dummy perfectly separates the
 * outcome in a small sample; the intercept is never penalised.
 */

export interface Design {
  /** Row-major n × d feature values (no intercept column). */
  x: Float64Array;
  /** Outcomes, 0 or 1. */
  y: Uint8Array;
  n: number;
  d: number;
}

export interface FitOptions {
  /** Ridge penalty λ on the coefficients (not the intercept): minimises −logL + λ/2·|β|². */
  l2?: number;
  maxIterations?: number;
  /** Stop when no parameter moves by more than this. */
  tolerance?: number;
}

export interface Fit {
  intercept: number;
  coefficients: number[];
  iterations: number;
  converged: boolean;
}

export const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** Linear predictor (log-odds) of one row. */
export function logit(intercept: number, coefficients: readonly number[], row: ArrayLike<number>): number {
  let z = intercept;
  for (let j = 0; j < coefficients.length; j++) z += coefficients[j]! * row[j]!;
  return z;
}

/** Penalised negative log-likelihood, for step halving. */
function objective(design: Design, beta: Float64Array, l2: number): number {
  const { x, y, n, d } = design;
  let loss = 0;
  for (let i = 0; i < n; i++) {
    let z = beta[0]!;
    for (let j = 0; j < d; j++) z += beta[j + 1]! * x[i * d + j]!;
    // log(1 + e^z) − y·z, computed without overflow.
    loss += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - y[i]! * z;
  }
  for (let j = 1; j <= d; j++) loss += (l2 / 2) * beta[j]! ** 2;
  return loss;
}

/** Solves A·x = b for a symmetric positive definite A (p × p, row-major) by Cholesky. */
export function solveSpd(a: Float64Array, b: Float64Array, p: number): Float64Array {
  const l = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i * p + j]!;
      for (let k = 0; k < j; k++) sum -= l[i * p + k]! * l[j * p + k]!;
      if (i === j) {
        if (sum <= 0) throw new Error('matrix is not positive definite');
        l[i * p + i] = Math.sqrt(sum);
      } else l[i * p + j] = sum / l[j * p + j]!;
    }
  }
  const z = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    let sum = b[i]!;
    for (let k = 0; k < i; k++) sum -= l[i * p + k]! * z[k]!;
    z[i] = sum / l[i * p + i]!;
  }
  const out = new Float64Array(p);
  for (let i = p - 1; i >= 0; i--) {
    let sum = z[i]!;
    for (let k = i + 1; k < p; k++) sum -= l[k * p + i]! * out[k]!;
    out[i] = sum / l[i * p + i]!;
  }
  return out;
}

export function fitLogistic(design: Design, options: FitOptions = {}): Fit {
  const { x, y, n, d } = design;
  const l2 = options.l2 ?? 1;
  const maxIterations = options.maxIterations ?? 50;
  const tolerance = options.tolerance ?? 1e-8;
  const p = d + 1;
  // Start from the base rate: fewer iterations and no huge first step on rare outcomes.
  let positives = 0;
  for (let i = 0; i < n; i++) positives += y[i]!;
  const rate = Math.min(Math.max(positives / Math.max(n, 1), 1e-6), 1 - 1e-6);
  let beta = new Float64Array(p);
  beta[0] = Math.log(rate / (1 - rate));
  let current = objective(design, beta, l2);
  const row = new Float64Array(p);

  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    const hessian = new Float64Array(p * p);
    const gradient = new Float64Array(p);
    for (let i = 0; i < n; i++) {
      row[0] = 1;
      for (let j = 0; j < d; j++) row[j + 1] = x[i * d + j]!;
      let z = 0;
      for (let j = 0; j < p; j++) z += beta[j]! * row[j]!;
      const mu = sigmoid(z);
      const w = Math.max(mu * (1 - mu), 1e-12);
      const residual = y[i]! - mu;
      for (let a = 0; a < p; a++) {
        gradient[a]! += row[a]! * residual;
        const wa = w * row[a]!;
        if (wa === 0) continue;
        for (let b = 0; b <= a; b++) hessian[a * p + b]! += wa * row[b]!;
      }
    }
    for (let a = 0; a < p; a++) for (let b = 0; b < a; b++) hessian[b * p + a] = hessian[a * p + b]!;
    for (let j = 1; j < p; j++) {
      hessian[j * p + j]! += l2;
      gradient[j]! -= l2 * beta[j]!;
    }
    // A tiny jitter keeps an all-zero column (a factor nobody in the sample has) solvable.
    for (let j = 0; j < p; j++) hessian[j * p + j]! += 1e-10;
    const step = solveSpd(hessian, gradient, p);
    // Step halving: Newton can overshoot far from the optimum; never accept a worse fit.
    let scale = 1;
    let next = beta;
    let value = current;
    for (let half = 0; half < 30; half++) {
      next = beta.map((b, j) => b + scale * step[j]!);
      value = objective(design, next, l2);
      if (value <= current + 1e-12) break;
      scale /= 2;
    }
    const moved = Math.max(...next.map((b, j) => Math.abs(b - beta[j]!)));
    beta = next;
    current = value;
    if (moved < tolerance) return { intercept: beta[0]!, coefficients: [...beta.slice(1)], iterations: iteration, converged: true };
  }
  return { intercept: beta[0]!, coefficients: [...beta.slice(1)], iterations: maxIterations, converged: false };
}
