// Not a test of its own: the npm package's answers to field questions, for the four-way
// differential test (python/tests/test_field_names.py). Reads NDJSON lines
// {"field", "value", "form"?} from the file named first, and prints validateField's report
// for each, one JSON line each, in the language named second (en or zh-CN).
import { readFileSync } from "node:fs";
import { validateField } from "yeastar-extension-rules";
import "yeastar-extension-rules/locales/zh-CN";

const [file, locale = "en"] = process.argv.slice(2);
const out = [];
for (const line of readFileSync(file, "utf8").split("\n")) {
  if (line === "") continue;
  const q = JSON.parse(line);
  out.push(JSON.stringify(validateField(q.field, q.value, q.form, { locale })));
}
process.stdout.write(out.join("\n") + "\n");
