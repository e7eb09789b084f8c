"""`chatkit import` on the files tenants keep their v1 snippet in (SPEC 4.1).

Every test runs the command on a file and asserts on what the user sees: the config on
stdout, one line per note or problem on stderr, the exit code.  Expected values are typed
from the input files in tests/data/import/, never computed by the importer's own code.
"""

import json
import tomllib
from pathlib import Path

import jinja2
import pytest
import tree_sitter_javascript
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tree_sitter import Language, Parser

from chatkit._wording import hidden_characters
from chatkit.cli import main
from chatkit.config import load_config
from tests.cli_support import run as cli_run

DATA = Path(__file__).resolve().parent / "data" / "import"
UUID = "script_0123456789abcdef01234567.89012345"
DOMAIN = "https://vcc-na7.8x8.com"
HOOKS = "do it from hooks.py, where chat.on_ready(...) gives you the chat"
PLACEHOLDER_ADVICE = ("import the page as the server sends it (save it from the browser's "
                      "view-source), or write the value in its place")
STOCK = """\
<div id="__8x8-chat-button-container-%(uuid)s"></div>
<script type="text/javascript">
    var __8x8Chat = {
        uuid: "%(uuid)s",
        tenant: "ZXhhbXBsZTAx",
        channel: "Customer Support",
        domain: "https://vcc-na7.8x8.com",
        path: "/.",
        buttonContainerId: "__8x8-chat-button-container-%(uuid)s",
        align: "right"%(more)s
    };
    (function() {
        var se = document.createElement("script");
        se.src = window.__8x8Chat.domain + window.__8x8Chat.path + "/CHAT/common/js/chat.js";
        document.body.appendChild(se);
    })();
</script>
"""
STOCK_CHAT = {"uuid": UUID, "tenant": "ZXhhbXBsZTAx", "channel": "Customer Support",
              "domain": DOMAIN, "align": "right"}


def run(capsys, *argv):
    """(exit code, stdout, stderr lines) of `chatkit import ARGV`."""
    return cli_run(capsys, "import", *argv)


def imported(capsys, path):
    """The config `chatkit import` prints for a file that imports, and its stderr lines."""
    code, out, err = run(capsys, path)
    assert code == 0, err
    return tomllib.loads(out), err


def stock(tmp_path, more="", name="snippet.html"):
    """The Configuration Manager's v1 snippet with `more` after its last setting, as a file."""
    path = tmp_path / name
    path.write_text(STOCK % {"uuid": UUID, "more": more}, encoding="utf-8")
    return path


# --- where tenants keep the snippet ---------------------------------------------------------

def test_import_reads_the_snippet_of_a_whole_html_page(capsys):
    code, out, err = run(capsys, DATA / "page.html")
    assert (code, err) == (0, [])
    assert out == """\
# Imported by `chatkit import` from a v1 (__8x8Chat) snippet.

[chat]
uuid = "%s"
tenant = "ZXhhbXBsZTAx"
channel = "Web Support"
domain = "https://vcc-eu4.8x8.com"
align = "right"
""" % UUID


def test_import_reads_a_nunjucks_template_around_the_snippet(capsys):
    # {% if %} around the snippet, {# #} inside it, {% raw %} keeping the chat's {{agent}}.
    config, err = imported(capsys, DATA / "base.njk")
    assert err == []
    assert config == {
        "chat": {"uuid": UUID, "tenant": "ZXhhbXBsZTAx", "channel": "Help Centre",
                 "domain": DOMAIN, "align": "left"},
        "messages": {"chatQueued": "Thanks for waiting: one of us will be with you shortly.",
                     "chatEstablishedName": "You are now chatting with {{agent}}."}}


