// The CommonJS view of the same declarations.
import rules = require("yeastar-extension-rules");
const r: rules.Report = rules.validate({ extid: "1002" });
const n: number = rules.fields().length;
const c: number = rules.rules().length;
void [r, n, c];
import zh = require("yeastar-extension-rules/locales/zh-CN");
const catalog: rules.Catalog = zh;
const labelled: number = rules.fields({ locale: "zh-CN" }).length;
void [catalog, labelled];
