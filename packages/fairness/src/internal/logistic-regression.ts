/**
 * L2-regularised logistic regression on sparse rows, fitted with L-BFGS (Nocedal & Wright, Algorithm 7.4,
 * with a backtracking Armijo line search). Objective: Σ_i log(1 + exp(−y_i (w·x_i + b))) + ||w||² / (2C),
 * y_i ∈ {−1, +1}; the intercept b is not penalised (as in scikit-learn's `LogisticRegression(C=…)`).
 */

/** Rows in compressed sparse row form. */
export interface SparseRows {
  /** Start of row i in `columns`/`values`; length rows + 1. */
  offsets: Int32Array
  columns: Int32Array
  values: Float64Array
  dimensions: number
}

/** Fit settings. */
export interface FitOptions {
  /** Inverse regularisation strength C; default 1. */
  c: number
  /** Iteration cap; default 100. */
  maxIterations: number
  /** Stop when the gradient's max-norm falls below this share of its starting value, or the objective improves by less than this share of itself; default 1e-5. */
  tolerance: number
}

/** A fitted model: weights by column and the intercept. */
export interface LogisticModel {
  weights: Float64Array
  intercept: number
}

/** Fits the model on the rows listed in `rows` (indices into `data`), with labels 1 (positive) or 0. */
export function fitLogistic(data: SparseRows, labels: Uint8Array, rows: Int32Array, options: FitOptions): LogisticModel {
  const d = data.dimensions
  const size = d + 1 // weights then intercept
  const lambda = 1 / options.c
  const margins = new Float64Array(rows.length)
  const evaluate = (theta: Float64Array, gradient: Float64Array): number => {
    gradient.fill(0)
    let loss = 0
    const b = theta[d] as number
    for (let r = 0; r < rows.length; r += 1) {
      const row = rows[r] as number
      let z = b
      for (let j = data.offsets[row] as number, end = data.offsets[row + 1] as number; j < end; j += 1) {
        z += (theta[data.columns[j] as number] as number) * (data.values[j] as number)
      }
      margins[r] = z
      const y = labels[row] === 1 ? 1 : -1
      const m = y * z
      // log(1 + e^{-m}) computed stably.
      loss += m > 0 ? Math.log1p(Math.exp(-m)) : -m + Math.log1p(Math.exp(m))
      const coefficient = -y / (1 + Math.exp(m)) // d loss / d z
      for (let j = data.offsets[row] as number, end = data.offsets[row + 1] as number; j < end; j += 1) {
        const column = data.columns[j] as number
        gradient[column] = (gradient[column] as number) + coefficient * (data.values[j] as number)
      }
      gradient[d] = (gradient[d] as number) + coefficient
    }
    let penalty = 0
    for (let j = 0; j < d; j += 1) {
      const w = theta[j] as number
      penalty += w * w
      gradient[j] = (gradient[j] as number) + lambda * w
    }
    return loss + (lambda / 2) * penalty
  }

  const memory = 10
  const sHistory: Float64Array[] = []
  const yHistory: Float64Array[] = []
  const rhoHistory: number[] = []
  let theta = new Float64Array(size)
  let gradient = new Float64Array(size)
  let value = evaluate(theta, gradient)
  const gradientLimit = options.tolerance * Math.max(1, maxAbs(gradient))
  const direction = new Float64Array(size)
  const alphas = new Float64Array(memory)
  let nextTheta = new Float64Array(size)
  let nextGradient = new Float64Array(size)
  for (let iteration = 0; iteration < options.maxIterations; iteration += 1) {
    if (maxAbs(gradient) < gradientLimit) break
    // Two-loop recursion: direction = −H·gradient.
    direction.set(gradient)
    for (let h = sHistory.length - 1; h >= 0; h -= 1) {
      const a = (rhoHistory[h] as number) * dot(sHistory[h] as Float64Array, direction)
      alphas[h] = a
      axpy(-a, yHistory[h] as Float64Array, direction)
    }
    if (sHistory.length > 0) {
      const last = sHistory.length - 1
      const yLast = yHistory[last] as Float64Array
      scale(direction, dot(sHistory[last] as Float64Array, yLast) / dot(yLast, yLast))
    } else {
      scale(direction, 1 / Math.max(1, Math.sqrt(dot(gradient, gradient))))
    }
    for (let h = 0; h < sHistory.length; h += 1) {
      const beta = (rhoHistory[h] as number) * dot(yHistory[h] as Float64Array, direction)
      axpy((alphas[h] as number) - beta, sHistory[h] as Float64Array, direction)
    }
    scale(direction, -1)
    let slope = dot(direction, gradient)
    if (!(slope < 0)) {
      // Not a descent direction (numerical trouble): restart from steepest descent.
      sHistory.length = 0
      yHistory.length = 0
      rhoHistory.length = 0
      direction.set(gradient)
      scale(direction, -1 / Math.max(1, Math.sqrt(dot(gradient, gradient))))
      slope = dot(direction, gradient)
    }
    let step = 1
    let nextValue = Number.POSITIVE_INFINITY
    for (let attempt = 0; attempt < 40; attempt += 1) {
      for (let j = 0; j < size; j += 1) nextTheta[j] = (theta[j] as number) + step * (direction[j] as number)
      nextValue = evaluate(nextTheta, nextGradient)
      if (nextValue <= value + 1e-4 * step * slope) break
      step /= 2
    }
    if (!(nextValue <= value)) break
    const s = new Float64Array(size)
    const y = new Float64Array(size)
    for (let j = 0; j < size; j += 1) {
      s[j] = (nextTheta[j] as number) - (theta[j] as number)
      y[j] = (nextGradient[j] as number) - (gradient[j] as number)
    }
    const sy = dot(s, y)
    if (sy > 1e-12) {
      if (sHistory.length === memory) {
        sHistory.shift()
        yHistory.shift()
        rhoHistory.shift()
      }
      sHistory.push(s)
      yHistory.push(y)
      rhoHistory.push(1 / sy)
    }
    const converged = Math.abs(value - nextValue) <= options.tolerance * 1e-2 * Math.max(1, Math.abs(value))
    ;[theta, nextTheta] = [nextTheta, theta]
    ;[gradient, nextGradient] = [nextGradient, gradient]
    value = nextValue
    if (converged) break
  }
  return { weights: theta.slice(0, d), intercept: theta[d] as number }
}

/** The decision value w·x + b of one row. */
export function decision(model: LogisticModel, data: SparseRows, row: number): number {
  let z = model.intercept
  for (let j = data.offsets[row] as number, end = data.offsets[row + 1] as number; j < end; j += 1) {
    z += (model.weights[data.columns[j] as number] as number) * (data.values[j] as number)
  }
  return z
}

function dot(x: Float64Array, y: Float64Array): number {
  let sum = 0
  for (let i = 0; i < x.length; i += 1) sum += (x[i] as number) * (y[i] as number)
  return sum
}

function axpy(a: number, x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < x.length; i += 1) y[i] = (y[i] as number) + a * (x[i] as number)
}

function scale(x: Float64Array, a: number): void {
  for (let i = 0; i < x.length; i += 1) x[i] = (x[i] as number) * a
}

function maxAbs(x: Float64Array): number {
  let max = 0
  for (let i = 0; i < x.length; i += 1) {
    const value = Math.abs(x[i] as number)
    if (value > max) max = value
  }
  return max
}
