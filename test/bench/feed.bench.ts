/**
 * Cost of keeping a feed marked: the largest synchronous step of a scan (the adapter reading every post) on feeds
 * of growing size, and the time from a post's insertion to its verdict on the page (marker shown), with the real
 * background checker in the same process. happy-dom is slower than a browser's DOM, so these are upper bounds.
 */
import fs from 'node:fs';
import { Window } from 'happy-dom';
import { createChecker } from '../../src/background/checker';
import { createRunner } from '../../src/content/runner';
import { facebookAdapter } from '../../src/extract/sites/facebook';
import type { Request } from '../../src/messaging/protocol';
import { createPageUi, MARKER_TAG } from '../../src/ui/page-ui';
import { uiEnv } from '../helpers/ui';

// Warnings in English, as a reader would see them (without messages they would show shorter keys).
const EN = uiEnv('en');

const FEED_URL = 'https://www.facebook.com/groups/lokerluarnegeri/';

/** A copy of a fixture post with its own post id and a marker in its text, so that it is a new post. */
function postCopy(post: Element, id: number, mark: string): Element {
  const copy = post.cloneNode(true) as Element;
  copy.querySelectorAll('a[href*="/posts/"]').forEach((a) => a.setAttribute('href', `/groups/lokerluarnegeri/posts/${id}/`));
  copy.querySelector('[data-ad-rendering-role="story_message"] div[dir="auto"]')?.append(mark);
  return copy;
}

/** The fixture's group feed, its posts repeated to n posts (Preact renders with the global document, as in a page). */
function feedPage(fixture: string, n: number) {
  const win = new Window({ url: FEED_URL });
  const doc = win.document as unknown as Document;
  (globalThis as { document?: unknown }).document = doc;
  doc.write(fixture);
  const feed = doc.querySelector('[role="feed"]')!;
  const posts = [...feed.children];
  for (let i = feed.children.length; i < n; i++) feed.append(postCopy(posts[i % posts.length]!, 9000000 + i, ` #${i}`));
  return { win, doc, feed };
}

async function main() {
  const fixture = fs.readFileSync('test/fixtures/pages/sites/facebook-desktop-group-feed.html', 'utf8');
  const checker = createChecker();
  await checker.handle(undefined, { type: 'check', input: { text: 'warm up the compiled list' } }, {});

  const url = FEED_URL;
  for (const n of [100, 1000, 3000]) {
    const { win, doc } = feedPage(fixture, n);
    const t0 = performance.now();
    const items = facebookAdapter.extract(doc, new URL(url));
    const extractMs = performance.now() - t0;
    const t1 = performance.now();
    const found = facebookAdapter.posts!(doc, new URL(url))!.length;
    const findMs = performance.now() - t1;
    console.log(`feed of ${n} posts: reading every post ${extractMs.toFixed(1)} ms (${((extractMs / n) * 1000).toFixed(0)} µs a post, ${items.length} items); finding the posts ${findMs.toFixed(1)} ms (${found})`);
    await win.happyDOM.close();
  }

  // A 3000-post feed marked from scratch by the runner, with idle callbacks as timers: the longest time the main
  // thread was held (the largest gap between ticks of a 0 ms timer loop) stands for the longest task.
  {
    const n = 3000;
    const { win, doc } = feedPage(fixture, n);
    let done = false;
    let marked = 0;
    let worstShow = 0;
    let worstRead = 0;
    const pageUi = createPageUi(doc, { ui: EN });
    const ui = {
      ...pageUi,
      show: (...a: Parameters<typeof pageUi.show>) => {
        const t = performance.now();
        if (a[1].result.level !== 'low') marked++;
        pageUi.show(...a);
        worstShow = Math.max(worstShow, performance.now() - t);
      },
    };
    // Reading posts, timed one call at a time (the runner reads posts until its 8 ms budget is spent).
    const timed = { ...facebookAdapter, readPost: (p: Element, u: URL) => { const t = performance.now(); const r = facebookAdapter.readPost!(p, u); worstRead = Math.max(worstRead, performance.now() - t); return r; } };
    const runner = createRunner({
      doc, location: () => url, ui, adapterFor: () => timed, idle: (fn) => void setTimeout(fn, 0),
      send: (m: Request) => checker.handle(undefined, m, { tab: { id: 1 }, url }),
    });
    let worstGap = 0;
    let last = performance.now();
    const tick = () => {
      const t = performance.now();
      worstGap = Math.max(worstGap, t - last);
      last = t;
      if (!done) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    const t0 = performance.now();
    await runner.scan();
    // Later slices run from idle callbacks; wait until every post has been read.
    for (let seen = -1, count = 0; count !== seen; ) {
      seen = count;
      await new Promise((r) => setTimeout(r, 1500));
      count = marked;
    }
    done = true;
    console.log(`marking a ${n}-post feed from scratch: ${((performance.now() - t0) / 1000).toFixed(1)} s for ${marked} markers; longest main-thread hold ${worstGap.toFixed(1)} ms here, where scoring shares the thread (in the extension it runs in the background worker); slowest single post read ${worstRead.toFixed(1)} ms, slowest marker shown ${worstShow.toFixed(1)} ms`);
    runner.stop();
    await win.happyDOM.close();
  }

  // Insertion to verdict: a runner on the fixture's feed, then 50 new posts one at a time.
  const { win, doc, feed } = feedPage(fixture, 0);
  // Copied before the runner marks the page, so new posts carry no marker of their own.
  const template = feed.children[0]!.cloneNode(true) as Element;
  const runner = createRunner({
    doc, location: () => url, ui: createPageUi(doc, { ui: EN }), adapterFor: () => facebookAdapter, idle: (fn) => void setTimeout(fn, 0),
    send: (m: Request) => checker.handle(undefined, m, { tab: { id: 1 }, url }),
  });
  await runner.scan();
  runner.observe(doc.body);
  const times: number[] = [];
  for (let i = 0; i < 50; i++) {
    const post = postCopy(template, 8000000 + i, ` (${i})`);
    const t0 = performance.now();
    feed.append(post);
    const until = t0 + 5000;
    while (!post.querySelector(MARKER_TAG)) {
      if (performance.now() > until) throw new Error('the new lure post was not marked');
      await new Promise((r) => setTimeout(r, 1));
    }
    times.push(performance.now() - t0);
  }
  runner.stop();
  times.sort((a, b) => a - b);
  console.log(`insertion of a post to its marker: median ${times[25]!.toFixed(1)} ms, worst ${times[49]!.toFixed(1)} ms (50 posts, feed of ${feed.children.length})`);
  await win.happyDOM.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