def test_import_reads_a_page_jinjas_own_lexer_refuses(tmp_path, capsys):
    # Why chatkit finds template syntax itself (STYLE 13): Jinja2's lexer, the well-kept one
    # at hand, refuses a page that is no template but shows a `{{` in its text (and reads
    # PHP's `<?= $uuid ?>` as plain text, so a placeholder would pass for a value).
    text = (DATA / "page.html").read_text(encoding="utf-8").replace(
        "<h1>How can we help?</h1>", "<h1>How can we help?</h1><p>Type {{ to start.</p>")
    with pytest.raises(jinja2.TemplateSyntaxError):
        list(jinja2.Environment().lex(text))
    lexed = list(jinja2.Environment().lex((DATA / "placeholders.php").read_text("utf-8")))
    assert [kind for _, kind, _ in lexed] == ["data"]
    path = tmp_path / "page.html"
    path.write_text(text, encoding="utf-8")
    assert imported(capsys, path)[0]["chat"]["channel"] == "Web Support"


def test_import_reads_a_wordpress_php_footer(capsys):
    config, err = imported(capsys, DATA / "footer.php")
    assert err == []
    assert config == {"chat": {
        "uuid": UUID, "tenant": "ZXhhbXBsZTAx", "channel": "Shop",
        "channel_uuid": "Ab3ULjXFQx-unSA6ebdW8A", "domain": DOMAIN, "align": "right",
        "stylesheet_url": "https://shop.example.com/wp-content/themes/northwind/chat.css"}}


def test_import_reads_a_react_component_and_its_on_init(capsys):
    config, err = imported(capsys, DATA / "ChatWidget.jsx")
    assert config == {
        "chat": {"uuid": UUID, "tenant": "ZXhhbXBsZTAx", "channel": "Online Store",
                 "domain": DOMAIN, "align": "right", "language": "de"},
        "customer": {"Plan": "Premium", "Store": "Berlin"}}
    assert err == [
        '%s: line 20: not imported: `bus.publish("customer:set-info", { "Email": customer.email '
        '…` (its data is a variable `customer.email`; %s)' % (DATA / "ChatWidget.jsx", HOOKS),
        "%s: line 21: not imported: `window.bus = bus;` (page code; %s)"
        % (DATA / "ChatWidget.jsx", HOOKS),
    ]


def test_import_reads_a_gatsby_class_component(capsys):
    config, err = imported(capsys, DATA / "chat.js")
    assert (config, err) == ({"chat": {"uuid": UUID, "tenant": "ZXhhbXBsZTAx",
                                       "channel": "Gatsby Site", "domain": DOMAIN,
                                       "align": "left"}}, [])


def test_import_reads_an_angular_component_in_typescript(capsys):
    config, err = imported(capsys, DATA / "chat.component.ts")
    assert err == []
    assert config == {
        "chat": {"uuid": UUID, "tenant": "ZXhhbXBsZTAx", "channel": "Angular Portal",
                 "channel_uuid": "Ab3ULjXFQx-unSA6ebdW8A", "domain": DOMAIN, "align": "right"},
        "variables": {"_portal": "customer", "_tier": "gold"}}


def test_import_takes_the_live_snippet_after_a_commented_out_old_one(capsys):
    # An old snippet in an HTML comment, another in a JS comment, then the live one.
    config, err = imported(capsys, DATA / "old-commented.html")
    assert (config, err) == ({"chat": STOCK_CHAT}, [])


# --- onInit: literal publishes become the config; the rest is listed ---------------------

def test_import_turns_literal_publishes_in_on_init_into_the_config(capsys):
    config, err = imported(capsys, DATA / "on-init.html")
    assert config == {
        "chat": {**STOCK_CHAT, "language": "fr"},
        # the second set-info removes "First name" (null) and leaves the rest (undefined)
        "customer": {"Plan": "Premium", "Age": 25, "Verified": True},
        "variables": {"_options": "DEF", "_segment": "retail"}}
    source = DATA / "on-init.html"
    assert err == ["%s: %s" % (source, line) for line in [
        'line 22: not imported: `bus.publish("chat:set-system-messages", {chatQueued: "Soon.…` '
        "(production's bus has no topic `chat:set-system-messages`: it does nothing)",
        'line 23: not imported: `bus.subscribe("customer:info-sent", function (data) { conso…` '
        "(a listener: use chat.on(topic, handler) in hooks.py)",
        "line 26: not imported: `window.bus = bus;` (page code; %s)" % HOOKS,
        'line 27: not imported: `if (location.hash === "#chat") { bus.publish("chat:trigger-…` '
        "(page code; %s)" % HOOKS,
        "line 31: not imported: `showWelcome: true` (the __8x8Chat settings have no property "
        "`showWelcome`)",
    ]]


