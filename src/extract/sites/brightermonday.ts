/**
 * BrighterMonday (Kenya, Uganda, Tanzania) and Jobberman (Nigeria, Ghana): one platform. A job's page
 * (/listings/<slug>) holds the ad in one <article> styled with utility classes that carry no meaning, so the ad is
 * read as the article's blocks from the one holding the title (<h1>) on: title, company, place, pay, summary and
 * description, in the order shown, without the breadcrumb above the title.
 */
import { jobPostingsFromMarkup } from '../jsonld';
import { match1, pick, postingItem, safely } from '../posting-item';
import type { SiteAdapter } from '../types';

const ARTICLE = ['#tab1 article', 'article.job__details', 'main article'];

export const brightermonday: SiteAdapter = {
  id: 'brightermonday',
  hosts: /(^|\.)(brightermonday\.(co\.ke|co\.ug|co\.tz)|jobberman\.(com|com\.gh))$/,
  paths: /^\/listings\//,
  mode: 'posting',
  extract: (doc, url) =>
    safely(() => {
      const article = pick(doc, ARTICLE);
      // An article without a heading is some other block (a blog teaser); the ad always opens with its title.
      const title = article?.querySelector('h1') ?? null;
      const blocks = article ? [...article.children] : [];
      const from = title ? blocks.findIndex((b) => b.contains(title)) : -1;
      const ad = from < 0 ? [] : blocks.slice(from);
      const items = postingItem({
        site: 'brightermonday',
        id: match1(url.pathname, /^\/listings\/([^/?#]+)/),
        url,
        title,
        details: ad.slice(0, -1),
        // The last block is the summary and description; the ones before it are the header and its meta rows.
        description: ad.length > 1 ? ad[ad.length - 1]! : null,
        anchor: article,
      });
      return items.length ? items : jobPostingsFromMarkup(doc, url);
    }),
};
