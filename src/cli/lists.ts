/** Loads the lists the CLI scores with: the bundled one, or the files given with --lists (a file or a folder). */
import fs from 'node:fs';
import path from 'node:path';
import { compileLists } from '../indicators/compile';
import { bundledList } from '../indicators/bundled';
import { parseList } from '../indicators/validate';
import type { CompiledList } from '../engine/compiled';
import type { ListDocument } from '../indicators/schema';

export function loadListDocs(listsPath?: string): ListDocument[] {
  if (!listsPath) return [bundledList];
  const stat = fs.statSync(listsPath);
  const files = stat.isDirectory()
    ? fs.readdirSync(listsPath).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json')).sort().map((f) => path.join(listsPath, f))
    : [listsPath];
  if (files.length === 0) throw new Error(`no .json lists in ${listsPath}`);
  return files.map((f) => {
    try {
      return parseList(fs.readFileSync(f, 'utf8'));
    } catch (e) {
      throw new Error(`${f}: ${(e as Error).message}`);
    }
  });
}

export function loadCompiled(listsPath?: string): CompiledList {
  return compileLists(loadListDocs(listsPath));
}
