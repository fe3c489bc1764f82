// Opens tifa's corpus.html from disk (file://, no server, no network) in the system's headless
// Chromium, checks that both charts were drawn, that the search narrows the holders table and that a
// click on a column's header sorts it, and saves a screenshot. Run by hand (see README.md beside this file):
//   node corpus.mjs CORPUS_DIR OUT.png [SEARCH]
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const [dir, out, search] = process.argv.slice(2);
if (!out) {
  console.error('usage: node corpus.mjs CORPUS_DIR OUT.png [SEARCH]');
  process.exit(2);
}
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
try {
  const page = await browser.newPage();
  const requests = [];
  page.on('request', r => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) requests.push(r.url()); });
  const errors = [];
  page.on('pageerror', e => errors.push(e.message));
  await page.setViewport({ width: 1300, height: 1500 });
  await page.goto('file://' + path.resolve(dir, 'corpus.html'), { waitUntil: 'load' });
  await new Promise(r => setTimeout(r, 1500)); // ECharts animates its first drawing
  const drawn = await page.evaluate(() => ['slogan-chart', 'meeting-chart'].map(id => {
    const chart = echarts.getInstanceByDom(document.getElementById(id));
    const canvas = document.querySelector('#' + id + ' canvas');
    return { id, series: chart ? chart.getOption().series.length : 0, canvas: canvas ? canvas.width + 'x' + canvas.height : 'none' };
  }));
  const rows = () => page.evaluate(() => document.querySelectorAll('#holders tr').length - 1);
  const before = await rows();
  const links = await page.evaluate(() => document.querySelectorAll('#holders a[href]').length);
  await page.screenshot({ path: out });
  let after = before;
  if (search) {
    await page.type('#post-search', search);
    after = await rows();
  }
  // a click on "mentions" sorts ascending, a second descending: the first row then has the most
  const mentionsHeader = () => page.$$eval('#holders th', ths => ths.findIndex(th => th.textContent.startsWith('mentions')));
  for (let i = 0; i < 2; i++) {
    const at = await mentionsHeader();
    await page.evaluate(n => document.querySelectorAll('#holders th')[n].click(), at);
  }
  const at = await mentionsHeader();
  const sorted = await page.evaluate(n => Array.from(document.querySelectorAll('#holders tr')).slice(1)
    .map(tr => Number(tr.cells[n].textContent)), at);
  console.log(JSON.stringify({ drawn, holderRows: before, linkedRows: links, search, holderRowsAfterSearch: after,
    mentionsDescending: sorted.every((v, i) => i === 0 || sorted[i - 1] >= v), mostMentions: sorted[0],
    networkRequests: requests, scriptErrors: errors }));
} finally {
  await browser.close();
}
