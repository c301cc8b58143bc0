//! Generates `docs/RULES.md` from the rule tables (a test fails when the file is stale).
