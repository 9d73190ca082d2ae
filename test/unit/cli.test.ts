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
