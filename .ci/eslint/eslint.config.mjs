// ESLint's recommended rules on the JavaScript chatkit ships to pages: the emulators
// (static/chat.js, chatv3.js), their windows' scripts and the preview's.  Plain browser
// scripts, ES2020, no modules.
import js from "@eslint/js";
import globals from "globals";

export default [
  {
    files: ["**/*.js"],
    languageOptions: {ecmaVersion: 2020, sourceType: "script", globals: {...globals.browser}},
    rules: {
      ...js.configs.recommended.rules,
      // Each bundle is a concatenation of shared fragments (static/emulator/core/util.js
      // is in all four): a bundle uses some of their helpers, not all.
      "no-unused-vars": "off",
    },
  },
];
