/**
 * Sites with an adapter, by host only, for the eager stage: on these the second stage always loads (feeds and chats
 * fill in after the page loads, so the text pre-check would see an empty shell). Kept in step with the adapters'
 * own `hosts` by a unit test; the adapters' code stays out of the eager bundle.
 */
export const KNOWN_SITE_HOSTS =
  /(^|\.)(facebook\.com|messenger\.com|web\.telegram\.org|t\.me|telegram\.me|web\.whatsapp\.com|linkedin\.com|mail\.google\.com|outlook\.(live|office|office365)\.com|indeed\.[a-z.]+|glassdoor\.[a-z.]+|jobstreet\.[a-z.]+|jobsdb\.com|seek\.(com|com\.au|co\.nz)|naukri\.com|brightermonday\.[a-z.]+|jobberman\.[a-z.]+|craigslist\.org|olx\.[a-z.]+)$/;
