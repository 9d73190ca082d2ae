/** Command-line argument parsing shared by the commands. */
export class UsageError extends Error {}

export interface Args { positional: string[]; flags: Map<string, string | true> }

const VALUE_FLAGS = new Set(['--lists', '--csv', '--text-column', '--out', '--key', '--pub']);

export function parseArgs(argv: string[]): Args {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      if (eq > 0) flags.set(a.slice(0, eq), a.slice(eq + 1));
      else if (VALUE_FLAGS.has(a)) {
        const v = argv[++i];
        if (v === undefined) throw new UsageError(`${a} needs a value`);
        flags.set(a, v);
      } else flags.set(a, true);
    } else positional.push(a);
  }
  return { positional, flags };
}