def test_import_writes_what_it_did_not_import_into_the_config_too(capsys):
    code, out, err = run(capsys, DATA / "on-init.html")
    comments = [line for line in out.splitlines() if line.startswith("# Not imported")]
    assert comments == [line.split(": ", 1)[1].replace("line ", "# Not imported (line ", 1)
                        .replace(": not imported: ", "): ", 1) for line in err]


@pytest.mark.parametrize(
    "on_init, hint",
    [
        ('bus.publish("chat:trigger-invitation")',
         "a trigger: call chat.trigger_invitation() from hooks.py"),
        ('bus.publish("chat:trigger-pre-chat")',
         "a trigger: call chat.trigger_pre_chat() from hooks.py"),
        ('bus.publish("chat:trigger-chat-window")',
         "a trigger: call chat.trigger_chat_window() from hooks.py"),
        ('bus.publish("chat:end")', "ends the chat: call chat.end() from hooks.py"),
        ('bus.publish("customer:set-info")', "it sends no data, so it changes nothing"),
        ('bus.publish(topic, {"a": 1})', "its topic is a variable `topic`; " + HOOKS),
        ('bus.publish("chat:set-language", navigator.language)',
         "its data is a variable `navigator.language`; " + HOOKS),
        ('bus.publish("customer:set-info", {...user})', "its data is a spread `...user`; "
         + HOOKS),
        ('bus.publish("chat:set-variables", {"_id": getId()})',
         "its data is a call `getId()`; " + HOOKS),
        ("console.log(bus)", "page code; " + HOOKS),
    ],
)
def test_import_lists_each_on_init_statement_it_cannot_import(tmp_path, capsys, on_init, hint):
    body = "\n            %s;\n        " % on_init
    path = stock(tmp_path, ",\n        onInit: function (bus) {%s}" % body)
    config, err = imported(capsys, path)
    assert config == {"chat": STOCK_CHAT}
    shown = on_init + (";" if on_init.startswith("console") else "")  # a call, or a statement
    assert err == ["%s: line 12: not imported: `%s` (%s)" % (path, shown, hint)]


@pytest.mark.parametrize(
    "on_init",
    [
        "function (bus) { bus.publish('chat:set-language', 'pt'); }",  # classic
        "(bus) => { bus.publish('chat:set-language', 'pt'); }",  # an arrow function
        "b => b.publish('chat:set-language', 'pt')",  # another name, an expression body
        "async function (bus) { bus.publish('chat:set-language', 'pt'); }",  # async
    ],
)
def test_import_reads_on_init_however_it_is_written(tmp_path, capsys, on_init):
    config, err = imported(capsys, stock(tmp_path, ",\n        onInit: " + on_init))
    assert (config["chat"]["language"], err) == ("pt", [])


def test_import_reads_on_init_written_as_a_method(tmp_path, capsys):
    path = stock(tmp_path, ", onInit(bus) { bus.publish('chat:set-language', 'pt'); }")
    assert imported(capsys, path)[0]["chat"]["language"] == "pt"


def test_import_lists_an_on_init_defined_elsewhere(tmp_path, capsys):
    path = stock(tmp_path, ",\n        onInit: window.myOnInit")
    assert imported(capsys, path)[1] == [
        "%s: line 11: not imported: onInit: `window.myOnInit` (a function defined elsewhere; %s)"
        % (path, HOOKS)]


def test_import_lists_a_setting_assigned_after_the_settings_object(tmp_path, capsys):
    path = tmp_path / "snippet.js"
    path.write_text('window.__8x8Chat = {uuid: "%s", tenant: "ZXhhbXBsZTAx", channel: "c", '
                    'domain: "%s"};\nwindow.__8x8Chat.onInit = function (bus) { go(bus); };\n'
                    % (UUID, DOMAIN), encoding="utf-8")
    assert imported(capsys, path)[1] == [
        "%s: line 2: not imported: `window.__8x8Chat.onInit = function (bus) { go(bus); }` (set "
        "outside the __8x8Chat settings object; %s)" % (path, HOOKS)]


