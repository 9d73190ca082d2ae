/** Where lists come from: the build's default feed and the feeds a user (or an NGO's instructions) added. */
import { z } from 'zod';

export { checkFeedUrl, FeedInputError, originPattern } from './urls';

export const DEFAULT_FEED_ID = 'default';

export const FeedSourceSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{3,40}$/),
  title: z.string().min(1).max(200),
  /** Mirrors, tried in order. */
  urls: z.array(z.string()).min(1).max(10),
  /** One or more PEM public keys; a list signed by any of them is accepted. */
  publicKey: z.string().min(1),
  builtin: z.boolean(),
});
export type FeedSource = z.infer<typeof FeedSourceSchema>;

