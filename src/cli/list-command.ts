/** `cli list ...`: tools for people who write indicator lists. */
import fs from 'node:fs';
import { z } from 'zod';
import { formatList } from '../indicators/format';
import { ListSchema } from '../indicators/schema';
import { validateList } from '../indicators/validate';
import type { Args } from './main';

export function listCommand(args: Args, out: (s: string) => void): number {
  const [sub, file] = args.positional;
  switch (sub) {
    case 'validate': {
      if (!file) throw new Error('list validate needs FILE');
      const r = readAndValidate(file);
      if (!r.ok) {
        for (const e of r.errors) out(`${file}: ${e}\n`);
        return 1;
      }
      out(`${file}: valid list "${r.list.id}" version ${r.list.version}, ${r.list.indicators.length} indicators\n`);
      return 0;
    }
    case 'format': {
      if (!file) throw new Error('list format needs FILE');
      const r = readAndValidate(file);
      if (!r.ok) {
        for (const e of r.errors) out(`${file}: ${e}\n`);
        return 1;
      }
      const text = formatList(r.list);
      if (args.flags.has('--write')) fs.writeFileSync(file, text);
      else out(text);
      return 0;
    }
    case 'schema': {
      const text = JSON.stringify(listJsonSchema(), null, 2) + '\n';
      const dest = args.flags.get('--out');
      if (typeof dest === 'string') fs.writeFileSync(dest, text);
      else out(text);
      return 0;
    }
    default:
      throw new Error(`unknown list command "${sub ?? ''}" (validate, format, schema)`);
  }
}

function readAndValidate(file: string) {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    return { ok: false as const, errors: [`(document): cannot read as JSON: ${(e as Error).message}`] };
  }
  return validateList(data);
}

/** The list format as JSON Schema, for editors and for list authors who do not use our tools. */
export function listJsonSchema(): unknown {
  return z.toJSONSchema(ListSchema, { io: 'input', unrepresentable: 'any' });
}
