// Type declarations for yeastar-extension-rules. The regions between `// generated:` and
// `// end generated` come from the rule tables (scripts/types.mjs writes them into the package
// when it is built; tests/js/types.test.mjs fails when this file has drifted from the tables);
// the rest is written by hand. The Node tests compile consumer files with `tsc --noEmit`.

// generated: FieldName (scripts/types.mjs, from the rule tables)
/** A parameter of extension/update, in the spec's table order. */
export type FieldName =
  | "extid"
  | "extnumber"
  | "username"
  | "callerid"
  | "registername"
  | "registerpassword"
  | "maxregistrations"
  | "loginpassword"
  | "email"
  | "mobile"
  | "hasvoicemail"
  | "enablevmtoemail"
  | "vmsecret"
  | "alwaysforward"
  | "atransferto"
  | "atransferext"
  | "atransferprefix"
  | "atransfernum"
  | "noanswerforward"
  | "ntransferto"
  | "ntransferext"
  | "ntransferprefix"
  | "ntransfernum"
  | "busyforward"
  | "btransferto"
  | "btransferext"
  | "btransferprefix"
  | "btransfernum"
  | "enablemobile"
  | "ringsimultaneous"
  | "mobileprefix"
  | "allowbeingmonitored"
  | "monitormode"
  | "ringtimeout"
  | "maxduration"
  | "dnd"
  | "callrestriction"
  | "agentid";
// end generated

// generated: FieldOptions (scripts/types.mjs, from the rule tables)
/** The options of each field that has options, as the PBX spells them. */
export interface FieldOptions {
  hasvoicemail: "on" | "off";
  enablevmtoemail: "on" | "off";
  alwaysforward: "on" | "off";
  atransferto: "Voicemail" | "Extension" | "Mobile Number" | "Custom Number";
  noanswerforward: "on" | "off";
  ntransferto: "Voicemail" | "Extension" | "Mobile Number" | "Custom Number";
  busyforward: "on" | "off";
  btransferto: "Voicemail" | "Extension" | "Mobile Number" | "Custom Number";
  enablemobile: "on" | "off";
  ringsimultaneous: "on" | "off";
  allowbeingmonitored: "on" | "off";
  monitormode: "Disabled" | "Extensive" | "Listen" | "Whisper" | "Barge-in";
  ringtimeout: "15" | "30" | "60" | "120" | "300";
  maxduration: "Follow System" | "Unlimited" | "60" | "300" | "600" | "900" | "1800" | "3600" | "6000";
  dnd: "on" | "off";
  callrestriction: "on" | "off";
}
// end generated

export type Switch = FieldOptions["dnd"];
export type Destination = FieldOptions["atransferto"];
export type MonitorMode = FieldOptions["monitormode"];
export type RingTimeout = FieldOptions["ringtimeout"];
export type MaxDuration = FieldOptions["maxduration"];

/** Digits where a whole JSON number is accepted too (ruling G7). */
type Numeric<S extends string = string> = S | number;

// generated: ExtensionUpdateInput (scripts/types.mjs, from the rule tables)
/** A well-typed request body before validation. Validation accepts any value; this is a guide. */
export interface ExtensionUpdateInput {
  extid: Numeric;
  extnumber?: Numeric;
  username?: string;
  callerid?: string;
  registername?: string;
  registerpassword?: string;
  maxregistrations?: Numeric<"1" | "2" | "3" | "4" | "5">;
  loginpassword?: string;
  email?: string;
  mobile?: string;
  hasvoicemail?: FieldOptions["hasvoicemail"];
  enablevmtoemail?: FieldOptions["enablevmtoemail"];
  vmsecret?: string;
  alwaysforward?: FieldOptions["alwaysforward"];
  atransferto?: FieldOptions["atransferto"];
  atransferext?: Numeric;
  atransferprefix?: string;
  atransfernum?: string;
  noanswerforward?: FieldOptions["noanswerforward"];
  ntransferto?: FieldOptions["ntransferto"];
  ntransferext?: Numeric;
  ntransferprefix?: string;
  ntransfernum?: string;
  busyforward?: FieldOptions["busyforward"];
  btransferto?: FieldOptions["btransferto"];
  btransferext?: Numeric;
  btransferprefix?: string;
  btransfernum?: string;
  enablemobile?: FieldOptions["enablemobile"];
  ringsimultaneous?: FieldOptions["ringsimultaneous"];
  mobileprefix?: string;
  allowbeingmonitored?: FieldOptions["allowbeingmonitored"];
  monitormode?: FieldOptions["monitormode"];
  ringtimeout?: Numeric<FieldOptions["ringtimeout"]>;
  maxduration?: Numeric<FieldOptions["maxduration"]>;
  dnd?: FieldOptions["dnd"];
  callrestriction?: FieldOptions["callrestriction"];
  agentid?: string | null;
}
// end generated

