"""The README's "v1 or v2" table follows chatkit.versions: every config key and table has a row,
and exactly the keys one version lacks say "no (an error)" in that version's column, as
`chatkit check` says.  (The Python calls' and events' tables follow chatkit.browser.versions:
tests/test_browser_versions.py.)
"""

from pathlib import Path

import pytest

from chatkit.config import CHAT_KEYS, TABLES, parse_config
from chatkit.errors import ConfigError
from chatkit.versions import ADAPTERS, only_in

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
COLUMNS = {"v1": 0, "v2": 1}
REFUSED = "no (an error)"


def version_table():
    """{dotted key or table: [v1 cell, v2 cell]} of the README's table."""
    block = README.split("| config | v1 (`__8x8Chat`, chat.js) | v2 (`chatApp`, chatv3.js) |")[1]
    rows = {}
    for line in block.split("\n\n", 1)[0].strip().splitlines()[1:]:
        cells = [cell.strip() for cell in line.strip("|").split(" | ")]
        name = cells[0].strip("`")
        rows[name[1:-1] if name.startswith("[") else name] = cells[1:]
    return rows


def test_readme_version_table_has_a_row_per_key_and_table_in_order():
    assert list(version_table()) == ["chat." + key for key in CHAT_KEYS] + list(TABLES[1:])


@pytest.mark.parametrize("api", list(ADAPTERS))
def test_readme_version_table_refuses_exactly_what_the_version_lacks(api):
    lacks = {key for key, version in only_in().items() if version.API != api}
    refused = {key for key, cells in version_table().items()
               if cells[COLUMNS[api]].startswith(REFUSED)}
    assert refused == lacks
    assert all(cells[COLUMNS[api]].startswith(("yes", '`"')) for key, cells in
               version_table().items() if key not in lacks)


@pytest.mark.parametrize("key", sorted(only_in()))
def test_check_refuses_what_the_table_refuses(tmp_path, key):
    # The table's "no (an error)" is what `chatkit check` does with such a config.
    other = next(api for api in ADAPTERS if api != only_in()[key].API)
    chat = {"api": other, "uuid": "script_1", "tenant": "dA==", "channel": "c",
            "channel_uuid": "u", "domain": "https://vcc-na7.8x8.com"}
    data = {"chat": chat}
    table, _, name = key.partition(".")
    if name:
        chat[name] = "x"
    else:
        data[table] = {}
    with pytest.raises(ConfigError) as raised:
        parse_config(data, tmp_path / "chat.toml")
    [problem] = raised.value.problems
    assert problem.key == key and 'only the %s chat (api = "%s")' % (
        only_in()[key].API, only_in()[key].API) in problem.message
