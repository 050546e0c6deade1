// Writes the sample CRM exports in samples/crm/ (see its README). Deterministic: the same seed
// gives the same files, so the committed samples can be checked against a fresh run.
//   node scripts/make-crm-samples.mjs
// The data is made up here; names, companies and amounts are invented.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'samples', 'crm');
mkdirSync(out, { recursive: true });

// mulberry32: a tiny seeded generator, so every run writes the same rows.
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Chance of moving on from each stage of the B2B pipeline template (leads -> closed won). */
const ADVANCE = [0.6, 0.55, 0.6, 0.65, 0.7];
const DAY = 86_400_000;
const iso = (time) => new Date(time).toISOString().slice(0, 10);

/** Opportunities with the stage they reached (0..5) and whether they are open, won or lost. */
function opportunities(seed, count) {
  const random = generator(seed);
  const start = Date.UTC(2026, 0, 5);
  return Array.from({ length: count }, (_, i) => {
    let reached = 0;
    while (reached < ADVANCE.length && random() < ADVANCE[reached]) reached++;
    const created = start + Math.floor(random() * 170) * DAY;
    const won = reached === ADVANCE.length;
    // Older opportunities that stopped short were mostly lost; recent ones are still open.
    const lost = !won && random() < (created < Date.UTC(2026, 3, 1) ? 0.75 : 0.3);
    const amount = Math.round((20_000 + random() * random() * 1_500_000) / 1000) * 1000;
    const close = created + (20 + Math.floor(random() * 90)) * DAY;
    return { n: i + 1, reached, status: won ? 'won' : lost ? 'lost' : 'open', amount, created, close, pick: random() };
  });
}

