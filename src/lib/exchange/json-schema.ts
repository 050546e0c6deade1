import { z } from 'zod';
import { DOC_VERSION, workbookSchema } from '../document';

/**
 * The JSON Schema of a Funnelbook file, generated from the zod schema (docs/funnelbook.schema.json).
 * It describes what a file may hold ("input": fields with defaults may be absent); the app also
 * repairs and reports what the schema alone would refuse (see docs/file-format.md).
 */
export function workbookJsonSchemaText(): string {
  const schema = z.toJSONSchema(workbookSchema, { io: 'input', target: 'draft-2020-12' });
  const described = {
    $schema: schema.$schema,
    title: `Funnelbook workbook file, version ${DOC_VERSION}`,
    description: 'One sales-funnel workbook: stages, cells by cell key, opportunities, segments, scenarios. See docs/file-format.md.',
    ...schema,
  };
  return JSON.stringify(described, null, 2) + '\n';
}
