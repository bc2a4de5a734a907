// Version history of the `.aiplan` format and the chain that upgrades older files.
//
// v0 (pre-release builds): no `format` field; the project name was `name`; scenarios had
//    no `id` and kept `parameters`, `tokens` and `gpu` at their top level.
// v1: `"format": "aiplan"`, `title`, scenarios are complete engine inputs (./scenario.ts).
//
// Each step works on untrusted JSON: it moves what it recognises and leaves the rest for
// validation to report, so a damaged old file still gets precise problems.
import { DOCUMENT_VERSION } from './document';

export type JsonObject = Record<string, unknown>;
/** Upgrades a document of version n to version n + 1. */
export type Migration = (document: JsonObject) => JsonObject;

export const OLDEST_READABLE_VERSION = 0;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const nest = (target: unknown, key: string, value: unknown): unknown => {
  if (value === undefined) return target;
  const base = isObject(target) ? target : {};
  return base[key] === undefined ? { ...base, [key]: value } : base;
};

const scenarioV0ToV1 = (scenario: unknown, index: number): unknown => {
  if (!isObject(scenario)) return scenario;
  const { parameters, tokens, gpu, ...rest } = scenario;
  return {
    ...rest,
    id: rest.id ?? `scenario-${index + 1}`,
    model: nest(rest.model, 'parameters', parameters),
    ...(tokens === undefined ? {} : { training: nest(rest.training, 'tokens', tokens) }),
    ...(gpu === undefined ? {} : { hardware: nest(rest.hardware, 'gpu', gpu) }),
  };
};

const v0ToV1: Migration = (document) => {
  const { name, ...rest } = document;
  return {
    ...rest,
    format: 'aiplan',
    ...(rest.title === undefined && name !== undefined ? { title: name } : {}),
    scenarios: Array.isArray(rest.scenarios) ? rest.scenarios.map(scenarioV0ToV1) : rest.scenarios,
  };
};

/** `migrations[n]` upgrades version n to n + 1; its length is the current version. */
export const migrations: readonly Migration[] = [v0ToV1];

/** Applies every step from `fromVersion` up to the current version. */
export const migrateToCurrent = (document: JsonObject, fromVersion: number): JsonObject => {
  let current = document;
  for (let version = fromVersion; version < DOCUMENT_VERSION; version++) {
    const step = migrations[version];
    // A gap in the chain is caught by tests; here the unchanged version makes validation report it.
    if (!step) return current;
    current = { ...step(current), version: version + 1 };
  }
  return current;
};
