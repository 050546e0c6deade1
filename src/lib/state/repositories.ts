import { createWorkbook, demoSeed, type SeedLocale } from '../document';
import { FunnelbookDb, SettingsRepository, ValuesRepository, WorkbookRepository } from '../persistence';

export interface Repositories {
  workbooks: WorkbookRepository;
  settings: SettingsRepository;
  values: ValuesRepository;
}

let repositories: Repositories | undefined;

/** One database connection for the whole page, opened on first use. */
export function repos(): Repositories {
  if (!repositories) {
    const db = new FunnelbookDb();
    repositories = { workbooks: new WorkbookRepository(db), settings: new SettingsRepository(db), values: new ValuesRepository(db) };
  }
  return repositories;
}

/** On the very first start the demo workbook of worked example 1 is there to explore. */
export async function ensureDemoWorkbook(locale: SeedLocale): Promise<void> {
  const { workbooks, settings } = repos();
  if (await settings.get<boolean>('demoSeeded')) return;
  await workbooks.create(createWorkbook(demoSeed(locale)));
  await settings.set('demoSeeded', true);
}
