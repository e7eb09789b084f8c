"""Issue 19, item 4: a `[theme]` name 8x8's glossary lacks is a warning, not an error, and is
kept: 8x8's own dark-mode example (dark-mode-example.md) sets `sendMessageBoxSeparator`, which
neither the "Glossary of theming items" nor "Button theming" names, and importing that
example as 8x8 prints it must work and keep the name."""

import tomllib

from tests.cli_support import run
from tests.reference import reference_text

PASSED = ": the snippet passes it to the chat as it is"


def dark_mode_snippet():
    return reference_text("8x8-webchat-v2/dark-mode-example.md").split("```html\n")[1] \
        .split("```")[0]


def test_8x8s_dark_mode_example_imports_and_keeps_the_name_its_glossary_lacks(tmp_path, capsys):
    snippet = dark_mode_snippet()
    path = tmp_path / "dark-mode.html"
    path.write_text(snippet, encoding="utf-8")
    line = next(number for number, text in enumerate(snippet.splitlines(), 1)
                if '"sendMessageBoxSeparator"' in text)
    code, out, err = run(capsys, "import", path)
    assert code == 0, err
    config = tomllib.loads(out)
    # The example's values, typed from dark-mode-example.md.
    assert config["theme"]["sendMessageBoxSeparator"] == "#666666"
    assert config["theme"]["chatBackgroundColor"] == "#A9A9A9"
    assert config["theme"]["messageIncomingBorderRadius"] == "15px 15px 15px 0"
    entries = snippet.split("themeCustom: {")[1].split("},")[0]
    assert len(config["theme"]) == entries.count('": "') == 58  # every entry of the example
    assert [e for e in err if "sendMessageBoxSeparator" in e] == [
        "%s: line %d, column 44: theme.sendMessageBoxSeparator: warning: unknown theme property "
        "(not in 8x8's \"Glossary of theming items\" or \"Button theming\")%s"
        % (path, line, PASSED)]


def test_check_passes_a_near_miss_with_did_you_mean_and_fails_it_under_strict(tmp_path, capsys):
    config = tmp_path / "chat.toml"
    config.write_text('[chat]\napi = "v2"\nuuid = "script_0123456789abcdef01234567.89012345"\n'
                      'tenant = "ZXhhbXBsZTAx"\nchannel = "Support"\n'
                      'channel_uuid = "Ab3ULjXFQx-unSA6ebdW8A"\n'
                      'domain = "https://vcc-eu11.8x8.com"\n'
                      '[theme]\nheaderBackgroundColour = "#333333"\n', encoding="utf-8")
    expected = ("%s:9:1: theme.headerBackgroundColour: warning: unknown theme property (did you "
                "mean headerBackgroundColor?)%s" % (config, PASSED))
    assert run(capsys, "check", config) == (0, "%s: ok, 1 warning\n" % config, [expected])
    assert run(capsys, "check", config, "--strict") == (1, "", [expected])
