/**
 * `campaign check FILE`: what a partner runs before asking for a build; the same checks as
 * `LUREWATCH_CAMPAIGN=FILE npm run build`, with every mistake listed by field.
 * `campaign schema [--out FILE]`: the JSON Schema for editors (assets/campaign.schema.json).
 */
import fs from 'node:fs';
import { z } from 'zod';
import { CampaignError, loadCampaign } from '../campaign/build-config';
import { CampaignSchema } from '../campaign/schema';
import { UsageError, type Args } from './args';

export const campaignJsonSchema = (): unknown => z.toJSONSchema(CampaignSchema, { io: 'input', unrepresentable: 'any' });

export function campaignCommand(args: Args, out: (s: string) => void, err: (s: string) => void = (s) => process.stderr.write(s)): number {
  const [sub, file] = args.positional;
  switch (sub) {
    case 'check': {
      if (!file) throw new UsageError('campaign check needs a campaign file');
      try {
        const { campaign, hostPermissions } = loadCampaign(file);
        const countries = Object.keys(campaign.countries ?? {});
        out(`${file}: OK. "${campaign.name}" by ${campaign.organisation}; language ${campaign.defaultLanguage ?? 'from the browser'}; ${countries.length} countries (${countries.join(', ') || 'none'}); ${campaign.lists?.length ?? 0} extra lists${hostPermissions.length ? ` (host access: ${hostPermissions.join(', ')})` : ''}.\n`);
        return 0;
      } catch (e) {
        if (!(e instanceof CampaignError)) throw e;
        err(e.message + '\n');
        return 1;
      }
    }
    case 'schema': {
      const text = JSON.stringify(campaignJsonSchema(), null, 2) + '\n';
      const dest = args.flags.get('--out');
      if (typeof dest === 'string') fs.writeFileSync(dest, text);
      else out(text);
      return 0;
    }
    default:
      throw new UsageError(`unknown campaign command "${sub ?? ''}" (check, schema)`);
  }
}
