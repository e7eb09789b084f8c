"""`chatkit.csp.policy_for` with [server] (SPEC 4.2, 10): the server's origin in connect-src,
for the status and the callback form; no form-action (the form is sent by fetch)."""

from pathlib import Path

from chatkit._toml import read_toml
from chatkit.config import load_config, parse_config
from chatkit.csp import check_policy, policy_for

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "server" / "chat.toml"
SERVER = "https://chat-status.example.com"  # examples/server/chat.toml's [server] url


def test_the_servers_origin_is_in_connect_src_and_no_form_action():
    policy = policy_for(load_config(EXAMPLE))
    assert SERVER in policy.directives["connect-src"]
    assert "form-action" not in policy.directives
    assert any(note.startswith("[callback] form: the snippet sends it with fetch")
               for note in policy.notes)


def test_a_policy_without_the_server_blocks_the_status_and_the_form():
    config = load_config(EXAMPLE)
    recommended = policy_for(config)
    lacking = "; ".join(
        "%s %s" % (name, " ".join(s for s in sources if s != SERVER))
        for name, sources in recommended.directives.items())
    blocked = check_policy(config, lacking)
    assert [(b.directive, b.need.what) for b in blocked] == [
        ("connect-src", "the chatkit server at %s" % SERVER),
        ("connect-src", "the callback form's request to %s" % SERVER)]
    assert check_policy(config, "; ".join("%s %s" % (n, " ".join(s)) for n, s in
                                          recommended.directives.items())) == []


def test_without_callback_only_the_status():
    data = read_toml(EXAMPLE.read_text(encoding="utf-8"))
    del data["callback"]
    policy = policy_for(parse_config(data, EXAMPLE))
    assert SERVER in policy.directives["connect-src"]
    assert not [w for w in (n.what for n in policy.needs) if "callback form" in w]
    assert not [n for n in policy.notes if n.startswith("[callback]")]
