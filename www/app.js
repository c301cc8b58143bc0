// The extension editor: a form built from the library's field metadata, validated as the user
// types with the same rules as the Rust crate (the npm package in ./pkg, built from it). Its
// words (labels, help, messages, its own strings) come from the package's catalogs, in the
// language chosen at the top (kept in the URL, ?lang=, and in local storage).
import { validate, validateField, diff, readCurrent, roles, fields, groups, strings, profile, passwordRules } from "./pkg/index.js";
// The editor's own English strings come with the English catalog's entry point.
import "./pkg/locales/en.js";

const $ = (id) => document.getElementById(id);
const LOCALES = ["en", "zh-CN"];
let locale = "en";
let ui = strings();
const t = (key, count) => (ui[key] ?? key).replace("{count}", String(count));
// The profile (ruling V1): the API version typed in the preview picks it (v1.0.x and v1.1.0
// give API 1.x, v2.0.0 API 2.0.0, as the library reads them); with API 2.0.0 the call (edit
// or add) and the PBX's weak-password setting are chosen too. Everything below is rebuilt from
// the profile's metadata when it changes.
let chosen = { name: "v1-update" };
let profileOpts = {};
let meta = new Map();
const controls = new Map(); // name -> { field, input, box, msg }
const baseline = new Map(); // name -> value the form started from ("" or the current setting)

// The field that names the extension (`extid`, API 2.0.0's `number`), by its role, and an
// extension number as the library's metadata defines one (that field's rule).
let NUMBER = roles().number;
let EXTENSION_NUMBER = /^$/;

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  node.append(...children);
  return node;
}

function buildControl(f) {
  const id = `f-${f.name}`;
  const help = el("p", { class: "help", id: `${id}-help`, text: f.help });
  const msg = el("div", { class: "msg", id: `${id}-msg`, "aria-live": "polite" });
  const describedBy = `${id}-help ${id}-msg`;
  let input;
  if (f.control === "switch") {
    input = el("input", { type: "checkbox", role: "switch", id, name: f.name, "aria-describedby": describedBy });
  } else if (f.control === "select") {
    input = el("select", { id, name: f.name, "aria-describedby": describedBy },
      el("option", { value: "", text: t("select_unchanged") }),
      ...f.options.map((o) => el("option", { value: o, text: o })));
  } else {
    const h = f.html;
    input = el("input", {
      type: h.type, id, name: f.name,
      maxlength: h.maxlength, minlength: h.minlength, pattern: h.pattern,
      inputmode: h.inputmode, min: h.min, max: h.max, autocomplete: h.autocomplete,
      required: f.required, spellcheck: "false", "aria-describedby": describedBy,
      placeholder: f.secret ? t("unchanged") : undefined,
    });
  }
  const label = el("label", { for: id, id: `${id}-label`, text: f.label });
  const name = el("code", { class: "wire", text: f.name });
  const head = f.control === "switch"
    ? el("div", { class: "switch-row" }, input, label, el("span", { class: "state", id: `${id}-state` }),
      el("button", { type: "button", class: "reset", id: `${id}-reset`, hidden: true, "data-field": f.name, title: t("reset_title"), text: t("reset") }))
    : el("div", { class: "label-row" }, label, name);
  if (f.control === "switch") head.append(name);
  const hint = el("p", { class: "help hint", id: `${id}-hint` });
  const box = el("div", { class: `field ${f.control}${f.required ? " required" : ""}`, "data-field": f.name },
    head, f.control === "switch" ? "" : input, help, hint, msg);
  controls.set(f.name, { field: f, input, box, msg });
  baseline.set(f.name, "");
  return box;
}

function build() {
  const root = $("sections");
  const kept = new Map([...controls].map(([name, c]) => [name, c.field.control === "switch" ? null : c.input.value]));
  const before = NUMBER;
  root.replaceChildren();
  controls.clear();
  baseline.clear();
  meta = new Map(fields({ ...profileOpts, locale }).map((f) => [f.name, f]));
  NUMBER = roles(profileOpts).number;
  EXTENSION_NUMBER = new RegExp(`^(?:${meta.get(NUMBER).pattern})$`);
  for (const g of groups({ ...profileOpts, locale })) {
    if (g.fields.length === 0) continue;
    const section = el("fieldset", { class: "group", id: `g-${g.id}` }, el("legend", { id: `g-${g.id}-title`, text: g.title }));
    for (const name of g.fields) section.append(buildControl(meta.get(name)));
    root.append(section);
  }
  // What was typed stays where the new profile has the field (the number moves between the
  // versions' names for it).
  for (const [name, v] of kept) {
    const to = controls.get(name) ?? (name === before ? controls.get(NUMBER) : undefined);
    if (to && v !== null) to.input.value = v;
  }
  // Adding an extension: no current settings to paste (V1).
  $("ctx-current-part").hidden = chosen.call === "add";
  passwordHints();
}

