// A small static file server for www/ (and pkg/ as /pkg/) on 127.0.0.1, no dependencies.
// Prints the URL.
//   node scripts/serve.mjs [--port N]     (N = 0 picks a free port)
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const www = fileURLToPath(new URL("../www/", import.meta.url));
// The page loads the npm package as ./pkg/: served straight from the repository's pkg/.
const pkg = fileURLToPath(new URL("../pkg/", import.meta.url));
/** The port from `--port N` (or `--port=N`), else PORT, else 8080; a clear error otherwise. */
function parsePort(args, env) {
  let text = env.PORT ?? "8080";
  let from = "PORT";
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--port") {
      if (i + 1 >= args.length) return { error: "--port needs a number (0 to 65535; 0 picks a free port)" };
      text = args[++i];
      from = "--port";
    } else if (a.startsWith("--port=")) {
      text = a.slice("--port=".length);
      from = "--port";
    } else {
      return { error: `unknown argument ${JSON.stringify(a)} (usage: serve.mjs [--port N])` };
    }
  }
  if (!/^[0-9]{1,5}$/.test(text) || Number(text) > 65535) {
    return { error: `${from} must be a number from 0 to 65535 (0 picks a free port), not ${JSON.stringify(text)}` };
  }
  return { port: Number(text) };
}

const parsed = parsePort(process.argv.slice(2), process.env);
if (parsed.error) {
  console.error(`serve: ${parsed.error}`);
  process.exit(2);
}
const port = parsed.port;

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

const server = createServer(async (req, res) => {
  try {
    let url;
    let rel;
    let inPkg;
    try {
      url = new URL(req.url ?? "/", "http://localhost");
      inPkg = url.pathname.startsWith("/pkg/");
      rel = decodeURIComponent(inPkg ? url.pathname.slice(4) : url.pathname);
    } catch {
      // A malformed URL or percent-escape (`/%E0%A4%A`): the request is bad, the server fine.
      res.writeHead(400, { "content-type": "text/plain" }).end("bad request");
      return;
    }
    if (rel.includes("\0")) {
      res.writeHead(400, { "content-type": "text/plain" }).end("bad request");
      return;
    }
    const root = inPkg ? pkg : www;
    let path = normalize(join(root, rel));
    if (!path.startsWith(root)) {
      res.writeHead(403).end("forbidden");
      return;
    }
    if ((await stat(path)).isDirectory()) path = join(path, "index.html");
    const body = await readFile(path);
    res.writeHead(200, {
      "content-type": types[extname(path)] ?? "application/octet-stream",
      "cache-control": "no-store",
    });
    res.end(body);
  } catch {
    res.writeHead(404, { "content-type": "text/plain" }).end("not found");
  }
});

server.listen(port, "127.0.0.1", () => {
  const { port: actual } = server.address();
  console.log(`Serving the extension editor at http://127.0.0.1:${actual}/`);
});