def test_import_lists_on_init_statements_a_template_tag_decides(tmp_path, capsys):
    path = stock(tmp_path, ",\n        onInit: function (bus) {\n{% if user %}\n"
                 "            bus.publish('chat:set-language', 'de');\n{% endif %}\n        }",
                 "snippet.njk")
    config, err = imported(capsys, path)
    assert "language" not in config["chat"]
    assert err == ["%s: line 13: not imported: `bus.publish('chat:set-language', 'de');` (the "
                   "template decides whether it runs: `{%% if user %%}`)" % path]


# --- system messages -----------------------------------------------------------------------

def test_import_converts_the_documentations_agent_placeholder_with_a_warning(capsys):
    path = DATA / "documented-messages.html"
    config, err = imported(capsys, path)
    assert config["messages"] == {
        "chatEstablishedName": "You are now chatting with {{agent}}.",
        "agentTypingName": "{{agent}} is typing...",
        "chatQueued": "We will be with you shortly. {Really}"}
    warning = ("warning: customSystemMessages.%s: {<agent>}, as 8x8's documentation prints it, "
               "imported as {{agent}}, the placeholder the chat replaces")
    assert err == ["%s: line 13, column 34: %s" % (path, warning % "chatEstablishedName"),
                   "%s: line 14, column 34: %s" % (path, warning % "agentTypingName")]


def test_import_keeps_every_key_after_a_brace_inside_a_template_literal(tmp_path, capsys):
    path = stock(tmp_path, """,
        customSystemMessages: {
            chatQueued: `Soon }, really`,
            endChatButton: "End",
        },
        stylesheetURL: "https://cdn.example.com/chat.css"
""")
    config, err = imported(capsys, path)
    assert config["messages"] == {"chatQueued": "Soon }, really", "endChatButton": "End"}
    assert config["chat"]["stylesheet_url"] == "https://cdn.example.com/chat.css"


@pytest.mark.parametrize(
    "literal, text",
    [
        (r'"a\"b"', 'a"b'),  # an escaped double quote
        (r"'a\'b'", "a'b"),  # an escaped single quote
        (r'"back\\slash"', "back\\slash"),  # a backslash
        (r'"a\nb\tc"', "a\nb\tc"),  # control characters
        (r'"\x41\x7e"', "A~"),  # hex escapes
        (r'"Close \u00d7"', "Close ×"),  # a Unicode escape
        (r'"\u{1F600}"', "😀"),  # a code point escape (ES2015)
        (r'"\ud83d\ude00"', "😀"),  # a surrogate pair, as JSON writes an emoji
        (r'"\q"', "q"),  # an unknown escape is the character itself
        ('"one \\\ntwo"', "one two"),  # a line continuation is no character
        ("`one\ntwo`", "one\ntwo"),  # a template literal's line end
        ('"日本語 😀"', "日本語 😀"),  # characters as they are
        ('"</script>"', "</script>"),  # markup is text (in a .js file)
        ('"{{agent}} is here"', "{{agent}} is here"),  # the chat's placeholder is no template's
    ],
)
def test_import_reads_strings_as_javascript_does(tmp_path, capsys, literal, text):
    path = tmp_path / "chat.js"
    path.write_text('window.__8x8Chat = {uuid: "%s", tenant: "t", channel: "c", domain: "%s", '
                    "customSystemMessages: {chatQueued: %s}};" % (UUID, DOMAIN, literal),
                    encoding="utf-8")
    assert imported(capsys, path)[0]["messages"] == {"chatQueued": text}


@pytest.mark.parametrize(
    "literal, value",
    [
        ("25", 25), ("-3", -3), ("1.5", 1.5), ("1e3", 1000.0), ("0x1F", 31), ("1_000", 1000),
        ("true", True), ("false", False), ("'x' as const", "x"),
    ],
)
def test_import_reads_numbers_and_booleans(tmp_path, capsys, literal, value):
    path = tmp_path / "chat.ts"
    path.write_text('(window as any).__8x8Chat = {uuid: "%s", tenant: "t", channel: "c", '
                    'domain: "%s", onInit(bus) { bus.publish("customer:set-info", {x: %s}); }};'
                    % (UUID, DOMAIN, literal), encoding="utf-8")
    assert imported(capsys, path)[0]["customer"] == {"x": value}


