// Plausibility bounds for user input: beyond these a value is a typo, not a plan.
export const limits = {
  /** 100 trillion parameters: 100× the largest published dense model. */
  maxParameters: 1e14,
  /** 1 quadrillion tokens: far beyond any corpus that exists. */
  maxTokens: 1e15,
} as const;
