/**
 * OLX classifieds job ads. OLX runs three front ends: "Panamera" (olx.in, olx.co.id, olx.com.pk, the Gulf) marks its
 * fields with `data-aut-id`; the European one (olx.pl, .ro, .ua, .kz, .uz, .bg, .pt) with `data-cy`/`data-testid`;
 * OLX Brasil with design-system blocks and a description section. Related-ad cards below the ad reuse the field
 * markers (`itemTitle`, `itemPrice`, `ad-price`), so fields are taken only outside those cards. Car and flat ads
 * share the markup: the breadcrumb (or the address) must name the jobs category.
 */
import { match1, postingItem, safely } from '../posting-item';
import type { SiteAdapter } from '../types';

const TITLE = ['h1[data-aut-id="itemTitle"]', '[data-aut-id="itemTitle"]', '[data-testid="offer_title"]', '[data-cy="ad_title"]', '[data-testid="ad_title"]', '#content h1', 'main h1'];
const PRICE = ['[data-aut-id="itemPrice"]', '[data-testid="ad-price-container"]', '[data-testid="ad-price"]'];
const PARAMS = ['[data-aut-id="itemParams"]', '[data-testid="ad-parameters-container"]'];
const LOCATION = ['[data-aut-id="itemLocation"]', '[data-aut-id="item-location"]', '[data-testid="map-aside-section"]'];
const DESCRIPTION = ['[data-aut-id="itemDescriptionContent"]', '[data-cy="ad_description"]', '[data-testid="ad_description"]', '[data-section="description"]', '#description-title'];
const BREADCRUMB = '[data-aut-id="breadcrumb"], [data-testid="breadcrumbs"], [data-cy="breadcrumbs"], nav[aria-label*="breadcrumb" i]';
/** The jobs category as OLX names it in each country (and in its addresses: /praca/, /jobs_c4, /vagas-de-emprego/). */
const JOBS_CATEGORY = /\bjobs?\b|lowongan|praca|работ|робот|munc|emprego|vagas|\bish\b|وظائف/i;
const OTHER_ADS = '[data-aut-id="itemBox"], [data-aut-id="relatedItems"], [data-cy="l-card"], [data-testid="l-card"], [data-testid="similar-ads"]';

/** The first element matching the selectors (in their order) that is not part of another ad's card. */
function own(doc: Document, selectors: readonly string[]): Element | null {
  for (const s of selectors) {
    for (const el of doc.querySelectorAll(s)) if (!el.closest(OTHER_ADS)) return el;
  }
  return null;
}

export const olx: SiteAdapter = {
  id: 'olx',
  hosts: /(^|\.)olx\.(co\.id|in|com\.pk|com\.br|ro|pl|ua|kz|uz|bg|pt|com\.lb|com\.om|com\.kw|com\.bh|qa|com\.eg)$/,
  mode: 'posting',
  extract: (doc, url) =>
    safely(() => {
      const crumbs = doc.querySelector(BREADCRUMB);
      const crumbWords = crumbs ? [crumbs.textContent ?? '', ...[...crumbs.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '')].join(' ') : '';
      if (crumbs && !JOBS_CATEGORY.test(`${crumbWords} ${url.pathname}`)) return [];
      const footer = doc.querySelector('[data-cy="ad-footer-bar-section"], [data-testid="ad-footer-bar-section"], [data-aut-id="itemId"]')?.textContent;
      const id =
        match1(url.pathname, /-iid-(\d+)/) ?? // Panamera: /item/<slug>-iid-<id>
        match1(url.pathname, /-ID([A-Za-z0-9]+)\.html$/) ?? // Europe: /d/oferta/<slug>-ID<id>.html
        match1(footer, /(\d{6,})/) ??
        match1(url.pathname, /-(\d{8,})$/); // Brasil: /<region>/vagas-de-emprego/<slug>-<id>
      return postingItem({
        site: 'olx',
        id,
        url,
        title: own(doc, TITLE),
        details: [own(doc, PRICE), own(doc, PARAMS), own(doc, LOCATION)],
        description: own(doc, DESCRIPTION),
      });
    }),
};
