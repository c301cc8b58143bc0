// scripts/serve.mjs, the editor's static server: clear errors for bad arguments, 400 for bad
// URLs, and it keeps serving after them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { request } from "node:http";

const script = fileURLToPath(new URL("../../scripts/serve.mjs", import.meta.url));

test("bad arguments exit 2 with one clear line", () => {
  for (const [args, says] of [
    [["--port"], "--port needs a number"],
    [["--port", "abc"], "--port must be a number"],
    [["--port=70000"], "--port must be a number"],
    [["--port", "-1"], "--port must be a number"],
    [["--bogus"], "unknown argument"],
  ]) {
    const r = spawnSync(process.execPath, [script, ...args], { encoding: "utf8", timeout: 10_000 });
    assert.equal(r.status, 2, `${args}: ${r.stderr}`);
    assert.match(r.stderr, new RegExp(`^serve: .*${says}`), args.join(" "));
    assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
    assert.equal(r.stdout, "");
  }
  const r = spawnSync(process.execPath, [script], { encoding: "utf8", timeout: 10_000, env: { ...process.env, PORT: "x" } });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /PORT must be a number/);
});

/** GET a raw path (not normalized by a URL parser): the status code. */
function get(port, path) {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method: "GET" }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode));
    });
    req.on("error", reject);
    req.end();
  });
}

test("bad percent-escapes get 400 and the server keeps serving", async () => {
  const child = spawn(process.execPath, [script, "--port", "0"], { stdio: ["ignore", "pipe", "pipe"] });
  try {
    const port = await new Promise((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (d) => {
        out += d;
        const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
        if (m) resolve(Number(m[1]));
      });
      child.on("exit", (code) => reject(new Error(`server exited with ${code}`)));
    });
    for (const path of ["/%", "/%E0%A4%A", "/pkg/%zz", "/%C0%AF", "/a%00b"]) {
      assert.equal(await get(port, path), 400, path);
    }
    assert.equal(await get(port, "/"), 200);
    assert.equal(await get(port, "/no-such-file.js"), 404);
    // The URL parser folds %2e%2e into ".."; either way nothing outside www/ is served.
    assert.notEqual(await get(port, "/%2e%2e/%2e%2e/etc/passwd"), 200);
    assert.notEqual(await get(port, "/pkg/%2e%2e/%2e%2e/Cargo.toml"), 200);
    assert.equal(await get(port, "/index.html"), 200);
    assert.equal(child.exitCode, null, "still running");
  } finally {
    child.kill();
  }
});
