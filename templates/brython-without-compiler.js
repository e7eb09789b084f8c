// chatkit: in place of Brython's compiler (`python -m chatkit.build.precompile` cut it out).
// Everything this page runs was compiled ahead of time by `chatkit build`; what would
// need the compiler raises a Python error that says so, instead of failing inside
// Brython with "$B.Parser is not a constructor".
"use strict";
(function ($B) {
    var _b_ = $B.builtins;

    function unavailable(what, errorType) {
        $B.RAISE(errorType || _b_.NotImplementedError,
                 "compiled ahead of time: " + what + " is not available in the page");
    }

    ["exec", "eval", "compile"].forEach(function (name) {
        var builtin = _b_[name];
        var replacement = function () { unavailable(name + "()"); };
        // Its type, name and module, as Brython set them on the builtin.
        Object.assign(replacement, builtin);
        _b_[name] = replacement;
    });

    // Brython compiles here a module shipped as Python source, or a script.
    $B.py2js = function (src, module, localsId) {
        var name = Array.isArray(localsId) ? localsId[0] : localsId;
        if (src && src.imported) {
            unavailable("importing " + name + " (shipped as Python source)", _b_.ImportError);
        }
        unavailable("running Python source (" + name + ")");
    };
    $B.Parser = function () { unavailable("Python's parser"); };
})(__BRYTHON__);