# --- refused: several snippets, none live, invalid code, values not written out -----------

def test_import_refuses_two_snippets_and_names_each(tmp_path, capsys):
    output = tmp_path / "chat.toml"
    code, out, err = run(capsys, DATA / "two-snippets.html", "-o", output)
    assert (code, out, output.exists()) == (2, "", False)
    assert err == ["%s: 2 snippets in one file: a v1 snippet (__8x8Chat) at line 5, a v1 snippet "
                   "(__8x8Chat) at line 18; a config is one chat: keep the one this site uses, "
                   "or put each in a file of its own and import each"
                   % (DATA / "two-snippets.html")]


def test_import_refuses_a_snippet_found_only_in_an_html_comment(capsys):
    assert run(capsys, DATA / "in-comment.html") == (2, "", [
        "%s: line 6, column 11: a v1 snippet (__8x8Chat) is only inside an HTML comment, which "
        "the browser never runs as code, and chatkit imports live code only: uncomment it if it "
        "is the snippet in use" % (DATA / "in-comment.html")])


def test_import_reads_a_snippet_kept_in_a_template_literal_the_page_injects(capsys):
    # Next.js's <Script dangerouslySetInnerHTML={{__html: CHAT_SNIPPET}}> runs the literal's
    # text as a script: written out (no ${...}), it is the code (issue 19, import 3).
    code, out, err = run(capsys, DATA / "in-string.jsx")
    assert code == 0
    assert tomllib.loads(out)["chat"] == {"uuid": UUID, "tenant": "ZXhhbXBsZTAx",
                                          "channel": "Customer Support", "domain": DOMAIN,
                                          "align": "right"}
    assert err == ["%s: line 4, column 22: warning: the snippet was read from this template "
                   "literal, as code: the page runs it only by injecting it as a script (the "
                   "code that does is not imported); `chatkit snippet` writes it as a <script> "
                   "of its own, which runs when the page loads" % (DATA / "in-string.jsx")]


def test_import_refuses_a_snippet_in_a_template_literal_made_with_substitutions(tmp_path,
                                                                                  capsys):
    page = tmp_path / "Chat.jsx"
    page.write_text((DATA / "in-string.jsx").read_text("utf-8").replace(
        '"ZXhhbXBsZTAx"', '"${tenant}"'), encoding="utf-8")
    assert run(capsys, page) == (2, "", [
        "%s: line 5, column 10: a v1 snippet (__8x8Chat) is only inside a JavaScript template "
        "literal (its text is made with ${...} or escapes, not written out), which runs only if "
        "the page turns it into a script, and chatkit imports code written as code: copy the "
        "snippet out of the string into a file of its own and import that" % page])


@pytest.mark.parametrize(
    "text, where, kind",
    [
        ('<script>var s = "var __8x8Chat = {uuid: 1}";</script>', "line 1, column 22",
         "a JavaScript string"),
        ("<script>// window.__8x8Chat = {uuid: 1};\n</script>", "line 1, column 19",
         "a JavaScript comment"),
        ('<script type="text/template">var __8x8Chat = {};</script>', "line 1, column 34",
         'a <script type="text/template">, which the browser does not run'),
        ("<pre>window.__8x8Chat = {uuid: 1};</pre>", "line 1, column 13",
         "the page's text, outside any <script>"),
        ("{# var __8x8Chat = {uuid: 1}; #}", "line 1, column 8", "a template comment"),
    ],
)
def test_import_names_where_a_snippet_that_is_not_live_is(tmp_path, capsys, text, where, kind):
    path = tmp_path / "page.html"
    path.write_text(text, encoding="utf-8")
    code, out, err = run(capsys, path)
    assert (code, len(err)) == (2, 1)
    never = "runs only if the page turns it into a script" if "string" in kind else \
        "the browser never runs as code"
    assert err[0].startswith("%s: %s: a v1 snippet (__8x8Chat) is only inside %s, which %s"
                             % (path, where, kind, never))


