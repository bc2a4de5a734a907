// The `.aiplan` project document. Version history and migrations: ./migrations.ts.
import { z } from 'zod';
import { scenarioSchema } from './scenario';
import { catalogOverridesSchema } from './catalog-overrides';

export const DOCUMENT_FORMAT = 'aiplan';
/** The format version this app writes and the newest it reads. */
export const DOCUMENT_VERSION = 1;
/** Larger files are refused unread: a real project is a few hundred kilobytes at most. */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

export const comparisonSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  scenarioIds: z.array(z.string()).min(1),
});

/** A saved search setup; the search engine owns the shape of `spec`. */
export const searchSetupSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  spec: z.record(z.string(), z.unknown()),
});

export const projectDocumentSchema = z
  .object({
    format: z.literal(DOCUMENT_FORMAT),
    version: z.literal(DOCUMENT_VERSION),
    /** The app that last wrote the file, e.g. "AI Efficiency Planner 0.1.0" (named in newer-version messages). */
    generator: z.string().max(200).optional(),
    title: z.string().max(500).default('Untitled project'),
    organisation: z.string().max(500).default(''),
    author: z.string().max(500).default(''),
    notes: z.string().max(100_000).default(''),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'currency must be a three-letter ISO code such as EUR or USD')
      .default('USD'),
    created: z.string().default(''),
    modified: z.string().default(''),
    scenarios: z.array(scenarioSchema).min(1, 'a project needs at least one scenario'),
    baselineId: z.string().optional(),
    comparisons: z.array(comparisonSchema).default([]),
    searches: z.array(searchSetupSchema).default([]),
    catalogOverrides: catalogOverridesSchema.default(() => catalogOverridesSchema.parse({})),
  })
  .superRefine((doc, ctx) => {
    const ids = new Set<string>();
    doc.scenarios.forEach((s, i) => {
      if (ids.has(s.id))
        ctx.addIssue({ code: 'custom', path: ['scenarios', i, 'id'], message: `scenario id "${s.id}" is used twice` });
      ids.add(s.id);
    });
    if (doc.baselineId !== undefined && !ids.has(doc.baselineId))
      ctx.addIssue({
        code: 'custom',
        path: ['baselineId'],
        message: `baseline "${doc.baselineId}" is not one of the scenarios`,
      });
    doc.comparisons.forEach((c, i) =>
      c.scenarioIds.forEach((id, j) => {
        if (!ids.has(id))
          ctx.addIssue({
            code: 'custom',
            path: ['comparisons', i, 'scenarioIds', j],
            message: `scenario "${id}" does not exist`,
          });
      }),
    );
  });

export type ProjectDocument = z.output<typeof projectDocumentSchema>;
export type ProjectDocumentInput = z.input<typeof projectDocumentSchema>;
export type Comparison = z.output<typeof comparisonSchema>;
