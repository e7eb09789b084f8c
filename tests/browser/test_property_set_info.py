"""Random sequences of set-info and reset calls leave the chat holding what a model predicts.

The calls go to the emulator two ways, interleaved: through `chatkit.browser` (Python in
the page, through the controller's queue when the bus is attached late) and straight onto
the chat's bus from JavaScript (with null and undefined values).  The model is a dict:
`chatkit.rules.customer.check_info` says what each call keeps (limits of 100/500 UTF-16 units,
emoji, non-primitives discarded), `merge_info` merges it (None removes; UNSET and
undefined keep), reset clears it.  Python calls made before the bus is attached take
effect, in order, when it is; JavaScript's at once.
"""

import json

import pytest
from controller_support import PythonPages
from hypothesis import HealthCheck, example, given, seed, settings
from hypothesis import strategies as st

from chatkit.rules.customer import UNSET, check_info, merge_info

pytestmark = pytest.mark.browser

# The page's side: each example gets a fresh, unattached `Chat` (so its calls queue),
# applies operations given as JSON, and attaches it to the chat's bus when told.
HOOKS = """
from chatkit.browser import Chat
from chatkit.browser._bridge import PageBus, to_python

current = chat


def _value(encoded):
    kind = encoded["t"]
    if kind == "none":
        return None
    if kind == "unset":
        return UNSET
    if kind == "float":
        return float(encoded["v"])
    if kind == "list":
        return [1]
    return encoded["v"]


def _begin():
    global current
    current = Chat(logger=chat.logger, page_value=chat.page_value)


def _attach():
    current.attach(PageBus(window.__chatkit.bus))


def _apply(text):
    op = to_python(window.JSON.parse(text))
    if op["op"] == "reset":
        current.customer.reset_info()
    else:
        current.customer.set_info({key: _value(value) for key, value in op["info"]})


window.chatkitBegin = _begin
window.chatkitAttach = _attach
window.chatkitApply = _apply
"""

# Runs one example in the page, in order: Python operations through `chatkitApply`, the
# others as a page would publish them (own properties, so "__proto__" is a key too).
RUN = """([ops, attachAt]) => {
    const bus = window.__chatkit.bus;
    const value = (e) => e.t === "none" ? null : e.t === "unset" ? undefined
        : e.t === "float" ? Number(e.v) : e.t === "list" ? [1] : e.v;
    window.chatkitBegin();
    ops.forEach((op, index) => {
        if (index === attachAt) { window.chatkitAttach(); }
        if (op.via === "python") {
            window.chatkitApply(JSON.stringify(op));
        } else if (op.op === "reset") {
            bus.publish("customer:reset-info");
        } else {
            const info = {};
            op.info.forEach(([key, encoded]) => {
                Object.defineProperty(info, key, {value: value(encoded), enumerable: true,
                                                  writable: true, configurable: true});
            });
            bus.publish("customer:set-info", info);
        }
    });
    if (attachAt >= ops.length) { window.chatkitAttach(); }
}"""

# Through JSON: Playwright's own transfer of an object drops a "__proto__" key.
STATE_JSON = "() => JSON.stringify(window.__8x8Emulator.state())"

# Keys and values at the limits, counted in UTF-16 units as the chat counts them.
SPECIAL_KEYS = [
    "k" * 100,  # the key limit
    "k" * 101,  # one over
    "😀" * 50,  # 100 units, 50 code points
    "😀" * 50 + "k",  # 101 units
    "é" * 100,
    "__proto__",  # a plain key to the chat, not an object's prototype
]
SPECIAL_TEXTS = [
    "v" * 500,  # the value limit
    "v" * 501,  # one over
    "😀" * 250,  # 500 units, 250 code points
    "😀" * 249 + "v",  # 499 units
    "😀" * 250 + "v",  # 501 units
    "",
]
SPECIAL_NUMBERS = [2**53, -(2**53), 0, 1e21, 1.5e-7, -0.0, 0.1]

# Any character but lone surrogates (not text in JavaScript's JSON either).
text = st.text(st.characters(exclude_categories=("Cs",)), max_size=6)
# Half the keys from a few, so that later calls meet earlier ones (UNSET, None, merges).
keys = st.one_of(st.sampled_from(["Name", "Age", "😀"] + SPECIAL_KEYS), text)


def raw(value):
    return {"t": "raw", "v": value}


