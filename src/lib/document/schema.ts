import { z } from 'zod';

import { DOC_TYPE, DOC_VERSION, NAME_MAX } from './version';

// No compiled validators: zod would otherwise probe `new Function`, which the app's
// Content-Security-Policy (no 'unsafe-eval', svelte.config.js) refuses and reports.
z.config({ jitless: true });

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const cellText = z.string().max(10_000);
const cells = z.record(z.string().max(200), cellText);

export const stageSchema = z.object({
  id,
  name: z.string().max(NAME_MAX),
  /** The stage's role in the template it came from (e.g. `clicks`); diagnoses hang on it. */
  key: z.string().regex(/^[a-z0-9-]{1,40}$/).optional(),
});

/** An open opportunity; its amount, stage, owner and close date are cells keyed `o.<id>.<column>`. */
export const opportunitySchema = z.object({ id });

/** A named set of overrides of input cells; the base workbook is never changed by it. */
export const scenarioSchema = z.object({
  id,
  name: z.string().max(NAME_MAX),
  overrides: cells,
});

/**
 * A member of a split (a team, a rep, a region…) under the company (`parentId` null) or under
 * another segment. Its own cells are `g.<id>.*` and `n.<id>:<stageId>.*`; what it leaves empty it
 * inherits from its parent.
 */
export const segmentSchema = z.object({
  id,
  /** A preset dimension id (`team`, `rep`, …) or the user's own name for one. */
  dimension: z.string().min(1).max(NAME_MAX),
  name: z.string().max(NAME_MAX),
  parentId: id.nullable(),
});

export const periodSchema = z.object({
  label: z.string().max(NAME_MAX),
  start: z.string().max(40).nullable(),
  end: z.string().max(40).nullable(),
});

export const workbookSchema = z.object({
  type: z.literal(DOC_TYPE),
  version: z.literal(DOC_VERSION),
  id,
  name: z.string().max(NAME_MAX),
  createdAt: z.string().max(40),
  updatedAt: z.string().max(40),
  period: periodSchema,
  template: z.string().regex(/^[a-z0-9-]{1,40}$/).optional(),
  stages: z.array(stageSchema).max(5_000),
  opportunities: z.array(opportunitySchema).max(20_000).default([]),
  /** What the user typed, by cell key: inputs, and formulas that replace a default formula. */
  cells,
  segments: z.array(segmentSchema).max(2_000),
  /** Actuals per month or per quarter (the SegmentStages sheet's period columns), or totals only. */
  grain: z.enum(['month', 'quarter']).nullable().default(null),
  scenarios: z.array(scenarioSchema).max(500),
  activeScenarioId: id.nullable(),
});

export type WorkbookDoc = z.infer<typeof workbookSchema>;
export type StageDoc = z.infer<typeof stageSchema>;
export type ScenarioDoc = z.infer<typeof scenarioSchema>;
export type SegmentDoc = z.infer<typeof segmentSchema>;
export type OpportunityDoc = z.infer<typeof opportunitySchema>;
export type PeriodDoc = z.infer<typeof periodSchema>;
