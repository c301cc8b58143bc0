// Type declarations for yeastar-extension-rules. The regions between `// generated:` and
// `// end generated` come from the rule tables (scripts/types.mjs writes them into the package
// when it is built; tests/js/types.test.mjs fails when this file has drifted from the tables);
// the rest is written by hand. The Node tests compile consumer files with `tsc --noEmit`.

// generated: FieldName (scripts/types.mjs, from the rule tables)
/** A parameter of any profile: API 1.x's in its table order, then API 2.0.0's `number`. */
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
  | "agentid"
  | "number";
// end generated

// generated: FieldOptions (scripts/types.mjs, from the rule tables)
/** The options of each field that has options, as the PBX spells them (in any profile). */
export interface FieldOptions {
  hasvoicemail: "on" | "off";
  enablevmtoemail: "on" | "off" | "custom";
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
/** A well-typed API 1.x extension/update request body before validation. Validation accepts any value; this is a guide. */
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
  hasvoicemail?: "on" | "off";
  enablevmtoemail?: "on" | "off";
  vmsecret?: string;
  alwaysforward?: "on" | "off";
  atransferto?: "Voicemail" | "Extension" | "Mobile Number" | "Custom Number";
  atransferext?: Numeric;
  atransferprefix?: string;
  atransfernum?: string;
  noanswerforward?: "on" | "off";
  ntransferto?: "Voicemail" | "Extension" | "Mobile Number" | "Custom Number";
  ntransferext?: Numeric;
  ntransferprefix?: string;
  ntransfernum?: string;
  busyforward?: "on" | "off";
  btransferto?: "Voicemail" | "Extension" | "Mobile Number" | "Custom Number";
  btransferext?: Numeric;
  btransferprefix?: string;
  btransfernum?: string;
  enablemobile?: "on" | "off";
  ringsimultaneous?: "on" | "off";
  mobileprefix?: string;
  allowbeingmonitored?: "on" | "off";
  monitormode?: "Disabled" | "Extensive" | "Listen" | "Whisper" | "Barge-in";
  ringtimeout?: Numeric<"15" | "30" | "60" | "120" | "300">;
  maxduration?: Numeric<"Follow System" | "Unlimited" | "60" | "300" | "600" | "900" | "1800" | "3600" | "6000">;
  dnd?: "on" | "off";
  callrestriction?: "on" | "off";
  agentid?: string | null;
}
// end generated

// generated: ExtensionUpdateV2Input (scripts/types.mjs, from the rule tables)
/** A well-typed API 2.0.0 extension/update request body before validation. Validation accepts any value; this is a guide. */
export interface ExtensionUpdateV2Input {
  number: Numeric;
  username?: string;
  registername?: string;
  registerpassword?: string;
  callerid?: string;
  maxregistrations?: Numeric<"1" | "2" | "3" | "4" | "5">;
  loginpassword?: string;
  email?: string;
  mobile?: Numeric;
  hasvoicemail?: "on" | "off";
  vmsecret?: Numeric;
  enablevmtoemail?: "on" | "off" | "custom";
  alwaysforward?: "on" | "off";
  atransferto?: "Voicemail" | "Extension" | "Mobile Number" | "Custom Number";
  atransferext?: Numeric;
  atransferprefix?: Numeric;
  atransfernum?: Numeric;
  noanswerforward?: "on" | "off";
  ntransferto?: "Voicemail" | "Extension" | "Mobile Number" | "Custom Number";
  ntransferext?: Numeric;
  ntransferprefix?: Numeric;
  ntransfernum?: Numeric;
  busyforward?: "on" | "off";
  btransferto?: "Voicemail" | "Extension" | "Mobile Number" | "Custom Number";
  btransferext?: Numeric;
  btransferprefix?: Numeric;
  btransfernum?: Numeric;
  enablemobile?: "on" | "off";
  ringsimultaneous?: "on" | "off";
  mobileprefix?: string;
  allowbeingmonitored?: "on" | "off";
  monitormode?: "Disabled" | "Extensive" | "Listen" | "Whisper" | "Barge-in";
  ringtimeout?: Numeric<"15" | "30" | "60" | "120" | "300">;
  maxduration?: Numeric<"Follow System" | "Unlimited" | "60" | "300" | "600" | "900" | "1800" | "3600" | "6000">;
  dnd?: "on" | "off";
  callrestriction?: "on" | "off";
  agentid?: string | null;
}
// end generated

