// One zod schema per channel payload, built from the shared document and
// scenario schemas: main validates every message with these before a handler runs.
import { z } from 'zod';
import { projectDocumentSchema } from '../schema/document';
import { scenarioSchema } from '../schema/scenario';
import { catalogOverridesSchema } from '../schema/catalog-overrides';
import { searchSpecSchema } from '../search/spec';
import type { ChannelName } from './contract';

/** Channels without a payload accept nothing, null or an empty object (what contextBridge may deliver). */
const none = z.union([z.undefined(), z.null(), z.object({}).strict()]).transform(() => undefined);
const filePath = z.string().min(1, 'path must not be empty').max(4096, 'path is longer than 4096 characters');
const overrides = catalogOverridesSchema.partial().optional();

const exportRequest = z
  .object({
    document: projectDocumentSchema,
    scenarioIds: z.array(z.string().min(1)).max(1000).default([]),
    paper: z.enum(['a4', 'letter']).default('a4'),
  })
  .strict();

export const payloadSchemas = {
  'app:info': none,
  'catalog:get': z.object({ overrides }).strict(),
  'engine:estimate': z
    .object({ scenarios: z.array(scenarioSchema).min(1, 'give at least one scenario').max(1000), overrides })
    .strict(),
  'engine:uncertainty': z.object({ scenario: scenarioSchema, overrides }).strict(),
  'presets:list': none,
  'document:new': z.object({ preset: z.string().min(1).max(200).optional() }).strict(),
  'document:open': z.object({ path: filePath.optional() }).strict(),
  'document:save': z
    .object({ path: filePath.nullable(), document: projectDocumentSchema, saveAs: z.boolean().optional() })
    .strict(),
  'document:recent': none,
  'examples:list': none,
  'examples:open': z.object({ id: z.string().min(1).max(200) }).strict(),
  'export:pdf': exportRequest,
  'export:xlsx': exportRequest,
  'document:state': z.object({ path: filePath.nullable(), title: z.string().max(500), dirty: z.boolean() }).strict(),
  'document:autosave': z.object({ path: filePath.nullable(), document: projectDocumentSchema }).strict(),
  'document:pending': none,
  'document:clear-recent': none,
  'shell:open-external': z.object({ url: z.string().min(1).max(8192) }).strict(),
  'task:cancel': z.object({ taskId: z.string().min(1).max(200) }).strict(),
  'search:run': z
    .object({
      taskId: z.string().min(1).max(200),
      spec: searchSpecSchema,
      overrides,
      scatterSize: z.number().int().min(0).max(10_000).optional(),
    })
    .strict(),
  'search:cancel': z.object({ taskId: z.string().min(1).max(200) }).strict(),
} satisfies Record<ChannelName, z.ZodType>;

export type PayloadOf<C extends ChannelName> = z.output<(typeof payloadSchemas)[C]>;

export const isChannelName = (name: unknown): name is ChannelName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(payloadSchemas, name);

/** `scenarios[0].model.parameters`: the JSON path of a zod issue, readable. */
export const formatIssuePath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  ) || '(payload)';
