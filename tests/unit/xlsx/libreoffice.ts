// Runs LibreOffice headless to open .xlsx files and save them again: LibreOffice computes every
// formula that has no cached result, and the saved copies carry its results for exceljs to read.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function findSoffice(): string | null {
  const found = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim().split('\n')[0] : null;
}

/**
 * Converts every file in one LibreOffice start (it takes seconds to start). Returns the output folder
 * and a cleanup that removes it and LibreOffice's profile.
 */
export function recalculateAll(files: string[]): { outDir: string; cleanup: () => void } {
  const soffice = findSoffice();
  if (!soffice) throw new Error('LibreOffice (soffice) is not installed: run `bash scripts/ensure-libreoffice.sh`');
  const outDir = mkdtempSync(join(tmpdir(), 'funnelbook-lo-out-'));
  // A profile of its own, so a LibreOffice already running for someone else is not reused.
  const profile = mkdtempSync(join(tmpdir(), 'funnelbook-lo-profile-'));
  execFileSync(
    soffice,
    [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outDir, ...files],
    { stdio: 'pipe', timeout: 180_000 },
  );
  return { outDir, cleanup: () => [outDir, profile].forEach((dir) => rmSync(dir, { recursive: true, force: true })) };
}

export const libreOfficeVersion = (): string => execFileSync(findSoffice()!, ['--version'], { encoding: 'utf8' }).trim();