// generated: ExtensionAddV2Input (scripts/types.mjs, from the rule tables)
/** A well-typed API 2.0.0 extension/add request body before validation. Validation accepts any value; this is a guide. */
export interface ExtensionAddV2Input {
  number: Numeric;
  username: string;
  registername: string;
  registerpassword: string;
  callerid?: string;
  maxregistrations?: Numeric<"1" | "2" | "3" | "4" | "5">;
  loginpassword?: string;
  email?: string;
  mobile?: Numeric;
  hasvoicemail?: "on" | "off";
  vmsecret?: Numeric;
  enablevmtoemail?: "on" | "off" | "custom";
  alwaysforward?: "on" | "off";
  atransferto?: "Voicemail" | "Extension" | "Mobile Number" | "Custom Number";
  atransferext?: Numeric;
  atransferprefix?: Numeric;
  atransfernum?: Numeric;
  noanswerforward?: "on" | "off";
  ntransferto?: "Voicemail" | "Extension" | "Mobile Number" | "Custom Number";
  ntransferext?: Numeric;
  ntransferprefix?: Numeric;
  ntransfernum?: Numeric;
  busyforward?: "on" | "off";
  btransferto?: "Voicemail" | "Extension" | "Mobile Number" | "Custom Number";
  btransferext?: Numeric;
  btransferprefix?: Numeric;
  btransfernum?: Numeric;
  enablemobile?: "on" | "off";
  ringsimultaneous?: "on" | "off";
  mobileprefix?: string;
  allowbeingmonitored?: "on" | "off";
  monitormode?: "Disabled" | "Extensive" | "Listen" | "Whisper" | "Barge-in";
  ringtimeout?: Numeric<"15" | "30" | "60" | "120" | "300">;
  maxduration?: Numeric<"Follow System" | "Unlimited" | "60" | "300" | "600" | "900" | "1800" | "3600" | "6000">;
  dnd?: "on" | "off";
  callrestriction?: "on" | "off";
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
  | "leading_zero"
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
  | "current_mismatch"
  | "not_updatable"
  | "password_looks_hashed"
  | "weak_password"
  | "not_in_current"
  | "nothing_to_change"
  | "other_api_version"
  | "consecutive_digits"
  | "password_contains";
// end generated

export type JsonType = "null" | "boolean" | "number" | "string" | "array" | "object";
/** What a field accepts (`expected` in invalid_type). */
export type ExpectedCode = "text" | "digit_text" | "number" | "range" | "option";
// generated: ReasonCode (scripts/types.mjs, from the rule tables)
/** What the JSON reader found wrong (`reason` in malformed_json). */
export type ReasonCode =
  | "bom"
  | "empty"
  | "trailing_data"
  | "expected_key"
  | "expected_colon"
  | "expected_comma_or_brace"
  | "expected_comma_or_bracket"
  | "expected_value"
  | "unexpected_end"
  | "invalid_number"
  | "control_character"
  | "unterminated_string"
  | "invalid_escape"
  | "invalid_unicode_escape";
// end generated
// generated: CharsetCode (scripts/types.mjs, from the rule tables)
/** The character sets of text fields (`allowed` in invalid_characters). */
export type CharsetCode = "digits" | "letters_digits" | "letters_digits_space" | "password" | "strong_password" | "caller_id_name" | "email_address";
// end generated

/** The limits and options of a violation; which keys appear depends on the code. */
export interface ViolationParams {
  max_bytes?: number;
  offset?: number;
  reason?: ReasonCode;
  line?: number;
  column?: number;
  found?: JsonType;
  count?: number;
  max?: number;
  min?: number;
  suggestion?: string;
  expected?: ExpectedCode;
  allowed?: CharsetCode;
  options?: readonly string[];
  rule?: string;
  when?: FieldName;
  equals?: string;
  requires?: FieldName;
}

/** One violation as data: the field that must change ("" for the payload as a whole). */
export interface ViolationData {
  field: FieldName | "" | (string & {});
  code: ViolationCode;
  message: string;
  params: ViolationParams;
  /** The API guide's error number where it defines one. */
  errno?: 10004 | 10006;
}

/**
 * One violation. `field`, `code`, `params` and `errno` are its own properties; `message` is
 * rendered from the catalog the first time it is read, then kept (a caller may set another).
 * JSON.stringify writes it with the rest; a spread or structuredClone copy lacks it: copy
 * with `toJSON()`.
 */
export interface Violation extends ViolationData {
  /** The violation as a plain object, message included (what JSON.stringify writes). */
  toJSON(): ViolationData;
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

/** A language tag: the built-in ones, or any registered with `registerLocale`. */
export type Locale = "en" | "zh-CN" | (string & {});

export interface LocaleOptions {
  /** The language of messages and labels (default "en"; others must be imported or registered). */
  locale?: Locale | null;
}

/** A profile (ruling V1): an API version and a call. Without either, API 1.x extension/update. */
export interface ProfileOptions {
  /** The API version: "v1" (API 1.0.x and 1.1.0) or "v2" (API 2.0.0, firmware 30.13.0.30 and
   * later); the URL's spellings ("v1.1.0", "2.0.0") are read too. */
  api?: "v1" | "v2" | (string & {}) | null;
  /** The call: "update" or, in API 2.0.0, "add" ("extension/add" is read too). */
  call?: "update" | "add" | (string & {}) | null;
}

export interface Options extends LocaleOptions, ProfileOptions {
  /** Current settings (object or JSON text); conditional rules then judge the effective values.
   * Not with `call: "add"` (a TypeError). */
  current?: CurrentSettings | string | null;
  /** The extension numbers that exist on the PBX. */
  extensions?: Iterable<string | number> | null;
  /** Whether the PBX allows weak passwords ("Allow Weak Password"): API 2.0.0's passwords are
   * then judged by the basic rules (V4). */
  weakPasswords?: boolean | null;
}

// generated: UiKey (scripts/types.mjs, from the rule tables)
/** The keys of a catalog's interface strings (the editor's). */
export type UiKey =
  | "title"
  | "heading"
  | "intro"
  | "language"
  | "context"
  | "optional"
  | "current_label"
  | "fill"
  | "extensions_label"
  | "submit"
  | "preview"
  | "api_version"
  | "body_label"
  | "copy"
  | "unchanged"
  | "select_unchanged"
  | "not_used"
  | "not_one_object"
  | "bad_extensions"
  | "valid"
  | "valid_warning"
  | "valid_warnings"
  | "problem"
  | "problems"
  | "paste_first"
  | "filled"
  | "copied"
  | "selected"
  | "fix_first"
  | "request_valid"
  | "reveal"
  | "reset"
  | "reset_title"
  | "hidden_secret"
  | "call_label"
  | "call_update"
  | "call_add"
  | "weak_passwords"
  | "password_hint_strong"
  | "password_hint_basic"
  | "bad_profile";
// end generated

/**
 * A message template: `{label}` (the field's label), `{param}`, `{param:label}` (the label of
 * the field a param names), `{param:TABLE}` (a param's entry in `names.TABLE`), and `[…]`,
 * left out unless every param inside it is there.
 */
export type Template = string;

/**
 * A message catalog (rulings M1-M5): `locales/en.json` of the repository is the reference, and a
 * catalog must have everything it has (`registerLocale` refuses one that does not). The type
 * requires a message for every code.
 */
export interface Catalog {
  locale: Locale;
  /** The language's own name. */
  name: string;
  format?: 1;
  list: { item: Template; sep: string; last: string };
  /** How a key that is not a parameter is shown (`{key}`). */
  key: Template;
  /** One template, or cases: "" (the default), "param" (when present), "param=value". */
  messages: { readonly [C in ViolationCode]: Template | { readonly [caseKey: string]: Template } };
  names: {
    type: { readonly [T in JsonType]: string };
    charset: { readonly [C in CharsetCode]: string };
    reason: { readonly [R in ReasonCode]: string };
  };
  fields: { readonly [F in FieldName]: { label: string; help: string } };
  groups: { readonly [G in GroupId]: string };
  /** The editor's own strings; a catalog may leave them out (reports never use them). */
  ui?: { readonly [K in UiKey]: string };
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

/**
 * The minimal update from the current settings (one extinfos element of extension/query, or a
 * whole response) to the desired ones (a payload or an edited element), each an object or JSON
 * text: the report, whose payload is the minimal request body (ruling Q4). Nothing is copied
 * from `current`; desired equal to current gives `extid` alone and the warning
 * `nothing_to_change`. Desired settings that are not an object get the report a payload would
 * (`not_an_object`, `malformed_json`, `too_large`).
 * @throws TypeError when the current settings or the options are unusable.
 */
export declare function diff(
  current: CurrentSettings | string,
  desired: ExtensionUpdateInput | CurrentSettings | string,
  options?: Omit<Options, "current"> | null,
): Report;

/**
 * The current settings a form is filled from, as the library reads them (ruling Q1): the
 * element of `current` (one extinfos element or a whole query response, an object or JSON
 * text) whose number is `options.extid` (with none, the only element): `extid`, then the
 * fields it holds in table order, destinations as option and number (`"ext1001"` becomes
 * `"Extension"` and `"1001"`), `moblie` as `mobile`. Secrets and `extnumber` are left out.
 * @returns the settings, or `null` when there is no such element.
 * @throws TypeError when the current settings are unusable (not JSON, not an object, over
 * 1 MiB).
 */
export declare function readCurrent(
  current: CurrentSettings | string,
  options?: (ProfileOptions & { extid?: string | number | null; number?: string | number | null }) | null,
): Partial<Record<FieldName, string>> | null;

/** The profile `options` names, as the library reads `api` and `call`.
 * @throws TypeError for a profile the library does not know (`add` with API 1.x among them). */
export declare function profile(options?: ProfileOptions | null): Readonly<{
  name: "v1-update" | "v2-update" | "v2-add";
  api: "v1" | "v2";
  call: "update" | "add";
  path: string;
}>;

/** Every field's metadata of a profile (API 1.x extension/update by default), in its table
 * order, labelled in a language (frozen). */
export declare function fields(options?: (LocaleOptions & ProfileOptions) | null): readonly FieldMeta[];

/** A profile's form sections, in order, titled in a language, with their fields (frozen). */
export declare function groups(options?: (LocaleOptions & ProfileOptions) | null): readonly FieldGroup[];

/** The interface strings of a language (the editor's), by key. */
export declare function strings(options?: LocaleOptions | null): Readonly<Partial<Record<UiKey, string>>>;

/**
 * Adds or replaces the catalog of a language, after checking it is complete.
 * @returns its language tag.
 * @throws TypeError naming what is missing or malformed.
 */
export declare function registerLocale(catalog: Catalog): Locale;

/** The languages that can be asked for now. */
export declare function locales(): Locale[];

/** One context rule (X1, X2): what current settings and an extension list add to the check. */
export interface ContextRuleMeta {
  id: string;
  field: FieldName;
  check:
    | "exists"
    | "exists_when_used"
    | "exists_or_own_when_used"
    | "not_taken_unless"
    | "not_taken"
    | "matches_current"
    | (string & {});
  when?: FieldName;
  equals?: string;
  other?: FieldName;
  severity: "error" | "warning";
  code: ViolationCode;
}

/** A profile's context rules, in the order they are judged (frozen). */
export declare function contextRules(options?: ProfileOptions | null): readonly ContextRuleMeta[];

/** A profile's cross-field rules, in the order they are judged (frozen). */
export declare function rules(options?: ProfileOptions | null): readonly CrossRuleMeta[];

/** One password rule of API 2.0.0 (V4). */
export interface PasswordRuleMeta {
  field: FieldName;
  /** The fewest characters of a strong password (the PBX's default). */
  strong_min: number;
  /** The fewest characters while the PBX allows weak passwords. */
  basic_min: number;
  /** The fields a strong password must not contain, in any case. */
  not_containing: FieldName[];
}

/** A profile's password rules (none in API 1.x), frozen. */
export declare function passwordRules(options?: ProfileOptions | null): readonly PasswordRuleMeta[];

/** The fields that play a part in a profile, by role (frozen): `number` names the extension
 * (`extid` in API 1.x, `number` in 2.0.0), `renumber` gives it a new number (`null` in 2.0.0);
 * a whole query response holds its elements under `query_list`. */
export declare function roles(options?: ProfileOptions | null): Readonly<{ number: FieldName; renumber: FieldName | null; query_list: string }>;


/** A Standard Schema for form libraries, with optional context and locale. */
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
  diff: typeof diff;
  readCurrent: typeof readCurrent;
  profile: typeof profile;
  roles: typeof roles;
  fields: typeof fields;
  groups: typeof groups;
  strings: typeof strings;
  registerLocale: typeof registerLocale;
  locales: typeof locales;
  rules: typeof rules;
  contextRules: typeof contextRules;
  passwordRules: typeof passwordRules;
  createStandardSchema: typeof createStandardSchema;
  standardSchema: typeof standardSchema;
  version: string;
};
export default api;
