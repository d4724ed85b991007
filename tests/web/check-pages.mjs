// Checks published pages with tools nobody on the project wrote:
//
//   node check-pages.mjs SITE PAGE...
//
// serves the folder SITE on the loopback, opens each PAGE (a path inside
// SITE) in Debian's Chromium (puppeteer-core, headless) and runs axe-core
// with the WCAG 2.1 A and AA rules, at a desktop width and at 320 CSS pixels,
// where the page itself must not scroll sideways (WCAG 1.4.10, reflow); then
// runs the Nu HTML Checker (vnu-jar) over the same files. Prints every
// violation and error, and exits non-zero when there is one.

import { spawnSync } from 'node:child_process';
import { readFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';

import puppeteer from 'puppeteer-core';

const require = createRequire(import.meta.url);
const [site, ...pages] = process.argv.slice(2);
if (!site || pages.length === 0) {
    console.error('Usage: node check-pages.mjs SITE PAGE...');
    process.exit(2);
}
const root = resolve(site);
const chromium = process.env.PYKALA_CHROMIUM || '/usr/bin/chromium';
if (!existsSync(chromium)) {
    console.error(`No Chromium at ${chromium}: install Debian's chromium (make test does).`);
    process.exit(2);
}

const types = {
    '.html': 'text/html; charset=utf-8',
    '.json': 'application/json',
    '.atom': 'application/atom+xml',
    '.pdf': 'application/pdf',
    '.png': 'image/png',
    '.txt': 'text/plain; charset=utf-8',
};
const server = createServer((request, response) => {
    const path = normalize(join(root, decodeURIComponent(new URL(request.url, 'http://localhost').pathname)));
    if (!path.startsWith(root + sep) || !existsSync(path)) {
        response.writeHead(404).end();
        return;
    }
    response.writeHead(200, {
        'Content-Type': types[extname(path)] || 'application/octet-stream',
        'X-Content-Type-Options': 'nosniff',
    });
    response.end(readFileSync(path));
});
await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
const base = `http://127.0.0.1:${server.address().port}/`;

let problems = 0;
const profile = mkdtempSync(join(tmpdir(), 'pykala-chromium-'));
const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    userDataDir: profile,
    // This machine's network is closed: no background connections. As root
    // (CI), Chromium's sandbox cannot start.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
           '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
try {
    const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    const page = await browser.newPage();
    for (const path of pages) {
        for (const width of [1280, 320]) {
            await page.setViewport({ width, height: 900 });
            const response = await page.goto(base + path, { waitUntil: 'load' });
            if (!response || response.status() !== 200) {
                console.log(`${path}: HTTP ${response ? response.status() : 'no response'}`);
                ++problems;
                break;
            }
            await page.evaluate(axeSource);
            const result = await page.evaluate(() => axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
            }));
            for (const violation of result.violations) {
                for (const node of violation.nodes) {
                    console.log(`${path} at ${width} px: axe ${violation.id} (${violation.impact}): ${violation.help}: ${node.target.join(' ')}`);
                    ++problems;
                }
            }
            if (width === 320) {
                const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
                if (overflow > 0) {
                    const widest = await page.evaluate(() => {
                        let found = '';
                        for (const element of document.querySelectorAll('body *')) {
                            const box = element.getBoundingClientRect();
                            if (box.right > window.innerWidth + 1 && !element.closest('.table-scroll'))
                                found = `${element.tagName.toLowerCase()}${element.className ? '.' + element.className : ''}`;
                        }
                        return found;
                    });
                    console.log(`${path} at 320 px: the page scrolls sideways by ${overflow} px (${widest})`);
                    ++problems;
                }
            }
            console.log(`${path} at ${width} px: ${result.passes.length} axe rules passed, ${result.violations.length} violated`);
        }
    }
} finally {
    await browser.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
}

// The Nu HTML Checker, on the files themselves.
const vnu = join(dirname(require.resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');
const checked = spawnSync('java', ['-jar', vnu, '--errors-only', '--format', 'gnu', ...pages.map((p) => join(root, p))],
                          { encoding: 'utf8' });
if (checked.error) {
    console.log(`The Nu HTML Checker did not run: ${checked.error.message} (it needs a Java runtime).`);
    ++problems;
} else {
    const errors = (checked.stdout + checked.stderr).split('\n').filter((line) => line.trim() !== '');
    for (const line of errors)
        console.log(`vnu: ${line}`);
    problems += errors.length;
    if (checked.status !== 0 && errors.length === 0)
        ++problems;
    console.log(`Nu HTML Checker: ${errors.length} error(s) in ${pages.length} page(s)`);
}
process.exit(problems === 0 ? 0 : 1);
