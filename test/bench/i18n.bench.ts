/**
 * What the interface languages cost: the worker compiles each messages file once (against parsing it, the least any
 * reader of the file pays), and each job page, popup or extension page receives one `ui` reply (measured in bytes,
 * against the text of the page's warning it serves).
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createUiService } from '../../src/background/ui-service';
import { compileCatalog } from '../../src/i18n/catalog';
import { LOCALES } from '../../src/i18n/locales';
import { bundledHelp } from '../../src/help/merge';
import { DEFAULT_SETTINGS } from '../../src/settings/settings';

const ROOT = 'assets/public/_locales';
const texts = LOCALES.map((l) => fs.readFileSync(path.join(ROOT, l.dir, 'messages.json'), 'utf8'));

function time(fn: () => void, rounds = 50): number {
  fn();
  const t0 = performance.now();
  for (let i = 0; i < rounds; i++) fn();
  return (performance.now() - t0) / rounds;
}

async function main() {
  const parse = time(() => texts.forEach((t) => JSON.parse(t)));
  const compile = time(() => texts.forEach((t) => compileCatalog(JSON.parse(t))));
  console.log(`all ${texts.length} messages files: parse ${parse.toFixed(2)} ms, parse + compile ${compile.toFixed(2)} ms (${(compile / parse).toFixed(2)}x parse; once per language per worker start)`);

  const sizes: string[] = [];
  for (const l of LOCALES.filter((x) => ['en', 'th', 'my', 'ar'].includes(x.dir))) {
    const service = createUiService({
      loadMessages: async (dir) => JSON.parse(fs.readFileSync(path.join(ROOT, dir, 'messages.json'), 'utf8')),
      readSettings: async () => ({ ...DEFAULT_SETTINGS, language: l.tag }),
      readManaged: async () => ({}),
      languages: () => ['en-US'],
      campaign: null,
    });
    const reply = await service.handle(undefined, bundledHelp);
    const bytes = new TextEncoder().encode(JSON.stringify(reply)).length;
    const messages = new TextEncoder().encode(JSON.stringify(reply.messages)).length;
    const t0 = performance.now();
    for (let i = 0; i < 200; i++) await service.handle(undefined, bundledHelp);
    sizes.push(`${l.dir} ${Math.round(bytes / 1024)} KB (messages ${Math.round(messages / 1024)} KB), answered in ${((performance.now() - t0) / 200).toFixed(3)} ms`);
  }
  console.log(`one ui reply (messages, brand, help directory): ${sizes.join('; ')}`);
}

void main();
