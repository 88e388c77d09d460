// Browser tests of the Storyline pages in headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core).
// Started by tests/Storyline.Tests/Web/BrowserTests.cs, which serves two stores and passes their addresses:
//   STORYLINE_URL       the seeds, with their storyline
//   STORYLINE_XSS_URL   articles written to break out of HTML
//   STORYLINE_SCREENSHOT where to save the storyline page's picture
// Prints "browser: N passed, M failed" and exits non-zero on any failure.
import { chromium } from "playwright-core";

const base = process.env.STORYLINE_URL;
const xssBase = process.env.STORYLINE_XSS_URL;
const screenshot = process.env.STORYLINE_SCREENSHOT;
const executablePath = process.env.STORYLINE_CHROMIUM || "/usr/bin/chromium";
const marker = "__storyline_xss";
if (!base || !xssBase) {
  console.error("set STORYLINE_URL and STORYLINE_XSS_URL (BrowserTests.cs does)");
  process.exit(2);
}

const results = [];
async function test(name, body) {
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`ok    ${name}`);
  } catch (e) {
    results.push({ name, ok: false });
    console.log(`FAIL  ${name}\n      ${String(e && e.stack || e).split("\n").slice(0, 4).join("\n      ")}`);
  }
}
function expect(condition, message) {
  if (!condition) throw new Error(message);
}

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run"],
});
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: true });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });
  page.on("dialog", async (d) => { problems.push(`dialog: ${d.message()}`); await d.dismiss(); });

  await test("the storylines page lists the seeds' storyline and opens it", async () => {
    await page.goto(base + "/storylines");
    const link = page.locator(".cards .card h3 a").first();
    expect(await link.count() === 1 || await page.locator(".cards .card").count() >= 1, "no storyline card");
    expect((await link.innerText()).includes("Teigen"), "the storyline title does not name Teigen");
    await link.click();
    await page.waitForSelector("svg.timeline");
    expect(new URL(page.url()).pathname.startsWith("/storylines/"), `landed on ${page.url()}`);
  });

  await test("the storyline page draws dates on an axis, events as bands and facts as marks", async () => {
    const svg = page.locator("svg.timeline");
    expect(await svg.isVisible(), "timeline not visible");
    expect(await page.locator("svg.timeline .tick-label").count() >= 2, "fewer than two axis labels");
    expect(await page.locator("svg.timeline a.band").count() === 2, "expected two event bands");
    expect(await page.locator("svg.timeline a.fact-mark").count() >= 6, "expected at least six fact marks");
    const box = await svg.boundingBox();
    expect(box && box.width > 600 && box.height > 80, `timeline too small: ${JSON.stringify(box)}`);
  });

  await test("hovering a fact shows its sources, selecting it highlights the list entry", async () => {
    const mark = page.locator("svg.timeline a.fact-mark").first();
    await mark.hover();
    const tip = page.locator(".fact-tip");
    await tip.waitFor({ state: "visible", timeout: 3000 });
    const text = await tip.innerText();
    expect(/2020-09-27/.test(text) && /003_/.test(text), `tooltip says: ${text}`);
    await mark.click();
    const selected = page.locator(".timeline-list li.selected");
    expect(await selected.count() === 1, "no list entry selected after a click");
    expect((await selected.innerText()).includes("hospital"), "the selected entry is not the hospital fact");
    await page.mouse.move(0, 0);
    if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
  });

  await test("following an event band leads to its articles side by side", async () => {
    const band = page.locator("svg.timeline a.band").filter({ hasText: "Blessings" }).first();
    expect(await band.count() === 1, "no band for the blessings-ceremony event");
    await Promise.all([page.waitForURL(/\/events\//), band.click()]);
    const columns = page.locator(".side-by-side article.column");
    expect(await columns.count() === 2, `expected 2 columns, saw ${await columns.count()}`);
    const [a, b] = [await columns.nth(0).boundingBox(), await columns.nth(1).boundingBox()];
    expect(a && b && Math.abs(a.y - b.y) < 2 && b.x > a.x + a.width - 2, "the articles are not side by side");
    expect((await columns.nth(0).innerText()).includes("National Son"), "first column is not 003 (earliest)");
  });

  await test("the event page shows relation labels, the shared quote and the correction with its evidence", async () => {
    const labels = await page.locator(".column .relations .label").allInnerTexts();
    expect(labels.length >= 2 && labels.every((l) => ["duplicate", "near-duplicate", "same-event", "follow-up"].includes(l)), `labels: ${labels}`);
    const quotes = page.locator(".column mark.m-quote");
    expect(await quotes.count() >= 2, "the shared quote is not marked in both articles");
    expect((await quotes.first().innerText()).toLowerCase().includes("to the son we almost had"), "wrong quote marked");
    const bg = await quotes.first().evaluate((n) => getComputedStyle(n).backgroundColor);
    expect(bg !== "rgba(0, 0, 0, 0)" && bg !== "transparent", "the quote mark is not highlighted (style sheet blocked?)");
    const conflict = page.locator(".conflict");
    expect(await conflict.count() === 1, "no conflict shown");
    const text = await conflict.innerText();
    expect(text.includes("correction") && text.includes("miscarriage") && text.includes("an abortion, not a miscarriage"), `conflict: ${text}`);
  });

  await test("an article page marks its dates", async () => {
    await Promise.all([page.waitForURL(/\/articles\//), page.locator(".column h2 a").first().click()]);
    const dates = page.locator(".article-body mark.m-date");
    expect(await dates.count() >= 2, "fewer than two dates marked");
    expect(await page.locator(".article-body mark.m-date[title='2021-09-28']").count() >= 1, "Sept. 28 not resolved to 2021-09-28");
  });

  await test("search finds the seeds and marks the words", async () => {
    await page.goto(base + "/search?q=ketamine");
    expect(await page.locator("ol.hits li").count() === 2, "expected two hits");
    expect(await page.locator("ol.hits mark.m-hit").count() >= 2, "hits not marked");
  });

  await test("the pages raise no script errors and no CSP violations", async () => {
    expect(problems.length === 0, problems.join("; "));
  });

  await test("hostile articles execute nothing on any page", async () => {
    const seen = new Set();
    const queue = [xssBase + "/", xssBase + "/events", xssBase + "/search?q=mayor", xssBase + "/search?q=" + encodeURIComponent("\"><script>window." + marker + "=99</script>")];
    const hostileProblems = [];
    page.removeAllListeners("console");
    page.on("console", (m) => { if (m.type() === "error") hostileProblems.push(`console: ${m.text()}`); });
    page.on("dialog", async (d) => { hostileProblems.push(`dialog ${d.message()}`); await d.dismiss(); });
    while (queue.length > 0) {
      const url = queue.shift();
      if (seen.has(url)) continue;
      seen.add(url);
      await page.goto(url);
      // Hover and focus everything an injected handler could hang on.
      for (const el of await page.locator("main *").all()) { try { await el.hover({ timeout: 200, force: true }); } catch { } }
      const state = await page.evaluate((m) => ({
        flag: window[m],
        inline: document.querySelectorAll("script:not([src])").length,
        scripts: document.querySelectorAll("script").length,
        dangerous: document.querySelectorAll("img, iframe, object, embed, svg:not(.timeline) *[onload], [onerror], [onload], [onmouseover], [onfocus], [onclick], a[href^='javascript:' i]").length,
      }), marker);
      expect(state.flag === undefined, `${url}: injected script ran (flag ${state.flag})`);
      expect(state.inline === 0 && state.scripts === 1, `${url}: unexpected script elements`);
      expect(state.dangerous === 0, `${url}: ${state.dangerous} injected elements or handlers`);
      for (const href of await page.locator("main a[href]").evaluateAll((as) => as.map((a) => a.href))) {
        if (href.startsWith(xssBase + "/events/") || href.startsWith(xssBase + "/articles/")) queue.push(href.split("#")[0]);
      }
    }
    expect(seen.size >= 8, `only ${seen.size} pages visited`);
    expect(hostileProblems.length === 0, hostileProblems.join("; "));
  });
} finally {
  await browser.close();
}

const failed = results.filter((r) => !r.ok).length;
console.log(`browser: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
