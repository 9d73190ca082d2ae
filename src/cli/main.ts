/**
 * Lurewatch command line. Exit codes: 0 done, 1 some inputs were bad (the rest still processed), 2 usage error.
 *   check FILE...                     readable verdict per file
 *   check --jsonl                     JSON Lines on stdin -> one verdict per line
 *   check --csv FILE --text-column NAME [--out FILE]
 *   eval CORPUS.jsonl [--verbose]     detection figures on a labelled corpus
 *   list validate FILE | list format FILE [--write] | list schema [--out FILE]
 *   list keygen --out DIR | list sign FILE --key PRIVATE --out SIGNED | list verify SIGNED --pub PUBLIC
 *   list diff OLD NEW | list hash VALUE
 *   campaign check FILE | campaign schema [--out FILE]
 * Any command takes --lists PATH (a list file or a folder of lists) instead of the bundled list.
 */
import fs from 'node:fs';
import { checkCsv, checkFiles, checkJsonl } from './check-command';
import { runEval } from './eval-command';
import { loadCompiled } from './lists';
import { listCommand } from './list-command';
import { campaignCommand } from './campaign-command';
import { parseArgs, UsageError } from './args';

export { parseArgs, UsageError };

const str = (v: string | true | undefined) => (typeof v === 'string' ? v : undefined);

export async function main(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s)): Promise<number> {
  const [command, ...rest] = argv;
  const args = parseArgs(rest);
  const lists = str(args.flags.get('--lists'));
  switch (command) {
    case 'check': {
      const list = loadCompiled(lists);
      if (args.flags.has('--jsonl')) return checkJsonl(list, process.stdin, out);
      const csv = str(args.flags.get('--csv'));
      if (csv) {
        const column = str(args.flags.get('--text-column'));
        if (!column) throw new UsageError('--csv needs --text-column NAME');
        const { csv: result, errors } = checkCsv(list, fs.readFileSync(csv, 'utf8'), column);
        const dest = str(args.flags.get('--out'));
        if (dest) fs.writeFileSync(dest, result);
        else out(result);
        for (const e of errors) process.stderr.write(e + '\n');
        return errors.length ? 1 : 0;
      }
      if (args.positional.length === 0) throw new UsageError('check needs FILE..., --jsonl or --csv FILE');
      return checkFiles(list, args.positional, out);
    }
    case 'eval': {
      const file = args.positional[0];
      if (!file) throw new UsageError('eval needs a corpus file');
      return runEval(loadCompiled(lists), file, out, args.flags.has('--verbose'));
    }
    case 'list':
      return listCommand(args, out);
    case 'campaign':
      return campaignCommand(args, out);
    default:
      throw new UsageError(command ? `unknown command "${command}"` : 'no command');
  }
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  main(process.argv.slice(2)).then(
    // exitCode, not exit(): a large output still being written to a pipe would be cut off.
    (code) => (process.exitCode = code),
    (e) => {
      if (e instanceof UsageError) {
        process.stderr.write(`lurewatch: ${e.message}\n\nusage:\n  check FILE... | check --jsonl | check --csv FILE --text-column NAME [--out FILE]\n  eval CORPUS.jsonl [--verbose]\n  list validate FILE | list format FILE [--write] | list schema [--out FILE]\n  list keygen --out DIR | list sign FILE --key DIR/private.key --out SIGNED\n  list verify SIGNED --pub DIR/public.key | list diff OLD NEW | list hash VALUE\n  campaign check FILE | campaign schema [--out FILE]\n  options: --lists PATH\n`);
        process.exitCode = 2;
        return;
      }
      process.stderr.write(`lurewatch: ${(e as Error).message}\n`);
      process.exitCode = 1;
    },
  );
}
