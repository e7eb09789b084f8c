"""The v2 chat's variables rules (SPEC 5.7), with the reference's three warnings word for word."""

import re

import pytest

from chatkit.rules.customer import UNSET
from chatkit.rules.variables import check_variables
from tests.reference import reference_text

# Typed from 8x8-webchat-v2/set-chat-variables.md, [variableKey] standing for the key.
PATTERN = ("Customer variable: provided variable %s does not match the expected pattern or its "
           "chars exceeded the max length of 255. It will be discarded")
SYSTEM = "Customer variable: provided system variable %s it's not supported. It will be discarded"
NOT_TEXT = ("Customer variable: provided variable %s is not a string or its chars exceeded the "
            "max length of 255. It will be discarded")


def test_variables_warnings_are_the_references_texts():
    text = reference_text("8x8-webchat-v2/set-chat-variables.md")
    quoted = re.findall(r'message \*"([^"]+)"\*', text)
    as_templates = [re.sub(r"\[variableKey ?\]", "%s", q) for q in quoted]
    assert as_templates == [PATTERN, SYSTEM, NOT_TEXT]


def test_variables_crm_keys_are_the_references_six():
    text = reference_text("8x8-webchat-v2/set-chat-variables.md")
    listed = re.findall(r"'(\$\w+)'", text.split("### Script config")[0])
    report = check_variables({key: "x" for key in listed})
    assert listed == ["$language", "$caseNumber", "$accountNumber", "$emailAddress",
                      "$emailSubject", "$emailBody"]
    assert report.accepted == {key: "x" for key in listed}


@pytest.mark.parametrize("variables, accepted, warnings", [
    # the reference's own example
    ({"_VIP": "YES", "$language": "fr", "$emailAddress": "testemail@example.com"},
     {"_VIP": "YES", "$language": "fr", "$emailAddress": "testemail@example.com"}, []),
    # a CRM key outside the list
    ({"$shoeSize": "9"}, {}, [SYSTEM % "$shoeSize"]),
    # a custom key must start with _ and use letters, digits, _ and -
    ({"VIP": "YES"}, {}, [PATTERN % "VIP"]),
    ({"_V I P": "YES"}, {}, [PATTERN % "_V I P"]),
    ({"_": "YES"}, {}, [PATTERN % "_"]),
    ({"_vip-level_2": "gold"}, {"_vip-level_2": "gold"}, []),
    # 255 characters at most, key and value, as JavaScript counts them
    ({"_" + "k" * 254: "v"}, {"_" + "k" * 254: "v"}, []),
    ({"_" + "k" * 255: "v"}, {}, [PATTERN % ("_" + "k" * 255)]),
    ({"_k": "v" * 255}, {"_k": "v" * 255}, []),
    ({"_k": "v" * 256}, {}, [NOT_TEXT % "_k"]),
    ({"_k": "😀" * 128}, {}, [NOT_TEXT % "_k"]),  # 256 UTF-16 units
    # values are strings
    ({"_n": 2, "_b": True, "_z": None}, {}, [NOT_TEXT % "_n", NOT_TEXT % "_b", NOT_TEXT % "_z"]),
    # one bad entry never stops the others
    ({"_ok": "1", "bad": "2"}, {"_ok": "1"}, [PATTERN % "bad"]),
])
def test_variables_keep_what_the_v2_chat_keeps(variables, accepted, warnings):
    report = check_variables(variables)
    assert (report.accepted, report.warnings) == (accepted, warnings)


def test_variables_unset_leaves_a_key_as_it_was():
    report = check_variables({"_a": UNSET, "_b": "x"})
    assert (report.accepted, report.unchanged, report.warnings) == ({"_b": "x"}, ["_a"], [])
