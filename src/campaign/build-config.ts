/**
 * Reads a partner's campaign file for the build (Node only, used by wxt.config.ts):
 *   LUREWATCH_CAMPAIGN=path/to/campaign.json npm run build
 * Every mistake is reported at once, by field, and stops the build: a campaign copy with a wrong hotline number
 * must never be handed out.
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkPublicKeyPem } from '../feed/build-config';
import { checkFeedUrl, originPattern } from '../feed/urls';
import type { BuildCampaign } from './brand';
import { CampaignSchema, describeIssues } from './schema';

export interface CampaignBuild {
  campaign: BuildCampaign;
  /** The logo file to copy into the extension, and where it goes there. */
  logo?: { file: string; dest: string };
  hostPermissions: string[];
}

export class CampaignError extends Error {}

const MAX_LOGO = 512 * 1024;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function loadCampaign(file: string): CampaignBuild {
  const where = path.resolve(file);
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(where, 'utf8'));
  } catch (e) {
    throw new CampaignError(`campaign file ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : `not valid JSON (${(e as Error).message})`}`);
  }
  const parsed = CampaignSchema.safeParse(raw);
  const problems = parsed.success ? [] : describeIssues(parsed.error);
  const dir = path.dirname(where);

  let logo: CampaignBuild['logo'];
  if (parsed.success && parsed.data.logo) {
    const src = path.resolve(dir, parsed.data.logo);
    const bytes = fs.existsSync(src) ? fs.readFileSync(src) : null;
    const ext = path.extname(src).toLowerCase();
    if (!bytes) problems.push(`logo: file ${parsed.data.logo} not found next to the campaign file`);
    else if (bytes.length > MAX_LOGO) problems.push(`logo: ${bytes.length} bytes; keep it under ${MAX_LOGO / 1024} KB`);
    else if (ext === '.png' && !bytes.subarray(0, 8).equals(PNG)) problems.push('logo: not a PNG file');
    else if (ext === '.svg' && (!/<svg[\s>]/.test(bytes.toString('utf8')) || /<script|\bon[a-z]+\s*=|javascript:/i.test(bytes.toString('utf8')))) problems.push('logo: not an SVG image, or it holds scripts');
    else logo = { file: src, dest: `campaign/logo${ext}` };
  }

  const lists = (parsed.success ? parsed.data.lists ?? [] : []).map((l, i) => {
    let key = l.publicKey.trim();
    if (!key.includes('-----BEGIN')) {
      const keyFile = path.resolve(dir, key);
      if (fs.existsSync(keyFile)) key = fs.readFileSync(keyFile, 'utf8').trim();
    }
    try {
      checkPublicKeyPem(key, `lists.${i}.publicKey`);
      l.urls.forEach(checkFeedUrl);
    } catch (e) {
      problems.push((e as Error).message);
    }
    return { ...l, publicKey: key + '\n' };
  });

  if (problems.length || !parsed.success) throw new CampaignError(`campaign file ${file} has ${problems.length === 1 ? 'a mistake' : `${problems.length} mistakes`}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  const { $schema: _schema, logo: _logo, ...rest } = parsed.data;
  const campaign: BuildCampaign = { ...rest, lists, ...(logo && { logo: `/${logo.dest}` }) };
  return { campaign, logo, hostPermissions: [...new Set(lists.flatMap((l) => l.urls.map(originPattern)))] };
}

export function campaignFromEnv(env: Record<string, string | undefined>): CampaignBuild | null {
  const file = env.LUREWATCH_CAMPAIGN?.trim();
  return file ? loadCampaign(file) : null;
}
