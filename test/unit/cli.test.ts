/** The command-line contract, run exactly as NGO staff and our evaluation run it. */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/cli/csv';
import { tinyList } from '../helpers/lists';

const exec = promisify(execFile);
const FIX = 'test/fixtures/cli';

async function cli(args: string[], input?: string): Promise<{ stdout: string; stderr: string; code: number }> {
  const child = execFile('npm', ['run', '--silent', 'cli', '--', ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (input !== undefined) child.stdin!.end(input);
  else child.stdin!.end();
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  return { stdout, stderr, code };
}

describe('cli check', () => {
  it('prints a readable verdict per file, with quoted signals', async () => {
    const { stdout, code } = await cli(['check', `${FIX}/lure.txt`, `${FIX}/genuine.txt`]);
    expect(code).toBe(0);
    const [lure, genuine] = stdout.split(/\n(?=test\/)/);
    expect(lure).toMatch(/^test\/fixtures\/cli\/lure\.txt: HIGH \(score \d+\/100\) possible trafficking lure/);
    expect(lure).toMatch(/visa\.tourist-for-work \(\d+\): "[^"]*tourist visa"/);
    expect(genuine).toMatch(/genuine\.txt: LOW .* no warning/);
  });

  it('reports a missing file and still checks the others', async () => {
    const { stdout, stderr, code } = await cli(['check', `${FIX}/nope.txt`, `${FIX}/genuine.txt`]);
    expect(code).toBe(1);
    expect(stderr).toContain('nope.txt: cannot read: ENOENT');
    expect(stdout).toContain('genuine.txt: LOW');
  });

  it('scores JSON Lines in order, with ids, and reports bad lines by number', async () => {
    const lines = [
      JSON.stringify({ id: 'a', text: fs.readFileSync(`${FIX}/lure.txt`, 'utf8') }),
      '{not json',
      JSON.stringify({ id: 'b', text: 'Accountant wanted, 3 years experience, apply at careers@firm.example.com', kind: 'posting' }),
      JSON.stringify({ id: 'c', text: 42 }),
      JSON.stringify({ id: 'd', text: 'hello', kind: 'tweet' }),
    ];
    const { stdout, code } = await cli(['check', '--jsonl'], lines.join('\n') + '\n');
    expect(code).toBe(1);
    const out = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a', null, 'b', 'c', 'd']);
    expect(out[0]).toMatchObject({ level: 'high', family: 'trafficking-lure' });
    expect(out[0].signals[0]).toEqual(expect.objectContaining({ indicator: expect.any(String), evidence: expect.any(String), start: expect.any(Number), end: expect.any(Number) }));
    expect(out[1]).toMatchObject({ line: 2, error: expect.stringContaining('not JSON') });
    expect(out[2]).toMatchObject({ level: 'low', family: null });
    expect(out[3]).toMatchObject({ line: 4, error: '"text" must be a string' });
    expect(out[4]).toMatchObject({ line: 5, error: expect.stringContaining('"kind"') });
    const text = JSON.parse(lines[0]!).text as string;
    for (const s of out[0].signals) expect(text.slice(s.start, s.end)).toBe(s.evidence);
  });

  it('adds score, level, family and top signals to a CSV', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lw-cli-'));
    const dest = path.join(dir, 'out.csv');
    const { code } = await cli(['check', '--csv', `${FIX}/ads.csv`, '--text-column', 'ad_text', '--out', dest]);
    expect(code).toBe(0);
    const rows = parseCsv(fs.readFileSync(dest, 'utf8'));
    expect(rows[0]).toEqual(['id', 'source', 'ad_text', 'lurewatch_score', 'lurewatch_level', 'lurewatch_family', 'lurewatch_signals']);
    const byId = Object.fromEntries(rows.slice(1).map((r) => [r[0], r]));
    expect(byId['1']![4]).toBe('high');
    expect(byId['1']![5]).toBe('trafficking-lure');
    expect(byId['2']![4]).toBe('low');
    expect(byId['3']![5]).toBe('job-scam');
    expect(byId['1']![2]).toContain('$1,500/month'); // the original text is kept intact
  });

  it('says which column is missing', async () => {
    const { stderr, code } = await cli(['check', '--csv', `${FIX}/ads.csv`, '--text-column', 'body']);
    expect(code).toBe(1);
    expect(stderr).toContain('no column "body"');
  });

  it('scores with other lists given by --lists, and rejects an invalid one with every error', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lw-lists-'));
    const custom = tinyList([{ id: 'test.banana', family: 'job-scam', weight: 60, patterns: { en: ['banana boat job'] } }]);
    fs.writeFileSync(path.join(dir, 'custom.json'), JSON.stringify(custom));
    const ok = await cli(['check', '--jsonl', '--lists', dir], JSON.stringify({ id: 1, text: 'Apply for the banana boat job today' }) + '\n');
    expect(JSON.parse(ok.stdout)).toMatchObject({ level: 'high', family: 'job-scam', signals: [{ indicator: 'test.banana', evidence: 'banana boat job' }] });

    fs.writeFileSync(path.join(dir, 'custom.json'), JSON.stringify({ ...custom, version: 0, indicators: [{ ...custom.indicators[0], patterns: { en: ['(broken'] } }] }));
    const bad = await cli(['check', '--jsonl', '--lists', dir], '{"id":1,"text":"x"}\n');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('version');
    expect(bad.stderr).toContain('indicators.0.patterns.en.0');
  });

  it('explains usage errors with exit code 2', async () => {
    const { stderr, code } = await cli(['check']);
    expect(code).toBe(2);
    expect(stderr).toContain('usage');
  });
});

