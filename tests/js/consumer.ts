// Compiled with `tsc --noEmit` in the tests: the declarations give real types, no `any`.
import {
  validate,
  validateField,
  fields,
  groups,
  rules,
  jsonSchema,
  standardSchema,
  createStandardSchema,
  type Report,
  type Violation,
  type FieldMeta,
  type CrossRuleMeta,
  type ExtensionUpdateBody,
  type ExtensionUpdateInput,
  type StandardSchemaV1,
} from "yeastar-extension-rules";

const input: ExtensionUpdateInput = { extid: 1002, username: "Amy", dnd: "on", ringtimeout: 30 };
const report: Report = validate(input, { extensions: ["1002"] });
if (report.ok) {
  const body: ExtensionUpdateBody = report.payload;
  const extid: string = body.extid;
  void extid;
} else {
  const first: Violation | undefined = report.errors[0];
  const code: "too_long" | string = first?.code ?? "";
  const max: number | undefined = first?.params.max;
  void code;
  void max;
}
const fieldReport = validateField("mobile", "", input);
const ok: boolean = fieldReport.ok;
const meta: readonly FieldMeta[] = fields();
const maxlength: number | undefined = meta[0]?.html.maxlength;
const groupTitle: string | undefined = groups()[0]?.title;
const pattern: string | undefined = meta[0]?.pattern;
const cross: readonly CrossRuleMeta[] = rules();
const severity: "error" | "warning" | undefined = cross[0]?.severity;
const schema = jsonSchema();
const std: StandardSchemaV1<ExtensionUpdateInput, ExtensionUpdateBody> = createStandardSchema();
const result = standardSchema["~standard"].validate(input);
void [ok, maxlength, groupTitle, pattern, severity, schema, std, result];

// @ts-expect-error: a switch is "on" or "off", not a boolean
const wrong: ExtensionUpdateInput = { extid: "1", dnd: true };
void wrong;