values = st.one_of(
    st.just({"t": "none"}),  # None / null: removes the key
    st.just({"t": "unset"}),  # UNSET / undefined: leaves it as it was
    st.just({"t": "list"}),  # not a primitive: discarded
    text.map(raw),
    st.sampled_from(SPECIAL_TEXTS).map(raw),
    st.integers(-(2**53), 2**53).map(raw),
    st.booleans().map(raw),
    # A float crosses JSON as its repr, so Python gets a float even when it is integral.
    st.one_of(st.floats(allow_nan=False, allow_infinity=False),
              st.sampled_from(SPECIAL_NUMBERS).map(float)).map(
        lambda f: {"t": "float", "v": repr(f)}),
)
vias = st.sampled_from(["python", "bus"])


def set_info_op(via, info):
    # Brython's dict cannot hold the key "__proto__" (it is silently dropped), so Python
    # code never has it to send; only JavaScript publishes it.
    entries = [[key, value] for key, value in info.items()
               if via == "bus" or key != "__proto__"]
    return {"via": via, "op": "set", "info": entries}


set_info = st.builds(set_info_op, vias, st.dictionaries(keys, values, max_size=4))
reset = st.builds(lambda via: {"via": via, "op": "reset"}, vias)
# One call in four a reset: more would leave little for the merges to work on.
operations = st.tuples(st.integers(0, 3), set_info, reset).map(
    lambda choice: choice[2] if choice[0] == 0 else choice[1])
examples = st.lists(operations, min_size=2, max_size=10).flatmap(
    lambda ops: st.tuples(st.just(ops), st.integers(0, len(ops))))


def decoded(encoded):
    """What the Python operation hands set_info (the hooks' `_value`)."""
    kind = encoded["t"]
    if kind == "float":
        return float(encoded["v"])
    if kind == "raw":
        return encoded["v"]
    return {"none": None, "unset": UNSET, "list": [1]}[kind]


def model(ops, attach_at):
    """(customer info, the chat's own warnings) the model predicts for one example."""
    info, warnings, pending = {}, [], []

    def apply(op):
        nonlocal info
        if op["op"] == "reset":
            info = {}
            return
        report = check_info({key: decoded(value) for key, value in op["info"]})
        info = merge_info(info, report.accepted)
        if op["via"] == "bus":  # chatkit never sends the chat what it would warn about
            warnings.extend(d.message for d in report.discarded)

    for index, op in enumerate(ops + [None]):
        if index == attach_at:  # the queue is published, in order
            for queued in pending:
                apply(queued)
        if op is None:
            break
        if op["via"] == "python" and index < attach_at:
            pending.append(op)
        else:
            apply(op)
    return info, sorted(warnings)


def numbers_as_floats(info):
    """Info with numbers compared as doubles: JSON reads 3.657353594457897e+16 from the page
    as the int 36573535944578970, not the double 36573535944578968 it stands for."""
    return {key: value if isinstance(value, (bool, str)) else float(value)
            for key, value in info.items()}


@pytest.fixture
def chat_page(chatkit_server, chatkit_open, tmp_path):
    return PythonPages(chatkit_server, tmp_path, chatkit_open).page(HOOKS)


# One page for every example: loading Brython and the bundle takes a second or two, an
# example a few milliseconds (the emulator's info is reset between examples), hence the
# function-scoped fixture shared on purpose.  40 examples of 2 to 10 calls take a couple of
# seconds and catch a model (or a controller) that reads UNSET as None or publishes the
# queue out of order.  No deadline: browser round trips on a loaded CI machine vary.  A
# fixed seed and no database, so every run (CI's included) tries the same examples and a
# failure reproduces; derandomize=True was tried, and generated mostly one-call examples.
@settings(max_examples=40, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@seed(20240601)
@given(example=examples)
# Found by this test: Brython sent ±2**53 to the chat as a BigInt, which it discarded.
@example(example=([{"via": "python", "op": "set",
                    "info": [["Max", raw(2**53)], ["Min", raw(-(2**53))]]}], 0))
def test_set_info_sequences_leave_the_chat_holding_the_model(chat_page, example):
    ops, attach_at = example
    chat_page.publish("customer:reset-info")
    before = len(chat_page.warnings)
    chat_page.page.evaluate(RUN, [ops, attach_at])
    state = json.loads(chat_page.page.evaluate(STATE_JSON))
    info, warnings = model(ops, attach_at)
    assert numbers_as_floats(state["customerInfo"]) == numbers_as_floats(info)
    assert sorted(state["warnings"][before:]) == warnings
    assert chat_page.errors == []
    assert [text for kind, text in chat_page.console
            if kind == "error" and text.startswith("chatkit:")] == []
