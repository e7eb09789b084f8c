"""chatkit: put the 8x8 Contact Center embedded chat on a website, check it and drive it.

The pure-Python core (customer info, languages, system messages, URLs, topics)
runs both in CPython and in the browser under Brython.
"""

from chatkit.config.messages import SYSTEM_MESSAGES
from chatkit.errors import ChatkitError, ConfigError, Problem, ValidationError
from chatkit.rules.customer import UNSET, InfoReport, check_info
from chatkit.rules.languages import LANGUAGES, normalize_language

__version__ = "0.2.0"

__all__ = [
    "LANGUAGES",
    "SYSTEM_MESSAGES",
    "UNSET",
    "ChatkitError",
    "ConfigError",
    "InfoReport",
    "Problem",
    "ValidationError",
    "check_info",
    "normalize_language",
]
