"""The wheel ships the license texts its metadata names."""

from importlib import metadata


def test_the_wheel_carries_both_licenses() -> None:
    dist = metadata.distribution("yeastar-extension-rules")
    assert dist.metadata["License-Expression"] == "MIT OR Apache-2.0"
    files = {str(f).rsplit("/", 1)[-1]: f for f in dist.files or []}
    for name in ("LICENSE-MIT", "LICENSE-APACHE"):
        assert name in files, sorted(files)
        text = files[name].read_text(encoding="utf-8")
        assert ("Permission is hereby granted" in text) or ("Apache License" in text)