/** The password rules of the profile (API 2.0.0's, V4) as hints and minimum lengths. */
function passwordHints() {
  for (const c of controls.values()) {
    if (c.field.secret) $(`${c.input.id}-hint`).textContent = "";
  }
  for (const r of passwordRules(profileOpts)) {
    const c = controls.get(r.field);
    if (!c) continue;
    const min = profileOpts.weakPasswords ? r.basic_min : r.strong_min;
    c.input.setAttribute("minlength", String(min));
    $(`${c.input.id}-hint`).textContent = t(profileOpts.weakPasswords ? "password_hint_basic" : "password_hint_strong", min);
  }
}

/** Reads the API version, call and weak-password boxes; rebuilds the form when the profile
 * changed. The library reads the version (an unknown one is said so and not used). */
function chooseProfile() {
  const api = $("api-version").value.trim() || "v1.0.1";
  let next;
  try {
    const v = profile({ api });
    const v2 = v.api !== "v1";
    $("api-call-row").hidden = !v2;
    $("weak-row").hidden = !v2;
    next = v2 ? profile({ api, call: $("api-call").value }) : v;
    $("api-msg").textContent = "";
  } catch (e) {
    $("api-msg").textContent = t("bad_profile").replace("{reason}", e.message);
    $("api-msg").className = "msg warning";
    return false;
  }
  const opts = next.name === "v1-update" ? {} : { api: next.api, call: next.call, weakPasswords: !$("weak-row").hidden && $("weak").checked };
  const rebuild = next.name !== chosen.name;
  chosen = next;
  profileOpts = opts;
  if (rebuild) {
    build();
    relabel();
  } else {
    passwordHints();
  }
  return true;
}

/** What a control holds, as the wire wants it ("" when empty or a switch never touched). */
function valueOf(c) {
  if (c.field.control === "switch") {
    return c.input.dataset.touched ? (c.input.checked ? "on" : "off") : baseline.get(c.field.name);
  }
  return c.input.value;
}

function visible(c) {
  return !c.box.hidden && !c.input.disabled;
}

/** The request body: extid, plus every visible field that differs from where it started. */
function payload() {
  const body = {};
  for (const [name, c] of controls) {
    if (!visible(c)) continue;
    const v = valueOf(c);
    if (name === NUMBER || v !== baseline.get(name)) body[name] = v;
  }
  return body;
}

function contextOptions() {
  const options = {};
  const currentText = chosen.call === "add" ? "" : $("ctx-current").value.trim();
  $("ctx-current-msg").textContent = "";
  if (currentText) {
    try {
      options.current = JSON.parse(currentText);
      if (options.current === null || typeof options.current !== "object" || Array.isArray(options.current)) {
        throw new Error(t("not_one_object"));
      }
    } catch (e) {
      delete options.current;
      $("ctx-current-msg").textContent = t("not_used").replace("{reason}", e.message);
      $("ctx-current-msg").className = "msg warning";
    }
  }
  const list = $("ctx-extensions").value.split(/[\s,;]+/).filter(Boolean);
  $("ctx-extensions-msg").textContent = "";
  if (list.length) {
    if (list.every((n) => EXTENSION_NUMBER.test(n))) options.extensions = list;
    else {
      $("ctx-extensions-msg").textContent = t("bad_extensions");
      $("ctx-extensions-msg").className = "msg warning";
    }
  }
  return options;
}

/**
 * Shows only the fields the chosen option uses, for every field whose options bring others
 * into use (the forwarding destinations: `uses` in the field metadata). With no choice made
 * (left unchanged, and no current settings), every such field is shown.
 */
function applyDestinations(options) {
  let current = null;
  try {
    current = options.current ? readCurrent(options.current, { ...profileOpts, [NUMBER]: $(`f-${NUMBER}`).value.trim() }) : null;
  } catch {
    // Unusable current settings are reported with the preview.
  }
  for (const f of meta.values()) {
    if (f.uses === undefined) continue;
    const chosen = controls.get(f.name).input.value || current?.[f.name] || "";
    const all = [...new Set(Object.values(f.uses).flat())];
    const shown = Object.hasOwn(f.uses, chosen) ? f.uses[chosen] : all;
    for (const name of all) {
      const c = controls.get(name);
      const show = shown.includes(name);
      c.box.hidden = !show;
      c.input.disabled = !show;
    }
  }
}

