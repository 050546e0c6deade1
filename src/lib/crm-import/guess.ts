/**
 * Which column holds what. Header names are compared with the names CRMs use in their exports
 * (Salesforce, HubSpot, and the Chinese CRMs' 商机 exports) after normalising case, width and
 * punctuation. Header names are only ever compared, never used as object keys, so a header named
 * `__proto__` is just text.
 */
export const FIELD_IDS = ['id', 'name', 'stage', 'reached', 'amount', 'owner', 'created', 'closed', 'count'] as const;
export type FieldId = (typeof FIELD_IDS)[number];

/** Column index per field; a field absent from the map is not in the file (or not mapped). */
export type ColumnMapping = Partial<Record<FieldId, number>>;

/** What the file is: one row per opportunity, or one row per stage with a count. */
export type ImportShape = 'opportunities' | 'stage-counts';

const SYNONYMS: Record<FieldId, readonly string[]> = {
  id: ['opportunity id', 'opportunityid', 'opportunity id 18', 'record id', 'deal id', 'id', '商机编号', '商机id', '机会id', '机会编号', '商机号', '编号', '单号'],
  name: ['opportunity name', 'deal name', 'name', 'opportunity', 'deal', '商机名称', '机会名称', '项目名称', '商机', '名称'],
  stage: ['stage', 'deal stage', 'opportunity stage', 'sales stage', 'stage name', 'pipeline stage', 'status', '阶段', '销售阶段', '商机阶段', '当前阶段', '状态'],
  reached: ['stage reached', 'furthest stage', 'highest stage', 'last stage reached', 'max stage', '最高阶段', '到达阶段', '最远阶段', '曾到阶段', '输单前阶段'],
  amount: ['amount', 'deal amount', 'opportunity amount', 'amount converted', 'value', 'deal value', 'total contract value', '金额', '预计金额', '商机金额', '合同金额', '预计成交金额', '销售金额'],
  owner: ['opportunity owner', 'deal owner', 'owner', 'owner name', 'sales rep', 'salesperson', 'account owner', '负责人', '商机负责人', '销售', '所有者', '销售代表', '销售人员', '跟进人', '归属人'],
  created: ['created date', 'create date', 'created', 'created on', 'date created', 'created time', '创建日期', '创建时间', '建立日期', '录入日期'],
  closed: ['close date', 'closed date', 'expected close date', 'close', 'closed on', 'estimated close date', '关闭日期', '预计成交日期', '成交日期', '结单日期', '预计签约日期', '签约日期'],
  count: ['count', 'record count', 'number', 'opportunities', 'deals', 'number of opportunities', 'total', '数量', '个数', '商机数', '商机数量', '记录数', '计数'],
};

/** Lower case, half width, no spaces, underscores or brackets: `Amount (Converted)` -> `amountconverted`. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-()（）\[\]【】:：.#/\\]+/g, '');
}

const NORMALISED = new Map<FieldId, string[]>(FIELD_IDS.map((field) => [field, SYNONYMS[field].map(normaliseHeader)]));

// Short Latin synonyms ('id', 'name') would match inside unrelated headers ('paid', 'username'),
// and 'count' inside 'Account Name': Latin count names must match whole.
const mayContain = (synonym: string, field: FieldId) =>
  /[^\x00-\x7f]/.test(synonym) || (synonym.length >= 4 && field !== 'count');

/** How well a header names a field: 0 none, higher is better (an exact name beats a contained one). */
function score(header: string, field: FieldId): number {
  const normal = normaliseHeader(header);
  if (normal === '') return 0;
  let best = 0;
  for (const synonym of NORMALISED.get(field) ?? []) {
    if (normal === synonym) best = Math.max(best, 1000);
    else if (mayContain(synonym, field) && normal.includes(synonym)) best = Math.max(best, synonym.length);
  }
  return best;
}

/** The likeliest column per field, each column used at most once (best matches first). */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const candidates: { field: FieldId; column: number; score: number }[] = [];
  headers.forEach((header, column) => {
    for (const field of FIELD_IDS) {
      const s = score(header, field);
      if (s > 0) candidates.push({ field, column, score: s });
    }
  });
  // Stable order on ties: earlier field in FIELD_IDS, then the leftmost column.
  candidates.sort((a, b) => b.score - a.score || FIELD_IDS.indexOf(a.field) - FIELD_IDS.indexOf(b.field) || a.column - b.column);
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  for (const { field, column } of candidates) {
    if (mapping[field] !== undefined || used.has(column)) continue;
    mapping[field] = column;
    used.add(column);
  }
  return mapping;
}

/** A stage-counts file has a stage and a count and nothing an opportunity row would have. */
export function guessShape(mapping: ColumnMapping): ImportShape {
  const perOpportunity = mapping.id !== undefined || mapping.amount !== undefined || mapping.created !== undefined || mapping.owner !== undefined;
  return mapping.count !== undefined && !perOpportunity ? 'stage-counts' : 'opportunities';
}

/** A short fingerprint of the header row, to remember a mapping for files shaped the same way. */
export function headerSignature(headers: readonly string[]): string {
  const text = headers.map(normaliseHeader).join('\u001f');
  // FNV-1a, 32 bit: a key, not a secret; collisions only cost a wrong pre-selection the user sees.
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${headers.length}-${hash.toString(36)}`;
}