/** The normalized request body of a valid payload: the fields sent, every value a string. */
export type ExtensionUpdateBody = { extid: string } & {
  [K in Exclude<FieldName, "extid">]?: string;
};

// generated: ViolationCode (scripts/types.mjs, from the rule tables)
/** Every stable violation code. */
export type ViolationCode =
  | "too_large"
  | "invalid_utf8"
  | "malformed_json"
  | "not_an_object"
  | "too_many_unknown_keys"
  | "unknown_key"
  | "duplicate_key"
  | "required"
  | "invalid_type"
  | "blank"
  | "not_a_whole_number"
  | "invalid_characters"
  | "too_short"
  | "too_long"
  | "out_of_range"
  | "invalid_option"
  | "invalid_email"
  | "conditionally_required"
  | "may_be_required"
  | "extension_not_found"
  | "extension_in_use"
  | "email_missing"
  | "no_effect"
  | "forwards_to_itself"
  | "voicemail_off"
  | "current_mismatch";
// end generated

export type JsonType = "null" | "boolean" | "number" | "string" | "array" | "object";
// generated: CharsetCode (scripts/types.mjs, from the rule tables)
/** The character sets of text fields (`allowed` in invalid_characters). */
export type CharsetCode = "digits" | "letters_digits" | "letters_digits_space" | "password";
// end generated

/** The limits and options of a violation; which keys appear depends on the code. */
export interface ViolationParams {
  max_bytes?: number;
  offset?: number;
  reason?: string;
  line?: number;
  column?: number;
  found?: JsonType;
  count?: number;
  max?: number;
  min?: number;
  suggestion?: string;
  expected?: string;
  allowed?: CharsetCode;
  options?: readonly string[];
  rule?: string;
  when?: FieldName;
  equals?: string;
  requires?: FieldName;
}

/** One violation: the field that must change ("" for the payload as a whole). */
export interface Violation {
  field: FieldName | "" | (string & {});
  code: ViolationCode;
  message: string;
  params: ViolationParams;
  /** The API guide's error number where it defines one. */
  errno?: 10004 | 10006;
}

/** The verdict on a whole payload. */
export type Report =
  | { ok: true; errors: []; warnings: Violation[]; payload: ExtensionUpdateBody }
  | { ok: false; errors: Violation[]; warnings: Violation[]; payload: null };

/** The verdict on one field: its own violations and those of rules that report on it. */
export interface FieldReport {
  ok: boolean;
  errors: Violation[];
  warnings: Violation[];
  payload: null;
}

/** A value as JSON can hold it. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** The extension's current settings: one `extinfos` element of an extension/query response. */
export type CurrentSettings = { readonly [key: string]: string | number | null | undefined | JsonValue };

export interface Options {
  /** Current settings (object or JSON text); conditional rules then judge the effective values. */
  current?: CurrentSettings | string | null;
  /** The extension numbers that exist on the PBX. */
  extensions?: Iterable<string | number> | null;
}

// generated: GroupId (scripts/types.mjs, from the rule tables)
/** The form sections. */
export type GroupId =
  | "user"
  | "registration"
  | "voicemail"
  | "always_forward"
  | "no_answer_forward"
  | "busy_forward"
  | "mobility"
  | "monitoring"
  | "calls";
// end generated

export interface HtmlAttributes {
  type: "text" | "password" | "email" | "number" | "checkbox" | "select";
  maxlength?: number;
  minlength?: number;
  pattern?: string;
  required: boolean;
  inputmode?: "numeric" | "email";
  min?: number;
  max?: number;
  autocomplete: string;
}

