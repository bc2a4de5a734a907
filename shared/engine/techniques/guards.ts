// Applicability checks shared by several techniques; each reason says what to change.
import type { Scenario } from '../../schema/scenario';
import type { Applicability } from './types';

export const OK: Applicability = { ok: true };

export const refuse = (reason: string): Applicability => ({ ok: false, reason });

/** The article's method fixes 24 B per parameter, 100% of peak and PUE 1, so most levers do not reach it. */
export const standardMethodOnly = (s: Scenario, lever: string): Applicability =>
  s.method === 'article'
    ? refuse(
        `"${s.name}" uses the source article's method, which ignores ${lever} (it fixes 24 bytes per parameter, 100% of peak and no PUE). Switch the scenario to the standard method to compare this technique.`,
      )
    : OK;

export const workloadIn = (s: Scenario, allowed: readonly Scenario['workload'][], why: string): Applicability =>
  allowed.includes(s.workload)
    ? OK
    : refuse(`"${s.name}" is ${s.workload === 'inference' ? 'an' : 'a'} ${s.workload} scenario; ${why}`);

/** First refusal of a list of checks, else ok. */
export const allOf = (...checks: (() => Applicability)[]): Applicability => {
  for (const check of checks) {
    const result = check();
    if (!result.ok) return result;
  }
  return OK;
};