function show(c, errors, warnings) {
  const { input, msg, box } = c;
  msg.replaceChildren(
    ...errors.map((e) => el("p", { class: "error", text: e.message })),
    ...warnings.map((w) => el("p", { class: "warning", text: w.message })),
  );
  const invalid = errors.length > 0;
  input.setAttribute("aria-invalid", invalid ? "true" : "false");
  input.setCustomValidity(invalid ? errors[0].message : "");
  box.classList.toggle("has-error", invalid);
  box.classList.toggle("has-warning", !invalid && warnings.length > 0);
  if (c.field.control === "switch") {
    const state = document.getElementById(`${input.id}-state`);
    state.textContent = input.dataset.touched || baseline.get(c.field.name) ? valueOf(c) : t("unchanged");
    document.getElementById(`${input.id}-reset`).hidden = !input.dataset.touched;
  }
}

function refresh() {
  const options = contextOptions();
  applyDestinations(options);
  const body = payload();
  let report;
  try {
    // With current settings, the request is the minimal update from them (ruling Q4): only
    // what changed, read the way the PBX's query response spells it.
    report = options.current
      ? diff(options.current, body, { ...profileOpts, extensions: options.extensions, locale })
      : validate(body, { ...profileOpts, ...options, locale });
  } catch (e) {
    $("verdict").textContent = e.message;
    return;
  }
  for (const [name, c] of controls) {
    if (!visible(c)) {
      show(c, [], []);
      continue;
    }
    const sent = Object.hasOwn(body, name);
    if (sent || c.field.control !== "switch") {
      // A field left empty still shows what another field's value requires of it (C1-C4).
      const r = validateField(name, sent ? body[name] : valueOf(c), body, { ...profileOpts, ...options, locale });
      // Adding an extension, a required field left empty says so (V5).
      const missing = chosen.call === "add" ? report.errors.filter((e) => e.field === name && e.code === "required") : [];
      const errors = sent ? r.errors : [...r.errors.filter((e) => e.code === "conditionally_required"), ...missing];
      const warnings = sent || errors.length ? r.warnings.filter(() => sent) : report.warnings.filter((w) => w.field === name);
      show(c, errors, warnings);
    } else {
      show(c, [], report.warnings.filter((w) => w.field === name));
    }
  }
  renderPreview(body, report);
}

function renderPreview(body, report) {
  const version = $("api-version").value.trim() || "{version}";
  // The call's path from the profile (extension/update, extension/add).
  const call = (chosen.path ?? "/api/v1.1.0/extension/update").split("/").slice(3).join("/");
  $("request-url").textContent = `/api/${encodeURIComponent(version)}/${call}?token=…`;
  const shown = report.ok ? report.payload : body;
  requestBody = JSON.stringify(shown, null, 2);
  // Secrets are masked in the preview unless revealed; "Copy" copies the real body.
  const masked = $("reveal").checked
    ? shown
    : Object.fromEntries(Object.entries(shown).map(([k, v]) => [k, meta.get(k)?.secret && v !== "" ? t("hidden_secret") : v]));
  $("request-body").textContent = JSON.stringify(masked, null, 2);
  const formErrors = [...controls.values()].filter((c) => c.box.classList.contains("has-error")).length;
  const n = Math.max(report.errors.length, formErrors);
  const w = report.warnings.length;
  const verdict = $("verdict");
  if (n === 0) {
    verdict.textContent = w === 0 ? t("valid") : w === 1 ? t("valid_warning") : t("valid_warnings", w);
    verdict.className = w ? "verdict warn" : "verdict ok";
  } else {
    verdict.textContent = n === 1 ? t("problem") : t("problems", n);
    verdict.className = "verdict bad";
  }
  const root = report.errors.filter((e) => e.field === "" || !controls.has(e.field));
  $("form-status").textContent = root.map((e) => e.message).join(" ");
  $("copy").disabled = n > 0;
}

