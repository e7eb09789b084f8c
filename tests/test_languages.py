"""Chat languages (SPEC 5.2): the reference's 22 codes, any case, BCP 47 tags of those languages."""

import re
import tomllib
from pathlib import Path

import pytest

from chatkit.rules.languages import (
    LANGUAGES,
    browser_language,
    invalid_language_message,
    normalize_language,
)
from tests.reference import reference_path

REFERENCE = "8x8-embedded-chat-api.txt"


def reference_languages():
    """`name: code` lines of the reference's list of supported languages."""
    text = reference_path(REFERENCE).read_text(encoding="utf-8")
    start = text.index("The list of supported languages are:")
    section = text[start:text.index("Usage", start)]
    return dict(re.findall(r"•\s*([A-Za-z ]+):\s*(\S+)", section))


CODES = ["en", "ru", "de", "ja", "es", "fr", "pt", "it", "pl", "hr", "hi", "nl", "ar", "da", "ko",
         "no", "sv", "vi", "cy", "th", "zh-CN", "zh-TW"]


def test_languages_are_the_references_22_in_its_order():
    assert list(LANGUAGES) == CODES
    assert {code: name for name, code in reference_languages().items()} == LANGUAGES


@pytest.mark.parametrize("code", CODES)
def test_normalize_language_keeps_each_code(code):
    assert normalize_language(code) == code


@pytest.mark.parametrize("code", CODES)
def test_normalize_language_accepts_any_case(code):
    assert normalize_language(code.upper()) == code
    assert normalize_language(code.lower()) == code
    assert normalize_language(code.title()) == code


@pytest.mark.parametrize(
    "tag, code",
    [
        ("pt-BR", "pt"),  # SPEC's example: a region of a supported language
        ("pt-PT", "pt"),  # any region
        ("pt_BR", "pt"),  # underscores, as Python's locale writes them
        ("PT_br", "pt"),  # in any case
        ("en-GB", "en"),  # SPEC's example
        ("en-US", "en"),
        ("en-Latn-US", "en"),  # script and region
        ("es-419", "es"),  # a numeric region (Latin America)
        ("de-CH-1996", "de"),  # a variant
        ("nb", "no"),  # Norwegian Bokmål
        ("nn", "no"),  # Norwegian Nynorsk
        ("nb-NO", "no"),  # Bokmål in Norway
        ("NN_no", "no"),  # Nynorsk, underscore, odd case
        ("no-NO", "no"),  # Norwegian with a region
        ("zh-Hans", "zh-CN"),  # Simplified script
        ("zh-SG", "zh-CN"),  # Singapore writes Simplified
        ("zh-CN", "zh-CN"),  # the code itself
        ("zh_cn", "zh-CN"),  # underscore, lower case
        ("zh-Hans-HK", "zh-CN"),  # the script wins over the region
        ("zh-Hant", "zh-TW"),  # Traditional script
        ("zh-HK", "zh-TW"),  # Hong Kong writes Traditional
        ("zh-MO", "zh-TW"),  # and Macao
        ("zh-tw", "zh-TW"),  # the code in lower case
        ("zh-Hant-CN", "zh-TW"),  # the script wins over the region
        ("ZH-HANT", "zh-TW"),  # upper case
    ],
)
def test_normalize_language_maps_bcp47_tags_to_the_chats_code(tag, code):
    assert normalize_language(tag) == code


@pytest.mark.parametrize(
    "tag",
    [
        "xx",  # no such language
        "zh",  # Chinese without a script or region: Simplified or Traditional is unknown
        "zh-XX",  # nor with an unknown region
        "",  # empty
        None,  # not text
        5,  # a number
        ["en"],  # a list
        "en-",  # an empty subtag
        "-en",  # an empty primary subtag
        "en--GB",  # an empty subtag in the middle
        "zh-CN-",  # Chinese tags are held to the same form
        "zh-Hant-",  # with a script too
        "zh-HK-toolongsubtag",  # a subtag over 8 characters
        "english",  # a language's name is not its code
        "Portuguese",  # nor in the reference's spelling
        "pt-BR-toolongsubtag",  # subtags are at most 8 characters
        "en GB",  # a space is not a separator
        " en",  # nor is leading space trimmed
        "en.GB",  # a dot is not a separator
        "eng",  # a three-letter code the chat does not know
        "fr-ÇA",  # subtags are ASCII letters and digits
    ],
)
def test_normalize_language_returns_none_for_what_the_chat_lacks(tag):
    assert normalize_language(tag) is None


def test_invalid_language_message_is_the_chats_warning():
    assert invalid_language_message("xx") == "Chat language xx is not valid and will be discarded"
    assert invalid_language_message("") == "Chat language  is not valid and will be discarded"
    assert invalid_language_message(None) == "Chat language None is not valid and will be discarded"


# --- the browser's language (the snippet picks the system messages by it) ----------------------

BROWSER_CASES = tomllib.loads((Path(__file__).parent / "data/browser-languages.toml")
                              .read_text(encoding="utf-8"))["case"]


@pytest.mark.parametrize("case", BROWSER_CASES, ids=lambda c: ",".join(c["tags"]) or "none")
def test_browser_language_is_the_first_tag_naming_a_chat_language(case):
    assert browser_language(case["tags"]) == case.get("code")


def test_browser_language_cases_cover_every_kind_of_answer():
    codes = {case.get("code") for case in BROWSER_CASES}
    assert {None, "zh-CN", "zh-TW", "no"} <= codes
    assert any(len(case["tags"]) > 1 and case["tags"][0] != case.get("code")
               for case in BROWSER_CASES)
