// Drives MaryTTS's own web page (GET /) in headless Debian chromium: the voice list shows our
// voice, choosing it fills the zh_CN example text, and SPEAK fetches playable audio.
// Usage: node check-web-page.mjs http://127.0.0.1:59125 [voice] [screenshot.png]
import { chromium } from 'playwright-core';

const base = process.argv[2] || 'http://127.0.0.1:59125';
const voice = process.argv[3] || 'zh-tiny-test';
const shot = process.argv[4];
const fail = (msg) => { console.error('FAIL: ' + msg); process.exit(1); };

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(base + '/', { waitUntil: 'load' });
  await page.waitForFunction((v) => [...document.querySelectorAll('#VOICE_SELECTIONS option')]
    .some((o) => o.text.startsWith(v + ' ')), voice, { timeout: 20000 });
  const options = await page.$$eval('#VOICE_SELECTIONS option', (os) => os.map((o) => o.text));
  console.log('voices on the page:', JSON.stringify(options));
  const label = options.find((t) => t.startsWith(voice + ' '));
  await page.selectOption('#VOICE_SELECTIONS', { label });
  await page.waitForFunction(() => /[\u4e00-\u9fff]/.test(document.getElementById('INPUT_TEXT').value),
    null, { timeout: 20000 });
  const text = await page.inputValue('#INPUT_TEXT');
  console.log('example text:', text.trim());
  console.log('locale field:', await page.inputValue('#LOCALE'));
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().includes('/process'), { timeout: 60000 }),
    page.click('#SPEAK'),
  ]);
  const body = await response.body();
  console.log('SPEAK ->', response.status(), response.headers()['content-type'], body.length, 'bytes');
  if (response.status() !== 200) fail('process answered ' + response.status() + ': ' + body.toString().slice(0, 300));
  if (!/audio/.test(response.headers()['content-type'] || '')) fail('not audio');
  if (body.length < 8000) fail('audio too short');
  const audioSrc = await page.waitForFunction(() => {
    const a = document.querySelector('#audioDestination audio, #audioDestination embed, audio');
    return a && (a.src || a.getAttribute('src'));
  }, null, { timeout: 10000 }).then((h) => h.jsonValue()).catch(() => null);
  console.log('audio element src:', audioSrc);
  if (!audioSrc) fail('no audio element on the page after SPEAK');
  if (shot) await page.screenshot({ path: shot, fullPage: true });
  if (errors.length) fail('page errors: ' + errors.join('; '));
  console.log('OK');
} finally {
  await browser.close();
}