/** What a form needs to know about one field. */
export interface FieldMeta {
  name: FieldName;
  label: string;
  help: string;
  group: GroupId;
  control: "text" | "password" | "email" | "number" | "switch" | "select";
  required: boolean;
  may_be_blank: boolean;
  may_be_null: boolean;
  accepts_number: boolean;
  secret: boolean;
  charset?: CharsetCode;
  min_length?: number;
  max_length?: number;
  min?: number;
  max?: number;
  options?: readonly string[];
  /** A pattern (not anchored) for a non-blank value: characters and length, or the e-mail rule. */
  pattern?: string;
  /**
   * For a field whose options bring other fields into use (a forwarding destination): for each
   * option, the fields it uses. A form shows only those while that option is chosen.
   */
  uses?: { readonly [option: string]: readonly FieldName[] };
  html: HtmlAttributes;
}

/**
 * One cross-field rule: when `when` is `equals`, `field` must satisfy `requires`, else it gets
 * an error or a warning with `code`.
 */
export interface CrossRuleMeta {
  /** The ruling: `C1`…`C4` (errors) or `W1`…`W5` (warnings). */
  id: string;
  /** The field reported on: the one that must change. */
  field: FieldName;
  when: FieldName;
  equals: string;
  /** `not_blank`; `field_equals` (`requires_field` must be `requires_value`); or `not_own_extension`. */
  requires: "not_blank" | "field_equals" | "not_own_extension";
  requires_field?: FieldName;
  requires_value?: string;
  severity: "error" | "warning";
  code: string;
}

export interface FieldGroup {
  id: GroupId;
  title: string;
  fields: readonly FieldName[];
}

/** The Standard Schema v1 interface (standardschema.dev), as form libraries accept it. */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly "~standard": StandardSchemaV1.Props<Input, Output>;
}

export declare namespace StandardSchemaV1 {
  interface Props<Input = unknown, Output = Input> {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => Result<Output> | Promise<Result<Output>>;
    readonly types?: Types<Input, Output> | undefined;
  }
  type Result<Output> = SuccessResult<Output> | FailureResult;
  interface SuccessResult<Output> {
    readonly value: Output;
    readonly issues?: undefined;
  }
  interface FailureResult {
    readonly issues: ReadonlyArray<Issue>;
  }
  interface Issue {
    readonly message: string;
    readonly path?: ReadonlyArray<PropertyKey | PathSegment> | undefined;
  }
  interface PathSegment {
    readonly key: PropertyKey;
  }
  interface Types<Input = unknown, Output = Input> {
    readonly input: Input;
    readonly output: Output;
  }
}

/**
 * Validates a payload: a plain object (read by its own enumerable properties) or JSON text.
 * @throws TypeError when the options are unusable or the object cannot be read (a throwing
 * getter or Proxy trap); never for anything wrong with the payload's content.
 */
export declare function validate(payload: unknown, options?: Options | null): Report;

/**
 * Validates one field as a form does while the user types. `value` is what the input holds
 * (`undefined` counts as an empty input); `payload` is the rest of the form.
 */
export declare function validateField(
  field: FieldName | (string & {}),
  value: unknown,
  payload?: unknown,
  options?: Options | null,
): FieldReport;

/** Every field's metadata, in the spec's order (frozen). */
export declare function fields(): readonly FieldMeta[];

/** The form sections, in order, with their fields (frozen). */
export declare function groups(): readonly FieldGroup[];

/** The cross-field rules, in the order they are judged (frozen). */
export declare function rules(): readonly CrossRuleMeta[];

/** The JSON Schema (draft 2020-12) of the context-free rules; a fresh object each call. */
export declare function jsonSchema(): { [key: string]: JsonValue };

/** A Standard Schema for form libraries, with optional context. */
export declare function createStandardSchema(
  options?: Options | null,
): StandardSchemaV1<ExtensionUpdateInput, ExtensionUpdateBody>;

/** A Standard Schema without context. */
export declare const standardSchema: StandardSchemaV1<ExtensionUpdateInput, ExtensionUpdateBody>;

/** The package version. */
export declare const version: string;

declare const api: {
  validate: typeof validate;
  validateField: typeof validateField;
  fields: typeof fields;
  groups: typeof groups;
  rules: typeof rules;
  jsonSchema: typeof jsonSchema;
  createStandardSchema: typeof createStandardSchema;
  standardSchema: typeof standardSchema;
  version: string;
};
export default api;
