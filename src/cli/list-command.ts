/** `cli list ...`: tools for people who write, sign and publish indicator lists. */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { handleKey } from '../engine/check';
import { sha256Hex } from '../engine/detectors/sha256';
import { ENVELOPE_FORMAT, openSignedList, signList } from '../feed/envelope';
import { generateKeyPair, parsePrivateKey, parsePublicKeys } from '../feed/keys';
import { formatList } from '../indicators/format';
import { ListSchema, type ListDocument } from '../indicators/schema';
import { validateList } from '../indicators/validate';
import { diffLists } from './list-diff';
import { UsageError, type Args } from './args';

const str = (v: string | true | undefined) => (typeof v === 'string' ? v : undefined);

function need(args: Args, flag: string, what: string): string {
  const v = str(args.flags.get(flag));
  if (!v) throw new UsageError(`${what} needs ${flag} ${flag === '--out' ? 'PATH' : 'FILE'}`);
  return v;
}

function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

export async function listCommand(args: Args, out: (s: string) => void, err: (s: string) => void = (s) => process.stderr.write(s)): Promise<number> {
  const [sub, file, file2] = args.positional;
  switch (sub) {
    case 'validate': {
      if (!file) throw new UsageError('list validate needs FILE');
      const r = readAndValidate(file);
      if (!r.ok) {
        for (const e of r.errors) out(`${file}: ${e}\n`);
        return 1;
      }
      out(`${file}: valid list "${r.list.id}" version ${r.list.version}, ${r.list.indicators.length} indicators\n`);
      return 0;
    }
    case 'format': {
      if (!file) throw new UsageError('list format needs FILE');
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
    case 'keygen': {
      const dir = need(args, '--out', 'list keygen');
      const priv = path.join(dir, 'private.key');
      const pub = path.join(dir, 'public.key');
      if (!args.flags.has('--force') && (fs.existsSync(priv) || fs.existsSync(pub))) {
        err(`${dir} already holds a key; refusing to overwrite it (lists signed with it would stop verifying). Use --force to replace it.\n`);
        return 1;
      }
      const pair = await generateKeyPair();
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(priv, pair.privatePem, { mode: 0o600 });
      fs.chmodSync(priv, 0o600);
      fs.writeFileSync(pub, pair.publicPem);
      out(`key ${pair.id}\n  ${priv}  keep secret, offline if you can\n  ${pub}  give to users and to builds (LUREWATCH_FEED_PUBLIC_KEY)\n`);
      return 0;
    }
    case 'sign': {
      if (!file) throw new UsageError('list sign needs FILE');
      const keyFile = need(args, '--key', 'list sign');
      const dest = need(args, '--out', 'list sign');
      const r = readAndValidate(file);
      if (!r.ok) {
        for (const e of r.errors) err(`${file}: ${e}\n`);
        err(`${file}: not signed: fix the list first\n`);
        return 1;
      }
      const signed = await signList(r.list, parsePrivateKey(readText(keyFile)));
      fs.writeFileSync(dest, JSON.stringify(signed, null, 1) + '\n');
      out(`${dest}: "${r.list.id}" version ${r.list.version} signed with key ${signed.signature.keyId}, expires ${r.list.expires}\n`);
      if (Date.parse(r.list.expires) < Date.now()) err(`warning: this list expired on ${r.list.expires}; extensions will refuse it. Set a later "expires".\n`);
      return 0;
    }
    case 'verify': {
      if (!file) throw new UsageError('list verify needs SIGNED');
      const keys = await parsePublicKeys(readText(need(args, '--pub', 'list verify')));
      const opened = await openSignedList(readText(file), keys);
      if (!opened.ok) {
        err(`${file}: NOT valid (${opened.code}): ${opened.detail}\n`);
        return 1;
      }
      const l = opened.list;
      out(`${file}: good signature by key ${opened.keyId}; list "${l.id}" version ${l.version}, published ${l.published}, expires ${l.expires}\n`);
      if (Date.parse(l.expires) < Date.now()) err(`warning: this list expired on ${l.expires}; extensions will refuse it\n`);
      return 0;
    }
    case 'diff': {
      if (!file || !file2) throw new UsageError('list diff needs OLD NEW');
      const [a, b] = [file, file2].map((f) => {
        const r = readAndValidate(f);
        if (!r.ok) throw new Error(`${f}: ${r.errors.slice(0, 5).join('; ')}`);
        return r.list;
      }) as [ListDocument, ListDocument];
      const lines = diffLists(a, b);
      out(lines.join('\n') + '\n');
      if (lines.length === 1 && a.version === b.version) out('no differences\n');
      return 0;
    }
    case 'hash': {
      if (!file) throw new UsageError('list hash needs VALUE (a handle or phone number as written in an ad)');
      const key = handleKey(file);
      out(`${JSON.stringify({ sha256Prefix: sha256Hex(key).slice(0, 16) })}  (of "${key}")\n`);
      return 0;
    }
    default:
      throw new UsageError(`unknown list command "${sub ?? ''}" (validate, format, schema, keygen, sign, verify, diff, hash)`);
  }
}

/** Reads a list, or the list inside a signed envelope (so diff and validate work on published files too). */
function readAndValidate(file: string) {
  let data: unknown;
  try {
    data = JSON.parse(readText(file));
  } catch (e) {
    return { ok: false as const, errors: [`(document): cannot read as JSON: ${(e as Error).message}`] };
  }
  if (typeof data === 'object' && data !== null && (data as { format?: unknown }).format === ENVELOPE_FORMAT) data = (data as { list: unknown }).list;
  return validateList(data);
}

/** The list format as JSON Schema, for editors and for list authors who do not use our tools. */
export function listJsonSchema(): unknown {
  return z.toJSONSchema(ListSchema, { io: 'input', unrepresentable: 'any' });
}
