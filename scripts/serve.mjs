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
const args = process.argv.slice(2);
const portArg = args.indexOf("--port");
const port = portArg >= 0 ? Number(args[portArg + 1]) : Number(process.env.PORT ?? 8080);

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
    const url = new URL(req.url ?? "/", "http://localhost");
    const inPkg = url.pathname.startsWith("/pkg/");
    const root = inPkg ? pkg : www;
    const rel = decodeURIComponent(inPkg ? url.pathname.slice(4) : url.pathname);
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
