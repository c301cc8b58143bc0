// Hostile JavaScript values: a clear error or ignored, never a wasm trap, and never a verdict
// that differs from the same data as JSON text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { validate, validateField } from "yeastar-extension-rules";

const same = (obj) => assert.deepEqual(validate(obj), validate(JSON.stringify(obj)));

test("a polluted Object.prototype is not read", () => {
  Object.prototype.username = "_bad_";
  Object.prototype.extid = "1002";
  try {
    const r = validate({ extid: "1003" });
    assert.equal(r.ok, true);
    assert.deepEqual(r.payload, { extid: "1003" });
    assert.equal(validate({}).errors[0].code, "required");
  } finally {
    delete Object.prototype.username;
    delete Object.prototype.extid;
  }
});

test("inherited and non-enumerable properties are not read", () => {
  const proto = { dnd: "bogus" };
  const obj = Object.create(proto);
  obj.extid = "1002";
  Object.defineProperty(obj, "username", { value: "_bad_", enumerable: false });
  assert.equal(validate(obj).ok, true);
});

test("__proto__ as an own key is an unknown key, as in JSON text", () => {
  const obj = JSON.parse('{"extid":"1002","__proto__":{"x":1}}');
  const r = validate(obj);
  assert.deepEqual(r.errors.map((e) => [e.field, e.code]), [["__proto__", "unknown_key"]]);
  same(obj);
});

test("throwing getters and Proxy traps give a TypeError", () => {
  const obj = { extid: "1002" };
  Object.defineProperty(obj, "username", { enumerable: true, get() { throw new Error("boom"); } });
  assert.throws(() => validate(obj), (e) => e instanceof TypeError && /could not be read: boom/.test(e.message));
  const proxy = new Proxy({}, { ownKeys() { throw new Error("trap"); } });
  assert.throws(() => validate(proxy), TypeError);
  const { proxy: revoked, revoke } = Proxy.revocable({}, {});
  revoke();
  assert.throws(() => validate(revoked), TypeError);
});

test("a well-behaved Proxy is read like the object it shows", () => {
  const target = { extid: "1002", dnd: "on" };
  assert.deepEqual(validate(new Proxy(target, {})), validate(target));
});

test("BigInt, Symbols, functions, undefined, cycles", () => {
  assert.deepEqual(validate({ extid: 1002n }).payload, { extid: "1002" });
  assert.equal(validate({ extid: -1n }).errors[0].code, "not_a_whole_number");
  assert.equal(validate({ extid: 10n ** 30n }).errors[0].code, "too_long");
  // Left out, as JSON.stringify leaves them out.
  for (const v of [Symbol("s"), () => 1, undefined]) {
    assert.deepEqual(validate({ extid: "1002", username: v }).payload, { extid: "1002" });
  }
  const sym = { extid: "1002", [Symbol("k")]: "x" };
  assert.equal(validate(sym).ok, true);
  const cyclic = { extid: "1002" };
  cyclic.username = cyclic;
  assert.deepEqual(validate(cyclic).errors.map((e) => e.code), ["invalid_type"]);
  const deep = [];
  let cur = deep;
  for (let i = 0; i < 100000; i++) cur = cur[0] = [];
  assert.equal(validate({ extid: "1", username: deep }).errors[0].code, "invalid_type");
});

test("numbers JSON cannot hold", () => {
  for (const n of [NaN, Infinity, -Infinity]) {
    assert.equal(validate({ extid: n }).errors[0].code, "not_a_whole_number");
    assert.equal(validate({ extid: "1", mobile: n }).errors[0].code, "invalid_type");
  }
  for (const obj of [{ extid: -0 }, { extid: 1002.0 }, { extid: 2 ** 53 + 1 }, { extid: 1e21 }, { extid: 5e-324 }]) {
    same(obj);
  }
});

test("values of the same data as object and as JSON text agree", () => {
  for (const obj of [
    { extid: "1002", username: "Amy\u0000" },
    { extid: "1002", username: "\ud800" },
    { extid: "1002", username: "١٠٠٢" },
    { extid: "1002", dnd: true, hasvoicemail: 1, callrestriction: null, mobile: [] },
    { extid: "1002", token: "x", moblie: "1", constructor: 1 },
  ]) {
    same(obj);
  }
});

test("top-level values that are not objects", () => {
  for (const v of [null, 1002, true, [], [1, 2]]) {
    assert.equal(validate(v).errors[0].code, "not_an_object");
  }
  assert.equal(validate(undefined).errors[0].code, "not_an_object");
  assert.equal(validate("").errors[0].code, "malformed_json");
});

test("1000 hostile payloads in one instance, then a valid one still validates", () => {
  const hostile = [
    () => "[".repeat(70000),
    () => "{".repeat(1000),
    () => '{"extid":"' + "\\ud800".repeat(5000) + '"}',
    () => ({ extid: "x".repeat(1e6) }),
    () => Object.fromEntries(Array.from({ length: 5000 }, (_, i) => ["k" + i, i])),
    () => '{"extid":1e999999}',
    () => "\u0000\u0001",
  ];
  for (let i = 0; i < 1000; i++) {
    const r = validate(hostile[i % hostile.length]());
    assert.equal(r.ok, false);
    assert.ok(r.errors.length > 0 && r.errors.length <= 60);
  }
  assert.equal(validate({ extid: "1002", username: "Amy" }).ok, true);
  assert.equal(validateField("username", "Amy").ok, true);
});

test("a secret is never echoed", () => {
  const secret = "Zx9;Secret&Value";
  const r = validate({ extid: "1002", registerpassword: secret, loginpassword: secret, vmsecret: secret });
  assert.ok(!JSON.stringify(r).includes(secret));
  assert.ok(!JSON.stringify(r).includes("Secret"));
});

test("patched built-ins that call back in or throw cannot change a verdict", () => {
  const payload = { extid: "1002", dnd: "on", ringtimeout: 30, username: "Amy" };
  const expected = validate(JSON.stringify(payload));
  const includes = Array.prototype.includes;
  let inner;
  try {
    Array.prototype.includes = function (...args) {
      inner ??= validate({ extid: "7", dnd: "off" });
      return includes.apply(this, args);
    };
    assert.deepEqual(validate(payload), expected);
    assert.deepEqual(inner, validate('{"extid":"7","dnd":"off"}'));
    Array.prototype.includes = () => {
      throw new Error("patched");
    };
    assert.deepEqual(validate(payload), expected);
    assert.deepEqual(validateField("dnd", "on", payload), validateField("dnd", "on", JSON.stringify(payload)));
  } finally {
    Array.prototype.includes = includes;
  }
  assert.deepEqual(validate(payload), expected);
});

test("a form too large for the module is judged by the module, whatever its values", () => {
  const huge = 10n ** 70000n; // 70 001 digits as JSON text
  const r = validateField("dnd", "on", { extid: "1002", x: huge });
  assert.equal(r.ok, false);
  assert.equal(r.errors[0].code, "too_large");
  const long = "x".repeat(70000);
  assert.equal(validateField("dnd", "on", { extid: "1002", x: long }).errors[0].code, "too_large");
  const many = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => ["k" + i, "\u0001".repeat(3)]));
  assert.equal(validateField("dnd", "on", { extid: "1002", ...many }).errors[0].code, "too_large");
  assert.equal(validateField("dnd", "on", { extid: "1002", x: "y".repeat(7000) }).ok, true);
});