def test_import_refuses_invalid_javascript_with_its_line_and_column(tmp_path, capsys):
    output = tmp_path / "chat.toml"
    output.write_text("the config that works", encoding="utf-8")
    assert run(capsys, DATA / "invalid.html", "-o", output, "--force") == (2, "", [
        # Where a JavaScript engine stops: at `domain`, after the value without its comma.
        "%s: line 7, column 9: invalid JavaScript: unexpected `domain` (a comma missing at the "
        "end of the line before?)" % (DATA / "invalid.html")])
    assert output.read_text(encoding="utf-8") == "the config that works"


@pytest.mark.parametrize("text", ["x = {a: 1,, b: 2};", "x = '\\u{110000}';"])
def test_tree_sitter_accepts_what_javascript_refuses(text):
    # Why chatkit checks these two itself (STYLE 13): tree-sitter's grammar lets them through.
    parser = Parser(Language(tree_sitter_javascript.language()))
    assert not parser.parse(text.encode()).root_node.has_error


def test_import_refuses_a_snippet_whose_loader_is_not_javascript(tmp_path, capsys):
    # The settings are fine; the code after them, which loads chat.js, would never run.
    path = stock(tmp_path)
    path.write_text(path.read_text(encoding="utf-8").replace(
        'se.src = window.__8x8Chat.domain + window.__8x8Chat.path + "/CHAT/common/js/chat.js";',
        'se.src = window.__8x8Chat.domain + ;'), encoding="utf-8")
    assert run(capsys, path) == (2, "", [
        "%s: line 14, column 44: invalid JavaScript: unexpected `;`" % path])


@pytest.mark.parametrize(
    "text, problem",
    [
        ("window.__8x8Chat = {uuid: 'a',", "line 1, column 1: invalid JavaScript: the code ends "
         "before this is finished (a bracket, a quote or a comment is never closed)"),
        ("window.__8x8Chat = {uuid: 'a'};\n}", "line 2, column 1: invalid JavaScript: "
         "unexpected `}`"),
        # tree-sitter accepts these two; JavaScript does not
        ("window.__8x8Chat = {uuid: 'a',, tenant: 'b'};", "line 1, column 31: invalid "
         "JavaScript: unexpected `,`"),
        ("window.__8x8Chat = {uuid: '\\u{110000}'};", "line 1, column 28: invalid JavaScript: "
         "`\\u{110000}` is beyond U+10FFFF"),
    ],
)
def test_import_refuses_code_that_is_not_javascript(tmp_path, capsys, text, problem):
    path = tmp_path / "chat.js"
    path.write_text(text, encoding="utf-8")
    assert run(capsys, path) == (2, "", ["%s: %s" % (path, problem)])


def test_import_refuses_template_placeholders_and_says_where(capsys):
    path = DATA / "placeholders.njk"
    assert run(capsys, path) == (2, "", ["%s: %s" % (path, line) for line in [
        "line 4, column 16: __8x8Chat.uuid is a template placeholder `{{ chat.uuid }}`, not a "
        "value written out: " + PLACEHOLDER_ADVICE,
        "line 5, column 17: __8x8Chat.tenant is a template placeholder "
        "`{{ chat.tenant | dump | safe }}`, not a value written out: " + PLACEHOLDER_ADVICE,
        "line 9, column 57: __8x8Chat.buttonContainerId is a template placeholder "
        "`{{ chat.uuid }}`, not a value written out: " + PLACEHOLDER_ADVICE,
    ]])


def test_import_refuses_php_placeholders_and_says_where(capsys):
    path = DATA / "placeholders.php"
    assert run(capsys, path) == (2, "", ["%s: %s" % (path, line) for line in [
        "line 5, column 16: __8x8Chat.uuid is a template placeholder "
        "`<?= esc_js( $chat['uuid'] ) ?>`, not a value written out: " + PLACEHOLDER_ADVICE,
        "line 7, column 19: __8x8Chat.channel is a template placeholder "
        "`<?php echo esc_js( $chat['channel'] ); ?>`, not a value written out: "
        + PLACEHOLDER_ADVICE,
    ]])


