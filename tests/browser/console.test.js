// Browser test of the approval console: playwright-core drives Debian's chromium (never a
// downloaded browser). Usage: node console.test.js URL OUT_DIR RESULT_JSON
// Passwords come from the environment (APPROVER_PASSWORD, SUPERVISOR_PASSWORD).
'use strict';
const { chromium } = require('playwright-core');
const fs = require('fs');
const os = require('os');
const path = require('path');

const [url, outDir, resultFile] = process.argv.slice(2);
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function check(cond, what) {
  if (!cond) throw new Error('check failed: ' + what);
  console.log('ok - ' + what);
}

async function browser() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'disclosure-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: '/usr/bin/chromium', headless: true, args: ARGS,
    viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
  return { context, dir };
}

// Polls `fn` in the page until it is true (deadline 10 s). Playwright's waitForFunction
// evaluates strings in the page, which the console's CSP (no unsafe-eval) rightly forbids.
async function waitFor(page, fn, arg) {
  const deadline = Date.now() + 10000;
  while (Date.now() < deadline) {
    if (await page.evaluate(fn, arg)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('timed out waiting for ' + fn.toString());
}

async function login(page, name, password) {
  await page.goto(url + '/');
  await page.waitForSelector('#view-login:not([hidden])');
  await page.fill('#login-name', name);
  await page.fill('#login-password', password);
  await page.click('#login-submit');
  await page.waitForSelector('#view-queue:not([hidden]) #queue-body tr.row');
}

// Opens the queue row of `id` with the keyboard (j … Enter).
async function openWithKeys(page, id) {
  await page.evaluate(() => { location.hash = '#/queue'; });
  await page.waitForSelector('#view-queue:not([hidden]) #queue-body tr.row');
  const ids = await page.$$eval('#queue-body tr.row', (rows) => rows.map((r) => r.dataset.id));
  const index = ids.indexOf(id);
  check(index >= 0, 'item is listed in the queue');
  const current = await page.$$eval('#queue-body tr.row', (rows) => rows.findIndex((r) => r.classList.contains('sel')));
  const key = index >= current ? 'j' : 'k';
  for (let i = 0; i < Math.abs(index - current); i++) await page.keyboard.press(key);
  await page.keyboard.press('Enter');
  await waitFor(page, (want) => location.hash === '#/item/' + want &&
    !document.getElementById('view-item').hidden &&
    document.getElementById('item-meta').textContent.includes(want), id);
}

async function apiJson(page, method, p, body) {
  return page.evaluate(async ([method, p, body]) => {
    const s = await (await fetch('/api/session')).json();
    const r = await fetch(p, { method, headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': s.csrf },
      body: body ? JSON.stringify(body) : undefined });
    return { status: r.status, data: await r.json() };
  }, [method, p, body]);
}

(async () => {
  fs.mkdirSync(outDir, { recursive: true });
  const result = { approved: [], rejected: [], edited: '' };

  // ---- the approver
  let { context, dir } = await browser();
  let page = context.pages()[0] || await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // The session probe before login answers 401 by design; anything else is an error.
  page.on('console', (m) => { if (m.type() === 'error' && !/status of 401/.test(m.text())) errors.push(m.text()); });
  await login(page, 'appr1', process.env.APPROVER_PASSWORD);
  const queue = (await apiJson(page, 'GET', '/api/items')).data.items;
  const single = queue.filter((i) => !i.needs_second && i.state === 'pending');
  check(single.length >= 3, 'at least three single-approver items wait (' + single.length + ')');
  check(await page.locator('#queue-body tr.overdue').count() > 0 || queue.every((i) => !i.overdue),
    'overdue items are marked');
  await page.screenshot({ path: path.join(outDir, 'console-queue.png'), fullPage: false });

  // 1. approve one with the keyboard
  const [one, two] = single;
  await openWithKeys(page, one.item_id);
  check(await page.isVisible('#approve'), 'the approver sees the approve button');
  check(await page.isVisible('#original-col'), 'the approver sees the original beside the preview');
  await page.screenshot({ path: path.join(outDir, 'console-item.png'), fullPage: true });
  await page.keyboard.press('a');
  await waitFor(page, () => document.getElementById('action-status').textContent.includes('已批准'));
  result.approved.push(one.item_id);
  console.log('ok - approved with the a key');

  // 2. reject another with a comment
  await openWithKeys(page, two.item_id);
  await page.keyboard.press('r');
  await page.waitForSelector('#reject-box:not([hidden])');
  await page.fill('#reject-comment', '事实表述不完整，退回补正');
  await page.click('#reject-confirm');
  await waitFor(page, () => document.getElementById('action-status').textContent.includes('已驳回'));
  result.rejected.push(two.item_id);
  console.log('ok - rejected with a comment');

  // 3. fix a redaction (mask a further stretch), then approve
  let fixed = null, maskText = '';
  for (const cand of single.slice(2)) {
    const view = (await apiJson(page, 'GET', '/api/items/' + cand.item_id)).data;
    // Prefer the facts: masking part of a document number would make a poor example.
    const editable = view.fields.filter((f) => f.editable).sort((a, b) => (b.name === 'content.facts') - (a.name === 'content.facts'));
    for (const f of editable) {
      for (const s of f.segments.filter((s) => s.kind === 'plain')) {
        const m = s.original.match(/[\u4e00-\u9fff]{4}/);
        if (m) { maskText = m[0]; break; }
      }
      if (maskText) break;
    }
    if (maskText) { fixed = cand; break; }
  }
  check(fixed !== null, 'an item with an editable field exists');
  await openWithKeys(page, fixed.item_id);
  await page.keyboard.press('e');
  await page.waitForSelector('#edit-box:not([hidden])');
  await page.fill('#mask-text', maskText);
  await page.selectOption('#mask-class', 'other');
  await page.click('#mask-add');
  await page.waitForSelector('#preview mark.manual');
  check(await page.locator('#preview mark.manual').count() > 0, 'the added mask shows in the preview');
  await page.screenshot({ path: path.join(outDir, 'console-item-edit.png'), fullPage: true });
  await page.click('#approve');
  await waitFor(page, () => document.getElementById('action-status').textContent.includes('已批准'));
  result.approved.push(fixed.item_id);
  result.edited = fixed.item_id;
  console.log('ok - fixed a redaction and approved');

  const after = (await apiJson(page, 'GET', '/api/items?state=all&limit=5000')).data.items;
  const stateOf = (id) => (after.find((i) => i.item_id === id) || {}).state;
  check(stateOf(one.item_id) === 'approved' && stateOf(fixed.item_id) === 'approved', 'two items approved');
  check(stateOf(two.item_id) === 'rejected', 'one item rejected');
  check(errors.length === 0, 'no script errors or CSP violations (' + errors.join('; ') + ')');
  await context.close();
  fs.rmSync(dir, { recursive: true, force: true });

  // ---- the supervisor: read-only
  ({ context, dir } = await browser());
  page = context.pages()[0] || await context.newPage();
  await login(page, 'super1', process.env.SUPERVISOR_PASSWORD);
  const pending = (await apiJson(page, 'GET', '/api/items')).data.items.find((i) => i.state === 'pending');
  await openWithKeys(page, pending.item_id);
  check(!(await page.isVisible('#approve')), 'the supervisor sees no approve button');
  check(!(await page.isVisible('#original-col')), 'the supervisor does not see the original');
  const refused = await apiJson(page, 'POST', '/api/items/' + pending.item_id + '/approve', { edits: [] });
  check(refused.status === 403, 'the API refuses the supervisor an approval (403)');
  await context.close();
  fs.rmSync(dir, { recursive: true, force: true });

  fs.writeFileSync(resultFile, JSON.stringify(result));
  console.log('browser test passed');
})().catch((e) => { console.error(e); process.exit(1); });
