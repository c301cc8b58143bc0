// The extension editor in a real browser: Debian's Chromium driven by playwright-core (never a
// downloaded browser). Saves screenshots to artifacts/ as test artifacts.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(new URL("../../package.json", import.meta.url));
const { chromium } = require("playwright-core");

const root = new URL("../../", import.meta.url);
const artifacts = new URL("artifacts/", root);
let server;
let browser;
let page;
let base;
const problems = [];

before(async () => {
  mkdirSync(artifacts, { recursive: true });
  server = spawn(process.execPath, [new URL("scripts/serve.mjs", root).pathname, "--port", "0"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  base = await new Promise((resolve, reject) => {
    server.stdout.on("data", (d) => {
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(String(d));
      if (m) resolve(m[0]);
    });
    server.on("exit", (code) => reject(new Error(`server exited ${code}`)));
  });
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()}`));
  await page.goto(base);
  await page.waitForSelector("html[data-ready=true]", { timeout: 15000 });
});

after(async () => {
  await browser?.close();
  server?.kill();
});

const msg = (name) => page.locator(`#f-${name}-msg`);

test("the form is built from the metadata, grouped as an administrator thinks", async () => {
  const legends = await page.locator("fieldset legend").allTextContents();
  assert.deepEqual(legends, [
    "User and caller ID", "Registration", "Voicemail", "Always forward",
    "No-answer forward", "Busy forward", "Mobility extension", "Monitoring",
    "Call handling",
  ]);
  assert.equal(await page.locator("#f-registerpassword").getAttribute("maxlength"), "31");
  assert.equal(await page.locator("#f-registerpassword").getAttribute("type"), "password");
  assert.equal(await page.locator("#f-extid").getAttribute("pattern"), "[0-9]{1,7}");
  assert.equal(await page.locator("#f-mobile").getAttribute("inputmode"), "numeric");
  assert.equal(await page.locator("#f-monitormode option").count(), 6);
  assert.equal(await page.locator("#f-dnd").getAttribute("role"), "switch");
});

test("an invalid registration password shows its error, and fixing it clears it", async () => {
  await page.fill("#f-extid", "1002");
  await page.fill("#f-registerpassword", "bad pass");
  await assert.doesNotReject(msg("registerpassword").locator(".error").waitFor());
  assert.match(await msg("registerpassword").textContent(), /may contain only letters, digits and these symbols: ! #/);
  assert.equal(await page.locator("#f-registerpassword").getAttribute("aria-invalid"), "true");
  assert.equal(await page.evaluate(() => document.getElementById("editor").checkValidity()), false);
  await page.fill("#f-registerpassword", "Good#Pass1");
  assert.equal(await msg("registerpassword").textContent(), "");
  assert.equal(await page.locator("#f-registerpassword").getAttribute("aria-invalid"), "false");
});

test("enabling mobility without a mobile number puts the error under mobile", async () => {
  await page.click("#f-enablemobile");
  await msg("mobile").locator(".error").waitFor();
  assert.equal(
    await msg("mobile").textContent(),
    'Mobile number must not be blank when Mobility extension is "on".',
  );
  assert.equal(await msg("enablemobile").textContent(), "");
  assert.equal(await page.locator("#f-mobile").getAttribute("aria-invalid"), "true");
  assert.equal(await page.locator("#copy").isDisabled(), true);
});

test("fields a destination does not need are hidden", async () => {
  await page.selectOption("#f-atransferto", "Voicemail");
  assert.equal(await page.locator("#f-atransferext").isVisible(), false);
  await page.selectOption("#f-atransferto", "Extension");
  assert.equal(await page.locator("#f-atransferext").isVisible(), true);
  assert.equal(await page.locator("#f-atransfernum").isVisible(), false);
  await page.selectOption("#f-atransferto", "");
});

test("a valid form gives exactly the expected request body", async () => {
  await page.fill("#f-mobile", "13489999999");
  await page.fill("#f-username", "Amy Lee");
  await page.fill("#f-email", "amy@example.com");
  await page.click("#f-hasvoicemail");
  await page.click("#f-noanswerforward");
  await page.selectOption("#f-ntransferto", "Custom Number");
  await page.fill("#f-ntransferprefix", "9");
  await page.fill("#f-ntransfernum", "95923333");
  await page.selectOption("#f-ringtimeout", "30");
  await page.selectOption("#f-monitormode", "Listen");
  assert.equal(await page.locator(".has-error").count(), 0);
  // The preview masks secrets until they are revealed.
  const masked = JSON.parse(await page.locator("#request-body").textContent());
  assert.equal(masked.registerpassword, "(hidden)");
  await page.check("#reveal");
  const body = JSON.parse(await page.locator("#request-body").textContent());
  await page.uncheck("#reveal");
  assert.deepEqual(body, {
    extid: "1002",
    username: "Amy Lee",
    registerpassword: "Good#Pass1",
    email: "amy@example.com",
    mobile: "13489999999",
    hasvoicemail: "on",
    noanswerforward: "on",
    ntransferto: "Custom Number",
    ntransferprefix: "9",
    ntransfernum: "95923333",
    enablemobile: "on",
    monitormode: "Listen",
    ringtimeout: "30",
  });
  assert.equal(await page.locator("#verdict").textContent(), "Valid: ready to send.");
  assert.equal(await page.locator("#request-url").textContent(), "/api/v1.0.1/extension/update?token=…");
  assert.equal(await page.evaluate(() => document.getElementById("editor").checkValidity()), true);
  await page.screenshot({ path: new URL("editor.png", artifacts).pathname, fullPage: true });
});

test("context: existing extensions and current settings are used", async () => {
  await page.click("#context summary");
  await page.fill("#ctx-extensions", "1000, 1001");
  await msg("extid").locator(".error").waitFor();
  assert.match(await msg("extid").textContent(), /must be an existing extension/);
  await page.fill("#ctx-extensions", "1000, 1001, 1002");
  assert.equal(await msg("extid").textContent(), "");
  await page.fill(
    "#ctx-current",
    JSON.stringify({ extnumber: "1002", username: "Amy Lee", moblie: "13489999999", enablemobile: "on", registerpassword: "xMn5W4Gs" }),
  );
  await page.click("#ctx-fill");
  // Prefilled values equal to the current settings are not sent again; secrets are never copied.
  assert.equal(await page.inputValue("#f-registerpassword"), "Good#Pass1");
  const body = JSON.parse(await page.locator("#request-body").textContent());
  assert.equal(body.username, undefined);
  assert.equal(body.extid, "1002");
});

test("the page is usable at phone width", async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  assert.equal(overflow, false);
  await page.screenshot({ path: new URL("editor-phone.png", artifacts).pathname });
  await page.setViewportSize({ width: 1280, height: 800 });
});

test("in Chinese: the form, its messages and the preview's status are relabelled, and the choice is kept", async () => {
  await page.selectOption("#lang", "zh-CN");
  await page.waitForFunction(() => document.documentElement.lang === "zh-CN");
  assert.equal(new URL(page.url()).searchParams.get("lang"), "zh-CN");
  const legends = await page.locator("fieldset legend").allTextContents();
  assert.deepEqual(legends.slice(3, 6), ["总是转移", "无应答转移", "忙时转移"]);
  assert.equal(await page.locator("#f-registerpassword-label").textContent(), "注册密码");
  assert.equal(await page.locator("#f-ntransfernum-label").textContent(), "无应答转移号码");
  assert.equal(await page.locator("h1").textContent(), "分机编辑器");
  assert.equal(await page.locator("#verdict").textContent(), "有效：可以发送。");
  await page.fill("#f-maxregistrations", "9");
  await msg("maxregistrations").locator(".error").waitFor();
  assert.equal(await msg("maxregistrations").textContent(), "同时注册数必须是 1 到 5 之间的整数。");
  assert.equal(await page.locator("#verdict").textContent(), "发送前需要修正 1 个问题。");
  await page.screenshot({ path: new URL("editor-zh-CN.png", artifacts).pathname, fullPage: true });
  // A reload keeps the language (URL), and so does a visit without ?lang= (local storage).
  await page.goto(base);
  await page.waitForSelector("html[data-ready=true]", { timeout: 15000 });
  assert.equal(await page.evaluate(() => document.documentElement.lang), "zh-CN");
  assert.equal(await page.locator("#submit").textContent(), "检查请求");
});

test("in English again, a scenario from empty to an error to valid", async () => {
  await page.selectOption("#lang", "en");
  await page.waitForFunction(() => document.documentElement.lang === "en");
  assert.equal(await page.locator("#submit").textContent(), "Check the request");
  await page.fill("#f-extid", "1002");
  await page.fill("#f-maxregistrations", "03");
  await msg("maxregistrations").locator(".error").waitFor();
  assert.equal(
    await msg("maxregistrations").textContent(),
    "Concurrent registrations must be written without leading zeros, as a whole number from 1 to 5.",
  );
  await page.fill("#f-maxregistrations", "3");
  assert.equal(await page.locator("#verdict").textContent(), "Valid: ready to send.");
  await page.screenshot({ path: new URL("editor-en.png", artifacts).pathname, fullPage: true });
});

test("paste a query response, edit, copy: the minimal body, secrets masked but copied", async () => {
  await page.goto(`${base}?lang=en`);
  await page.waitForSelector("html[data-ready=true]", { timeout: 15000 });
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(base).origin });
  const response = readFileSync(new URL("tests/query-samples/en-guide.json", root), "utf8");
  await page.click("#context summary");
  await page.fill("#ctx-current", response);
  await page.click("#ctx-fill");
  // Prefilled from the response's one element: its number, name and switches.
  assert.equal(await page.inputValue("#f-extid"), "1000");
  assert.equal(await page.inputValue("#f-username"), "Jayson");
  assert.equal(await page.isChecked("#f-hasvoicemail"), true);
  // Nothing changed yet: extid alone, with the warning that nothing changes.
  assert.deepEqual(JSON.parse(await page.locator("#request-body").textContent()), { extid: "1000" });
  // Edit: DND on, a new registration password.
  await page.click("#f-dnd");
  await page.fill("#f-registerpassword", "N3w-Pass9");
  const shown = JSON.parse(await page.locator("#request-body").textContent());
  assert.deepEqual(shown, { extid: "1000", registerpassword: "(hidden)", dnd: "on" });
  // A touched switch can be set back to unchanged.
  await page.click("#f-hasvoicemail");
  assert.equal(await page.isVisible("#f-hasvoicemail-reset"), true);
  assert.equal(JSON.parse(await page.locator("#request-body").textContent()).hasvoicemail, "off");
  await page.click("#f-hasvoicemail-reset");
  assert.equal(await page.isChecked("#f-hasvoicemail"), true);
  assert.equal(await page.isVisible("#f-hasvoicemail-reset"), false);
  assert.equal(JSON.parse(await page.locator("#request-body").textContent()).hasvoicemail, undefined);
  // Copy copies the real body.
  await page.click("#copy");
  await page.locator("#copy-msg").filter({ hasText: /./ }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.deepEqual(JSON.parse(copied), { extid: "1000", registerpassword: "N3w-Pass9", dnd: "on" });
  await page.screenshot({ path: new URL("editor-paste-edit-copy.png", artifacts).pathname, fullPage: true });
});

test("a response in the query page's spellings fills the form as the library reads it", async () => {
  await page.goto(`${base}?lang=en`);
  await page.waitForSelector("html[data-ready=true]", { timeout: 15000 });
  const response = {
    status: "Success",
    extinfos: [
      { extnumber: "1000", username: "Jayson", moblie: "13999998888", enablemobile: "on", dnd: "off",
        alwaysforward: "off", noanswerforward: "on", ntransferto: "ext1001", busyforward: "on",
        btransferto: "voicemail", atransferto: "mobile13999998888", registerpassword: "xMn5W4Gs" },
      { extnumber: "1001", username: "Amy" },
    ],
  };
  await page.click("#context summary");
  await page.fill("#ctx-current", JSON.stringify(response));
  await page.fill("#f-extid", "1000");
  await page.click("#ctx-fill");
  // The destinations as options and numbers, moblie as mobile; no secret copied.
  assert.equal(await page.inputValue("#f-ntransferto"), "Extension");
  assert.equal(await page.inputValue("#f-ntransferext"), "1001");
  assert.equal(await page.inputValue("#f-btransferto"), "Voicemail");
  assert.equal(await page.inputValue("#f-mobile"), "13999998888");
  assert.equal(await page.inputValue("#f-registerpassword"), "");
  // Unchanged: extid alone, and no field shows an error.
  assert.deepEqual(JSON.parse(await page.locator("#request-body").textContent()), { extid: "1000" });
  assert.equal(await page.locator(".field.has-error, .has-error").count(), 0);
  // Flipping one switch adds that key alone.
  await page.click("#f-dnd");
  assert.deepEqual(JSON.parse(await page.locator("#request-body").textContent()), { extid: "1000", dnd: "on" });
  assert.equal(await page.locator(".has-error").count(), 0);
  await page.screenshot({ path: new URL("editor-query-spellings.png", artifacts).pathname, fullPage: true });
});

// One scenario per profile (V1), in both languages: the API-version box picks the profile,
// and with API 2.0.0 the call and the weak-password switch.
test("API 2.0.0 edit: number instead of extid, names beyond ASCII, strong passwords, in both languages", async () => {
  await page.goto(base + "?lang=en");
  await page.waitForSelector("html[data-ready=true]", { timeout: 15000 });
  assert.equal(await page.locator("#api-call-row").isHidden(), true);
  await page.fill("#api-version", "v2.0.0");
  await page.locator("#f-number").waitFor();
  assert.equal(await page.locator("#f-extid").count(), 0);
  assert.equal(await page.locator("#f-extnumber").count(), 0);
  assert.equal(await page.locator("#api-call-row").isVisible(), true);
  assert.equal(await page.locator("#weak-row").isVisible(), true);
  assert.equal(await page.locator("#request-url").textContent(), "/api/v2.0.0/extension/update?token=…");
  await page.fill("#f-number", "1000");
  // API 2.0.0 names the field otherwise: the Caller ID name.
  assert.equal(await page.locator("#f-username-label").textContent(), "Caller ID name");
  await page.fill("#f-username", "José Núñez");
  assert.equal(await msg("username").textContent(), "");
  await page.fill("#f-registerpassword", "Xk7mPq2w");
  await msg("registerpassword").locator(".error").waitFor();
  assert.equal(await msg("registerpassword").textContent(), "Registration password must be at least 16 characters long.");
  assert.match(await page.locator("#f-registerpassword-hint").textContent(), /at least 16 characters/);
  await page.selectOption("#lang", "zh-CN");
  await page.waitForFunction(() => document.documentElement.lang === "zh-CN");
  assert.equal(await page.locator("#f-number-label").textContent(), "分机号码");
  assert.equal(await page.locator("#f-username-label").textContent(), "显示名称");
  assert.equal(await msg("registerpassword").textContent(), "注册密码最少 16 位。");
  assert.match(await page.locator("#f-registerpassword-hint").textContent(), /强密码：至少 16 位/);
  await page.fill("#f-registerpassword", "Xk7mPq2wRt9vLs4b");
  assert.equal(await page.locator("#verdict").textContent(), "有效：可以发送。");
  const body = JSON.parse(await page.evaluate(() => document.getElementById("request-body").textContent));
  assert.deepEqual(Object.keys(body), ["number", "username", "registerpassword"]);
  await page.screenshot({ path: new URL("editor-v2-update-zh-CN.png", artifacts).pathname, fullPage: true });
});

test("API 2.0.0 add: four required fields, no current settings, weak passwords, in both languages", async () => {
  await page.selectOption("#lang", "en");
  await page.waitForFunction(() => document.documentElement.lang === "en");
  await page.selectOption("#api-call", "add");
  await page.waitForFunction(() => document.getElementById("request-url").textContent.includes("extension/add"));
  assert.equal(await page.locator("#request-url").textContent(), "/api/v2.0.0/extension/add?token=…");
  assert.equal(await page.locator("#ctx-current-part").getAttribute("hidden"), "");
  const required = await page.locator(".field.required").evaluateAll((nodes) => nodes.map((n) => n.dataset.field));
  assert.deepEqual(required, ["number", "username", "registername", "registerpassword"]);
  // What was typed is kept; the missing registration name is an error on its field.
  assert.equal(await page.locator("#f-number").inputValue(), "1000");
  await page.click("#submit");
  assert.equal(await msg("registername").textContent(), "Registration name is required.");
  await page.fill("#f-registername", "1000");
  await page.fill("#f-registerpassword", "Abcd4567");
  await msg("registerpassword").locator(".error").waitFor();
  await page.check("#weak");
  await page.waitForFunction(() => document.getElementById("f-registerpassword-hint").textContent.startsWith("At least 8"));
  assert.equal(await msg("registerpassword").textContent(), "");
  assert.equal(await page.locator("#verdict").textContent(), "Valid: ready to send.");
  await page.selectOption("#lang", "zh-CN");
  await page.waitForFunction(() => document.documentElement.lang === "zh-CN");
  assert.equal(await page.locator("#f-registerpassword-hint").textContent(), "至少 8 位，包含数字、大写字母和小写字母。");
  await page.fill("#f-registerpassword", "abcdefgh");
  await msg("registerpassword").locator(".error").waitFor();
  assert.equal(await msg("registerpassword").textContent(), "注册密码必须包含数字、大写字母和小写字母；缺少数字或大写字母。");
  await page.screenshot({ path: new URL("editor-v2-add-zh-CN.png", artifacts).pathname, fullPage: true });
  // Back to API 1.x: extid again.
  await page.fill("#api-version", "v1.1.0");
  await page.locator("#f-extid").waitFor();
  assert.equal(await page.locator("#api-call-row").isHidden(), true);
  assert.equal(await page.locator("#ctx-current-part").getAttribute("hidden"), null);
  await page.fill("#api-version", "v3");
  assert.match(await page.locator("#api-msg").textContent(), /api must be/);
  await page.selectOption("#lang", "en");
});

test("no console errors", () => {
  assert.deepEqual(problems, []);
});
