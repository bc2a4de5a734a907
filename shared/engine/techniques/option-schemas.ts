// zod builders for technique options: every message names the option and the accepted range.
import { z } from 'zod';

export const shareOption = (name: string, min: number, max: number) =>
  z
    .number({ error: `${name} must be a number between ${min} and ${max}` })
    .finite(`${name} must be a finite number`)
    .min(min, `${name} must be at least ${min}`)
    .max(max, `${name} must be at most ${max}`);

export const positiveOption = (name: string, max: number) =>
  z
    .number({ error: `${name} must be a number` })
    .finite(`${name} must be a finite number`)
    .positive(`${name} must be greater than 0`)
    .max(max, `${name} above ${max.toExponential(0)} is not plausible`);

export const wholeOption = (name: string, min: number, max: number) =>
  z
    .number({ error: `${name} must be a whole number` })
    .int(`${name} must be a whole number`)
    .min(min, `${name} must be at least ${min}`)
    .max(max, `${name} must be at most ${max}`);

export const choiceOption = <const T extends readonly [string, ...string[]]>(name: string, values: T) =>
  z.enum(values, { error: `${name} must be one of: ${values.join(', ')}` });

/** Form fields send '' for "not set": treat it as absent. */
export const blankAsUnset = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' || v === null ? undefined : v), schema.optional());
