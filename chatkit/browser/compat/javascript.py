"""Brython's `javascript` module on MicroPython: `NULL`, `UNDEFINED`, `JSObject` and globals.

MicroPython shows JavaScript null as None, so `NULL` is None (`value is NULL` reads
the same as on Brython); `UNDEFINED` is JavaScript's undefined; `JSObject` is the
type of every JavaScript object; `JSON`, `Math`, `Date`, `Number`, `RegExp` and
`String` are the page's own (`RegExp.new(pattern)` as on Brython).  Shipped to a
MicroPython page as the module `javascript`.
"""

import js
import jsffi

NULL = None
UNDEFINED = js.Reflect.get(js.globalThis, "__chatkitUndefined__")  # no such name: undefined
JSObject = jsffi.JsProxy
JSON = js.JSON
Math = js.Math
Date = js.Date
Number = js.Number
RegExp = js.RegExp
String = js.String