function fillFromCurrent() {
  const options = contextOptions();
  // The library's own reading of the response: the element of the extension in the form (or
  // its only one), destinations as option and number, no secret.
  let current = null;
  try {
    current = options.current ? readCurrent(options.current, { ...profileOpts, [NUMBER]: $(`f-${NUMBER}`).value.trim() }) : null;
  } catch (e) {
    $("ctx-current-msg").textContent = t("not_used").replace("{reason}", e.message);
    $("ctx-current-msg").className = "msg warning";
    return;
  }
  if (!current) {
    $("ctx-current-msg").textContent = t("paste_first");
    $("ctx-current-msg").className = "msg warning";
    return;
  }
  for (const [name, c] of controls) {
    const v = current[name];
    if (v === undefined) continue;
    baseline.set(name, v);
    if (c.field.control === "switch") {
      c.input.checked = v === "on";
      delete c.input.dataset.touched;
    } else {
      c.input.value = v;
    }
  }
  baseline.set(NUMBER, "");
  $("ctx-current-msg").textContent = t("filled");
  $("ctx-current-msg").className = "msg ok";
  refresh();
}

let requestBody = "";

async function copyBody() {
  const text = requestBody;
  try {
    await navigator.clipboard.writeText(text);
    $("copy-msg").textContent = t("copied");
  } catch {
    const range = document.createRange();
    range.selectNodeContents($("request-body"));
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    $("copy-msg").textContent = t("selected");
  }
}

/** Relabels the page in a language: the form's labels, help texts and section titles, the
 * page's own strings, and (through refresh) every message. */
async function setLocale(tag) {
  if (!LOCALES.includes(tag)) tag = "en";
  if (tag !== "en") await import(`./pkg/locales/${tag}.js`);
  locale = tag;
  ui = strings({ locale });
  document.documentElement.lang = tag;
  document.title = ui.title;
  for (const node of document.querySelectorAll("[data-ui]")) node.textContent = ui[node.dataset.ui];
  for (const node of document.querySelectorAll("[data-ui-label]")) node.setAttribute("aria-label", ui[node.dataset.uiLabel]);
  relabel();
  $("lang").value = tag;
  const url = new URL(location.href);
  url.searchParams.set("lang", tag);
  history.replaceState(null, "", url);
  try {
    localStorage.setItem("lang", tag);
  } catch {
    // Storage may be off; the URL keeps the choice.
  }
  refresh();
}

/** The form's labels, help texts, hints and section titles in the current language. */
function relabel() {
  for (const f of fields({ ...profileOpts, locale })) {
    $(`f-${f.name}-label`).textContent = f.label;
    $(`f-${f.name}-help`).textContent = f.help;
    const c = controls.get(f.name);
    if (f.control === "select") c.input.options[0].textContent = t("select_unchanged");
    if (f.control === "switch") {
      const reset = $(`f-${f.name}-reset`);
      reset.textContent = t("reset");
      reset.title = t("reset_title");
    }
    if (f.secret) c.input.placeholder = t("unchanged");
  }
  for (const g of groups({ ...profileOpts, locale })) {
    const title = document.getElementById(`g-${g.id}-title`);
    if (title) title.textContent = g.title;
  }
  passwordHints();
}

function initialLocale() {
  const asked = new URL(location.href).searchParams.get("lang");
  if (asked) return asked;
  try {
    return localStorage.getItem("lang") ?? "en";
  } catch {
    return "en";
  }
}

chooseProfile();
build();
const form = $("editor");
form.addEventListener("input", (e) => {
  if (e.target.type === "checkbox") e.target.dataset.touched = "1";
  refresh();
});
form.addEventListener("change", refresh);
form.addEventListener("submit", (e) => {
  e.preventDefault();
  refresh();
  if (!form.checkValidity()) {
    form.reportValidity();
    $("form-status").textContent = t("fix_first");
    return;
  }
  $("form-status").textContent = t("request_valid");
});
$("ctx-fill").addEventListener("click", fillFromCurrent);
for (const id of ["api-version", "api-call", "weak"]) {
  $(id).addEventListener(id === "api-version" ? "input" : "change", (e) => {
    e.stopPropagation();
    chooseProfile();
    refresh();
  });
}
$("copy").addEventListener("click", copyBody);
$("reveal").addEventListener("change", refresh);
// A touched switch can be set back to "unchanged".
form.addEventListener("click", (e) => {
  const button = e.target.closest?.("button.reset");
  if (!button) return;
  const c = controls.get(button.dataset.field);
  delete c.input.dataset.touched;
  c.input.checked = baseline.get(c.field.name) === "on";
  refresh();
});
$("lang").addEventListener("change", (e) => setLocale(e.target.value));
await setLocale(initialLocale());
document.documentElement.dataset.ready = "true";