describe('cli list', () => {
  it('validates the bundled list', async () => {
    const { stdout, code } = await cli(['list', 'validate', 'assets/indicators/lurewatch-core.json']);
    expect(code).toBe(0);
    expect(stdout).toContain('valid list "lurewatch-core"');
  });

  it('lists every error of an invalid list with its path', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lw-bad-')), 'bad.json');
    const doc = tinyList([{ id: 'test.one', patterns: { en: ['ok'] } }, { id: 'test.one', patterns: { en: ['[unclosed'] } }]);
    fs.writeFileSync(file, JSON.stringify({ ...doc, sources: [] }));
    const { stdout, code } = await cli(['list', 'validate', file]);
    expect(code).toBe(1);
    expect(stdout).toContain('indicators.1.id: duplicate id "test.one"');
    expect(stdout).toContain('indicators.1.patterns.en.0');
    expect(stdout).toContain('unknown source "test-source"');
  });
});

describe('cli list: publishing a signed list', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lw-cli-sign-'));
  const v1 = tinyList([{ id: 'scam.a', patterns: { en: ['alpha offer'] } }], { id: 'ngo-list', version: 1, expires: '2099-01-01T00:00:00Z' });
  const v2 = tinyList([{ id: 'scam.a', weight: 30, patterns: { en: ['alpha offer', 'alpha deal'] } }, { id: 'scam.b', patterns: { en: ['beta offer'] } }], { id: 'ngo-list', version: 2, expires: '2099-01-01T00:00:00Z' });
  fs.writeFileSync(path.join(tmp, 'v1.json'), JSON.stringify(v1));
  fs.writeFileSync(path.join(tmp, 'v2.json'), JSON.stringify(v2));
  const at = (f: string) => path.join(tmp, f);

  it('keygen, sign and verify work exactly as the README says; a changed byte or another key fails', async () => {
    const gen = await cli(['list', 'keygen', '--out', at('keys')]);
    expect(gen.code).toBe(0);
    expect(fs.readFileSync(at('keys/public.key'), 'utf8')).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
    expect(fs.statSync(at('keys/private.key')).mode & 0o077).toBe(0);
    // A second keygen into the same folder must not destroy the key lists are signed with.
    const again = await cli(['list', 'keygen', '--out', at('keys')]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/refusing to overwrite/);

    const sign = await cli(['list', 'sign', at('v2.json'), '--key', at('keys/private.key'), '--out', at('v2.signed.json')]);
    expect(sign.code).toBe(0);
    expect(sign.stdout).toMatch(/"ngo-list" version 2 signed with key [0-9a-f]{16}/);

    const ok = await cli(['list', 'verify', at('v2.signed.json'), '--pub', at('keys/public.key')]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/good signature .* "ngo-list" version 2/);

    const text = fs.readFileSync(at('v2.signed.json'), 'utf8');
    fs.writeFileSync(at('tampered.json'), text.replace('beta offer', 'beta offeR'));
    const bad = await cli(['list', 'verify', at('tampered.json'), '--pub', at('keys/public.key')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/NOT valid \(bad-signature\)/);

    await cli(['list', 'keygen', '--out', at('other')]);
    const foreign = await cli(['list', 'verify', at('v2.signed.json'), '--pub', at('other/public.key')]);
    expect(foreign.code).toBe(1);
    expect(foreign.stderr).toMatch(/unknown-key/);
  });

  it('sign refuses an invalid list and names every error', async () => {
    fs.writeFileSync(at('broken.json'), JSON.stringify({ ...v1, version: 0 }));
    await cli(['list', 'keygen', '--out', at('k2')]);
    const r = await cli(['list', 'sign', at('broken.json'), '--key', at('k2/private.key'), '--out', at('broken.signed.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/version: .*>=1/);
    expect(fs.existsSync(at('broken.signed.json'))).toBe(false);
  });

  it('diff shows what was added, removed and changed, by indicator id', async () => {
    const r = await cli(['list', 'diff', at('v1.json'), at('v2.json')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('version 1 -> 2');
    expect(r.stdout).toMatch(/indicators:\n {2}\+ scam\.b\n {2}~ scam\.a: weight 20 -> 30; patterns en: \+"alpha deal"/);
    const back = await cli(['list', 'diff', at('v2.json'), at('v1.json')]);
    expect(back.stdout).toMatch(/- scam\.b/);
    expect(back.stdout).toMatch(/LOWER/);
  });
});

describe('cli output through a pipe', () => {
  it('a large --csv result written to stdout is complete (not cut off at exit)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lw-cli-pipe-'));
    const rows = ['id,text', ...Array.from({ length: 2000 }, (_, i) => `${i},"Customer service job ${i} in Cambodia, salary USD 1500, free ticket, tourist visa, contact on Telegram"`)];
    fs.writeFileSync(path.join(dir, 'in.csv'), rows.join('\n') + '\n');
    const piped = await cli(['check', '--csv', path.join(dir, 'in.csv'), '--text-column', 'text']);
    await cli(['check', '--csv', path.join(dir, 'in.csv'), '--text-column', 'text', '--out', path.join(dir, 'out.csv')]);
    const written = fs.readFileSync(path.join(dir, 'out.csv'), 'utf8');
    expect(written.length).toBeGreaterThan(200_000);
    expect(piped.stdout).toBe(written);
  }, 60_000);
});