def test_import_refuses_a_ternary_between_two_configs(capsys):
    path = DATA / "environments.js"
    assert run(capsys, path) == (2, "", [
        '%s: line 4, column 20: __8x8Chat is a ternary `isProduction ? { uuid: "script_0123456789'
        'abcdef01234567.890…`, not a value written out: write the one value this config is for '
        "(chatkit does not guess which branch runs; import each site's page on its own)" % path])


def test_import_refuses_a_spread_and_every_other_computed_value_at_once(capsys):
    path = DATA / "spread.js"
    assert run(capsys, path) == (2, "", ["%s: %s" % (path, line) for line in [
        "line 4, column 3: a property of __8x8Chat is a spread `...baseChat`, not a value written "
        "out: write each property out here",
        'line 7, column 10: __8x8Chat.align is a ternary `window.innerWidth < 600 ? "left" : '
        '"right"`, not a value written out: write the one value this config is for (chatkit does '
        "not guess which branch runs; import each site's page on its own)",
    ]])


@pytest.mark.parametrize(
    "setting, what, advice",
    [
        ("uuid: chatUuid", "a variable `chatUuid`",
         "write the value itself here (chatkit does not follow variables)"),
        ("uuid: window.CHAT.uuid", "a variable `window.CHAT.uuid`",
         "write the value itself here (chatkit does not follow variables)"),
        ("uuid: getUuid()", "a call `getUuid()`", "write out the value it returns"),
        ("uuid: `script_${id}`", "a template literal with ${...} ``script_${id}``",
         "write the text out, without ${...}"),
        ('uuid: "script_" + id', 'an expression `"script_" + id`', "write out its result"),
        ("uuid: null", "null", "write the value, or leave the key out"),
        ("uuid: undefined", "undefined", "write the value, or leave the key out"),
        ("uuid: 10n", "a BigInt `10n`", "write a plain number"),
        ("uuid: function () {}", "a function `function () {}`",
         "write a value here, not a function"),
        ("uuid: [1,,2]", "an array with an empty slot `[1,,2]`", "remove the extra comma"),
    ],
)
def test_import_refuses_each_kind_of_computed_setting(tmp_path, capsys, setting, what, advice):
    path = tmp_path / "chat.js"
    path.write_text("window.__8x8Chat = {%s};" % setting, encoding="utf-8")
    assert run(capsys, path) == (2, "", [
        "%s: line 1, column 27: __8x8Chat.uuid is %s, not a value written out: %s"
        % (path, what, advice)])


@pytest.mark.parametrize(
    "member, what, advice",
    [
        ("uuid", "a variable `uuid`",  # a shorthand property
         "write the value itself here (chatkit does not follow variables)"),
        ("[key]: 'x'", "a computed key `[key]: 'x'`", "write the key out"),
        ("...base", "a spread `...base`", "write each property out here"),
    ],
)
def test_import_refuses_members_that_are_not_written_out(tmp_path, capsys, member, what,
                                                          advice):
    path = tmp_path / "chat.js"
    path.write_text("window.__8x8Chat = {%s};" % member, encoding="utf-8")
    assert run(capsys, path) == (2, "", ["%s: line 1, column 21: a property of __8x8Chat is %s, "
                                         "not a value written out: %s" % (path, what, advice)])


def test_import_refuses_settings_set_from_a_variable(tmp_path, capsys):
    path = tmp_path / "chat.ts"
    path.write_text("const settings = {uuid: 'x'};\n(window as any).__8x8Chat = settings;\n",
                    encoding="utf-8")
    assert run(capsys, path) == (2, "", [
        "%s: line 2, column 29: __8x8Chat is a variable `settings`, not a value written out: "
        "write the value itself here (chatkit does not follow variables)" % path])