const pick = (list, r) => list[Math.floor(r * list.length) % list.length];
const csvField = (value) => (/[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
const csv = (rows) => rows.map((row) => row.map((v) => csvField(String(v))).join(',')).join('\r\n') + '\r\n';

// ---- English, Salesforce-like report export (UTF-8, no BOM). No "stage reached" column, so a
// lost opportunity counts at the first stage only.
{
  const stages = ['Leads', 'Contact', 'Engagement', 'Proposal', 'Negotiation', 'Closed Won'];
  const owners = ['Alice Chen', 'Ben Ortiz', 'Carla Novak', 'Dev Patel'];
  const companies = ['Northwind', 'Globex', 'Initech', 'Umbrella', 'Stark Tools', 'Acme Freight', 'Vandelay', 'Hooli'];
  const rows = [['Opportunity ID', 'Opportunity Name', 'Account Name', 'Stage', 'Amount', 'Opportunity Owner', 'Created Date', 'Close Date', 'Lead Source']];
  for (const o of opportunities(11, 120)) {
    const company = pick(companies, o.pick);
    rows.push([
      `006Q${String(100000 + o.n * 37).padStart(7, '0')}`,
      `${company} - ${pick(['Renewal', 'New licences', 'Expansion', 'Pilot'], o.pick * 7)}`,
      company,
      o.status === 'lost' ? 'Closed Lost' : stages[o.reached],
      o.amount.toLocaleString('en-US', { minimumFractionDigits: 2 }),
      pick(owners, o.pick * 3),
      iso(o.created),
      iso(o.close),
      pick(['Web', 'Partner', 'Trade show', 'Outbound'], o.pick * 5),
    ]);
  }
  writeFileSync(join(out, 'en-salesforce-opportunities.csv'), csv(rows));
}

// ---- Chinese headers, UTF-8 with BOM (as Excel and most Chinese CRMs write it), with a
// "最高阶段" column: a lost opportunity counts up to the stage it reached.
const zhStages = ['线索', '初步接触', '深入沟通', '方案报价', '商务谈判', '成交'];
const zhOwners = ['张伟', '王芳', '李娜', '刘洋'];
const zhCompanies = ['华东物流', '青禾科技', '远航制造', '北辰医疗', '星河教育', '蓝海零售', '金石能源', '云帆软件'];
const zhAmount = (amount, r) => (r < 0.4 ? `${amount / 10_000}万` : r < 0.7 ? amount.toLocaleString('en-US') : `¥${amount}`);
const zhDate = (time, r) => {
  const d = new Date(time);
  return r < 0.5 ? iso(time).replaceAll('-', '/') : `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
};
{
  const rows = [['商机编号', '商机名称', '客户名称', '销售阶段', '最高阶段', '预计金额', '负责人', '创建日期', '预计成交日期']];
  for (const o of opportunities(23, 150)) {
    const company = pick(zhCompanies, o.pick);
    rows.push([
      `SJ2026${String(o.n).padStart(4, '0')}`,
      `${company}${pick(['年度采购', '系统升级', '二期项目', '试点'], o.pick * 7)}`,
      company,
      o.status === 'lost' ? '输单' : zhStages[o.reached],
      zhStages[o.reached],
      zhAmount(o.amount, o.pick * 11 % 1),
      pick(zhOwners, o.pick * 3),
      zhDate(o.created, o.pick * 13 % 1),
      zhDate(o.close, o.pick * 17 % 1),
    ]);
  }
  writeFileSync(join(out, 'zh-opportunities-utf8-bom.csv'), '\ufeff' + csv(rows));
}

// ---- Chinese headers saved by Excel on a Chinese Windows: GBK, times of day on the dates.
/** A GBK encoder built by inverting the platform's GBK decoder over every two-byte code. */
function gbkEncoder() {
  const decoder = new TextDecoder('gbk');
  const table = new Map();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  return (text) => {
    const bytes = [];
    for (const ch of text) {
      if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
      else if (table.has(ch)) bytes.push(...table.get(ch));
      else throw new Error(`no GBK code for ${ch}`);
    }
    return new Uint8Array(bytes);
  };
}
{
  const stages = [...zhStages.slice(0, 5), '赢单'];
  const rows = [['机会ID', '机会名称', '阶段', '金额', '所有者', '创建时间', '关闭日期']];
  for (const o of opportunities(37, 80)) {
    const company = pick(zhCompanies, o.pick);
    const hour = 9 + Math.floor(o.pick * 9);
    rows.push([
      `OPP-${1000 + o.n}`,
      `${company}采购`,
      o.status === 'lost' ? '丢单' : stages[o.reached],
      String(o.amount),
      pick(zhOwners, o.pick * 3),
      `${iso(o.created)} ${String(hour).padStart(2, '0')}:${String(Math.floor(o.pick * 60)).padStart(2, '0')}`,
      iso(o.close),
    ]);
  }
  writeFileSync(join(out, 'zh-opportunities-gbk.csv'), gbkEncoder()(csv(rows)));
}

// ---- Stage counts, as a CRM's pipeline report shows them: opportunities now at each stage.
{
  const rows = [['Stage', 'Record Count'], ['Leads', 212], ['Contact', 96], ['Engagement', 51], ['Proposal', 27], ['Negotiation', 14], ['Closed Won', 19], ['Closed Lost', 64]];
  writeFileSync(join(out, 'en-stage-counts.csv'), csv(rows));
}

/**
 * The zip writer stamps each entry with the time of the run; a fixed stamp (2026-07-01 00:00 in
 * DOS form) in every local header and central directory entry makes the bytes reproducible.
 */
function fixedZipTimes(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const date = ((2026 - 1980) << 9) | (7 << 5) | 1;
  // Walk the central directory (found from the end record) rather than scanning for signatures,
  // which could also occur inside compressed data.
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('no zip end record');
  let at = view.getUint32(end + 16, true);
  for (let i = view.getUint16(end + 10, true); i > 0; i--) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('bad central directory');
    view.setUint32(at + 12, date << 16, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error('bad local header');
    view.setUint32(local + 10, date << 16, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return bytes;
}

// ---- HubSpot-like deals export as XLSX: real date and number cells, HubSpot's own stage names
// (which the user maps to the workbook's stages in the preview).
{
  const stages = ['Appointment scheduled', 'Qualified to buy', 'Presentation scheduled', 'Decision maker bought-in', 'Contract sent', 'Closed won'];
  const owners = ['Maya Lin', 'Omar Haddad', 'Sofia Rossi'];
  const workbook = new ExcelJS.Workbook();
  // Fixed metadata, so the file's bytes do not change from run to run.
  workbook.creator = 'Funnelbook samples';
  workbook.created = new Date(Date.UTC(2026, 6, 1));
  workbook.modified = new Date(Date.UTC(2026, 6, 1));
  const sheet = workbook.addWorksheet('Deals');
  sheet.columns = [
    { header: 'Record ID', key: 'id', width: 12 },
    { header: 'Deal Name', key: 'name', width: 30 },
    { header: 'Deal Stage', key: 'stage', width: 24 },
    { header: 'Amount', key: 'amount', width: 12, style: { numFmt: '#,##0' } },
    { header: 'Deal owner', key: 'owner', width: 16 },
    { header: 'Create Date', key: 'created', width: 14, style: { numFmt: 'yyyy-mm-dd' } },
    { header: 'Close Date', key: 'close', width: 14, style: { numFmt: 'yyyy-mm-dd' } },
    { header: 'Pipeline', key: 'pipeline', width: 16 },
  ];
  for (const o of opportunities(53, 100)) {
    sheet.addRow({
      id: 9_000_000 + o.n * 113,
      name: `${pick(['Contoso', 'Fabrikam', 'Tailspin', 'Litware', 'Adatum'], o.pick)} deal ${o.n}`,
      stage: o.status === 'lost' ? 'Closed lost' : stages[o.reached],
      amount: o.amount,
      owner: pick(owners, o.pick * 3),
      created: new Date(o.created),
      close: new Date(o.close),
      pipeline: 'Sales Pipeline',
    });
  }
  writeFileSync(join(out, 'en-hubspot-deals.xlsx'), fixedZipTimes(Buffer.from(await workbook.xlsx.writeBuffer())));
}

console.log(`samples written to ${out}`);