def test_import_refuses_a_template_tag_inside_the_settings(tmp_path, capsys):
    path = stock(tmp_path, ",\n{% if lang %}        language: 'de',{% endif %}", "snippet.njk")
    code, out, err = run(capsys, path)
    assert (code, err[0]) == (2, "%s: line 11, column 1: the template tag `{%% if lang %%}` is "
                              "inside the __8x8Chat settings, so the template decides what the "
                              "page gets: %s" % (path, PLACEHOLDER_ADVICE))


def test_import_checks_the_config_and_names_the_line_of_a_bad_value(tmp_path, capsys):
    path = stock(tmp_path, ',\n        stylesheetURL: "http://cdn.example.com/chat.css"')
    code, out, err = run(capsys, path)
    assert (code, out, len(err)) == (2, "", 1)
    assert err[0].startswith("%s: line 11, column 24: chat.stylesheet_url: " % path)


def test_import_says_when_there_is_no_snippet(tmp_path, capsys):
    path = tmp_path / "page.html"
    path.write_text("<p>Call us.</p><script>var chat = {uuid: 'x'};</script>", encoding="utf-8")
    assert run(capsys, path) == (2, "", [
        "%s: no 8x8 chat snippet here: neither v1 (`window.__8x8Chat = {...}`) nor v2 (a config "
        "with `scriptUuid`); paste the whole snippet from the Configuration Manager" % path])


# --- the command's help, and the round trip through check and snippet -----------------------

def test_import_help_teaches_where_snippets_may_be_and_which_versions(capsys):
    assert main(["import", "--help"]) == 0
    text = " ".join(capsys.readouterr().out.split())
    for taught in ["SNIPPET", "HTML page", "server template", "Nunjucks/Jinja", "PHP/WordPress",
                   "JS/JSX/TS/TSX component", "v1 (__8x8Chat)", "v2 (chatApp)",
                   "never a snippet inside a comment or a string", "{{ uuid }}",
                   "not imported", "example: chatkit import snippet-from-8x8.html -o chat.toml"]:
        assert taught in text, taught


def test_import_then_check_then_snippet_keeps_every_value(tmp_path, capsys):
    from chatkit.snippet import chat_settings

    output = tmp_path / "chat.toml"
    assert run(capsys, DATA / "footer.php", "-o", output)[0] == 0
    assert main(["check", str(output), "--strict"]) == 0
    assert chat_settings(load_config(output)) == {
        "uuid": UUID, "tenant": "ZXhhbXBsZTAx", "channel": "Shop",
        "channelUuid": "Ab3ULjXFQx-unSA6ebdW8A", "domain": DOMAIN, "path": "/.",
        "buttonContainerId": "__8x8-chat-button-container-" + UUID, "align": "right",
        "stylesheetURL": "https://shop.example.com/wp-content/themes/northwind/chat.css"}


TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
MESSAGE = TEXT.filter(lambda t: "{{" not in t and "{<" not in t)


@given(
    # `chatkit check` refuses controls and invisible characters in ids and names (issue 10).
    tenant=TEXT.filter(lambda t: t.strip() and not hidden_characters(t)),
    channel=TEXT.filter(lambda t: t.strip() and not hidden_characters(t)),
    messages=st.dictionaries(st.sampled_from(["chatQueued", "agent", "noButton"]), MESSAGE),
    align=st.sampled_from(["left", "right"]), ascii_only=st.booleans(),
)
@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_import_round_trip_keeps_any_text(tmp_path, capsys, tenant, channel, messages, align,
                                          ascii_only):
    from chatkit.snippet import chat_settings

    original = {"uuid": UUID, "tenant": tenant, "channel": channel, "domain": DOMAIN,
                "path": "/.", "buttonContainerId": "__8x8-chat-button-container-" + UUID,
                "align": align}
    if messages:
        original["customSystemMessages"] = messages
    # JSON is JavaScript; ensure_ascii writes emoji as surrogate-pair escapes.
    path = tmp_path / "chat.js"
    path.write_text("window.__8x8Chat = %s;" % json.dumps(original, ensure_ascii=ascii_only),
                    encoding="utf-8")
    output = tmp_path / "chat.toml"
    assert run(capsys, path, "-o", output, "--force")[0] == 0  # each example replaces it
    assert chat_settings(load_config(output)) == original
